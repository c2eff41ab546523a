import PortalModel

/// Every site-relative URL of the portal (DESIGN.md §4), in one place. Paths start and end with `/`.
public enum URLScheme {
    public static let home = "/"
    public static let news = "/tin-tuc/"
    public static let documents = "/van-ban/"
    public static let stories = "/cau-chuyen-thanh-cong/"
    public static let search = "/tim-kiem/"
    public static let searchIndex = "/tim-kiem/index.json"
    public static let feed = "/feed.xml"
    public static let newsFeed = "/tin-tuc/feed.xml"
    public static let documentsFeed = "/van-ban/feed.xml"
    public static let documentsJSON = "/van-ban/index.json"
    public static let documentsCSV = "/van-ban/index.csv"

    public static func article(_ article: Article) -> String {
        "/tin-tuc/\(article.date.year)/\(article.slug)/"
    }

    public static func document(_ document: Document) -> String {
        "/van-ban/\(document.issued.year)/\(document.slug)/"
    }

    public static func story(_ story: Story) -> String { "/cau-chuyen-thanh-cong/\(story.slug)/" }

    public static func page(_ page: Page) -> String { "/\(page.slug)/" }

    public static func taxonomy(_ taxonomy: Taxonomy) -> String { "/\(taxonomy.pathSegment)/" }

    public static func term(_ taxonomy: Taxonomy, _ id: String) -> String { "/\(taxonomy.pathSegment)/\(id)/" }

    /// Page `n` of a paginated list: the list itself for 1, else `<list>trang/<n>/`.
    public static func paginated(_ list: String, page: Int) -> String {
        page <= 1 ? list : "\(list)trang/\(page)/"
    }

    /// A file of `content/media/`, its name percent-encoded (`anh/a#b.svg`, `van bản.pdf` would
    /// otherwise cut the address or make it invalid), as cmark does for Markdown links.
    public static func media(_ path: String) -> String { "/media/" + URLText.percentEncoded(path, keeping: URLText.isPathByte) }

    public static func asset(_ path: String) -> String { "/assets/\(path)" }

    /// The file a site-relative URL is written to: `/tin-tuc/` → `tin-tuc/index.html`.
    public static func outputFile(for url: String) -> String {
        let trimmed = String(url.drop { $0 == "/" })
        return url.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}

/// The four taxonomies that classify articles, stories and documents.
public enum Taxonomy: String, Sendable, Hashable, CaseIterable, Codable {
    case pillar, sector, locality, tag

    /// The URL segment: `tru-cot`, `linh-vuc`, `dia-phuong`, `the`.
    public var pathSegment: String {
        switch self {
        case .pillar: "tru-cot"
        case .sector: "linh-vuc"
        case .locality: "dia-phuong"
        case .tag: "the"
        }
    }

    /// The heading shown to readers.
    public var name: String {
        switch self {
        case .pillar: "Trụ cột"
        case .sector: "Lĩnh vực"
        case .locality: "Địa phương"
        case .tag: "Chủ đề"
        }
    }
}

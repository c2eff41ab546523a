import PortalModel

/// An article, document, story or page, by its position in the index's sorted arrays.
public enum ItemID: Sendable, Hashable {
    case article(Int), document(Int), story(Int), page(Int)
}

/// Everything later stages need to know about the whole site, computed once: the published
/// items in display order, their URLs, the document graph and the taxonomies.
public struct SiteIndex: Sendable {
    public let config: SiteConfig
    public let asOf: CalendarDate
    public let issuers: [String: Issuer]
    /// Newest first; drafts and future items only with `--drafts`.
    public internal(set) var articles: [Article]
    /// Newest first, then by number (higher first).
    public internal(set) var documents: [Document]
    public internal(set) var stories: [Story]
    /// Menu order, then title.
    public let pages: [Page]
    /// Site-relative URL of every content file, keyed by its path (`content/documents/96-kh-ubnd.md`).
    public let urlBySourcePath: [String: String]
    public let graph: DocumentGraph
    public let taxonomies: [Taxonomy: [TermEntry]]
    /// Sizes in bytes of the files under `content/media/`, by path relative to it.
    public let mediaSizes: [String: Int]

    public func url(of item: ItemID) -> String {
        switch item {
        case .article(let index): URLScheme.article(articles[index])
        case .document(let index): URLScheme.document(documents[index])
        case .story(let index): URLScheme.story(stories[index])
        case .page(let index): URLScheme.page(pages[index])
        }
    }

    /// The date an item is listed under.
    public func date(of item: ItemID) -> CalendarDate {
        switch item {
        case .article(let index): articles[index].date
        case .document(let index): documents[index].issued
        case .story(let index): stories[index].date
        case .page: asOf
        }
    }

    /// When the item last changed: an article's `updated`, else its date.
    public func lastModified(of item: ItemID) -> CalendarDate {
        if case .article(let index) = item, let updated = articles[index].updated { return updated }
        return date(of: item)
    }
}

/// One term of a taxonomy and the items classified under it, newest first.
public struct TermEntry: Sendable {
    public let id: String
    public let name: String
    public let items: [ItemID]
}

/// Resolved document relations, by document index, in both directions.
public struct DocumentGraph: Sendable {
    public var basedOn: [[Int]]
    public var basedOnBy: [[Int]]
    public var replaces: [[Int]]
    public var replacedBy: [[Int]]
    public var amends: [[Int]]
    public var amendedBy: [[Int]]
    public var guides: [[Int]]
    public var guidedBy: [[Int]]
    /// Articles and stories citing each document, newest first.
    public var citedBy: [[ItemID]]
    /// Documents cited by each article / story (front matter).
    public var articleDocuments: [[Int]]
    public var storyDocuments: [[Int]]
    public var status: [DocumentStatus]
    /// Each document's relations to documents not in the index, as written: listed unlinked.
    public var unindexed: [UnindexedRelations]
}

/// A document's `based_on`, `replaces`, `amends` and `guides` citations that name no document
/// of the index (a national decree the portal does not publish): reported as warnings, and
/// shown as written on its page and in the open data, never dropped.
public struct UnindexedRelations: Sendable, Equatable {
    public var basedOn: [String] = []
    public var replaces: [String] = []
    public var amends: [String] = []
    public var guides: [String] = []
}

extension SiteIndex {
    /// The content file an item was read from.
    func sourcePath(of item: ItemID) -> String? {
        switch item {
        case .article(let i): articles.indices.contains(i) ? articles[i].path : nil
        case .document(let i): documents.indices.contains(i) ? documents[i].path : nil
        case .story(let i): stories.indices.contains(i) ? stories[i].path : nil
        case .page(let i): pages.indices.contains(i) ? pages[i].path : nil
        }
    }
}

import PortalModel
import Yams

/// Parses one content file (front matter + body) into its typed model, collecting diagnostics.
public struct ContentParser: Sendable {
    public init() {}

    /// The parsed item (nil when it cannot be built) and every problem found in the file.
    public func parse(kind: ContentKind, path: String, bytes: [UInt8]) -> (ContentItem?, [Diagnostic]) {
        let log = DiagnosticLog()
        let start = SourceLocation(path: path)
        guard let text = SourceText.decode(bytes) else {
            log.error(.invalidUTF8, at: SourceText.firstInvalidByte(in: bytes, path: path))
            return (nil, log.entries)
        }
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text) {
        case .success(let value): split = value
        case .failure(let problem):
            log.error(problem, at: start)
            return (nil, log.entries)
        }
        guard let node = YAMLDocument.compose(split.yaml, path: path, lineOffset: split.yamlLineOffset, log: log),
              let fields = YAMLMapping(node, path: path, lineOffset: split.yamlLineOffset,
                                       allowed: ContentParser.keys(for: kind), log: log) else {
            return (nil, log.entries)
        }
        let body = ControlCharacters.removed(from: split.body, path: path, log: log)
        let item: ContentItem? = switch kind {
        case .article: article(fields, path: path, body: body, log: log).map(ContentItem.article)
        case .document: document(fields, path: path, body: body, log: log).map(ContentItem.document)
        case .story: story(fields, path: path, body: body, log: log).map(ContentItem.story)
        case .page: page(fields, path: path, body: body, log: log).map(ContentItem.page)
        }
        return (item, log.entries)
    }

    /// The front-matter keys each kind accepts (DESIGN.md §2).
    static func keys(for kind: ContentKind) -> [String] {
        switch kind {
        case .article:
            ["title", "slug", "date", "summary", "pillar", "sectors", "locality", "tags", "documents", "cover",
             "cover_alt", "author", "source", "draft", "publish_at", "updated", "aliases"]
        case .document:
            ["number", "type", "issuer", "issued", "title", "signer", "effective", "expires", "status", "term",
             "based_on", "replaces", "amends", "guides", "pillars", "sectors", "attachments", "source_url",
             "tasks", "aliases", "slug"]
        case .story:
            ["title", "slug", "date", "summary", "locality", "unit", "pillar", "sectors", "platform", "metrics",
             "documents", "cover", "cover_alt", "draft", "publish_at", "aliases"]
        case .page:
            ["title", "slug", "menu", "summary", "draft", "aliases"]
        }
    }

    /// The slug from the `slug` key, else from the file name without `.md`. A slug must not be
    /// empty (the page would take its section's address) and must fit in a file name.
    func slug(_ fields: YAMLMapping, path: String, log: DiagnosticLog) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let source = fields.text("slug") ?? (name.hasSuffix(".md") ? String(name.dropLast(3)) : name)
        let slug = Slug.make(source)
        let location = fields.has("slug") ? fields.location(of: "slug") : SourceLocation(path: path)
        if slug.isEmpty {
            log.error(.emptySlug(name: fields.has("slug") ? source : name), at: location)
        } else if slug.utf8.count > Slug.maximumLength {
            log.error(.slugTooLong(length: slug.utf8.count, maximum: Slug.maximumLength), at: location)
        }
        return slug
    }

    func publication(_ fields: YAMLMapping) -> Publication {
        Publication(draft: fields.bool("draft") ?? false, publishAt: fields.date("publish_at"),
                    dateLocation: fields.has("date") ? fields.location(of: "date") : nil)
    }

    /// A cover image with its required alternative text.
    func cover(_ fields: YAMLMapping, log: DiagnosticLog) -> (MediaReference?, String?) {
        let cover = fields.media("cover", log: log)
        let alt = fields.text("cover_alt")
        if fields.has("cover") && alt == nil {
            log.error(.coverWithoutAlt, at: fields.location(of: "cover"))
        } else if !fields.has("cover") && alt != nil {
            log.warning(.altWithoutCover, at: fields.location(of: "cover_alt")) // a cover line lost, or misspelt
        }
        return (cover, alt)
    }
}

/// One parsed content file of any kind.
public enum ContentItem: Sendable {
    case article(Article)
    case document(Document)
    case story(Story)
    case page(Page)

    /// The Markdown body of the item.
    public var body: MarkdownBody {
        switch self {
        case .article(let item): item.body
        case .document(let item): item.body
        case .story(let item): item.body
        case .page(let item): item.body
        }
    }
}

import PortalModel

/// The HTML of a Markdown body and what was learnt while rendering it.
public struct RenderedMarkdown: Sendable, Hashable, Codable {
    public var html: String
    /// Headings in order, with their generated unique ids (for anchors and tables of contents).
    public var headings: [Heading]
    /// The first paragraph as plain text, for summaries and feeds.
    public var excerpt: String
    /// Ids of the documents cited in the text, in order of first citation.
    public var citedDocuments: [Int]
    /// Internal links (resolved site paths and `#anchors`) with their places, for `dxportal check`.
    public var links: [BodyLink]
    public var diagnostics: [Diagnostic]

    public init(html: String, headings: [Heading], excerpt: String, citedDocuments: [Int], links: [BodyLink],
                diagnostics: [Diagnostic]) {
        self.html = html
        self.headings = headings
        self.excerpt = excerpt
        self.citedDocuments = citedDocuments
        self.links = links
        self.diagnostics = diagnostics
    }
}

/// A heading of a body: level 1–6, its id and its text.
public struct Heading: Sendable, Hashable, Codable {
    public var level: Int
    public var id: String
    public var text: String

    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}

/// A link written in a body, as it appears in the output, and where it was written.
public struct BodyLink: Sendable, Hashable, Codable {
    public var url: String
    public var location: SourceLocation

    public init(url: String, location: SourceLocation) {
        self.url = url
        self.location = location
    }
}

/// What a link or image target in a body becomes.
public enum LinkTarget: Sendable, Hashable {
    /// Leave the URL as written (external links, anchors).
    case unchanged
    /// Replace it (a content file or media path resolved to its public URL).
    case resolved(String)
    /// It points to nothing: reported, and the link is kept as written.
    case broken
}

/// A news article (`content/articles/YYYY/<name>.md`).
public struct Article: Sendable, Hashable, Codable {
    public var path: String
    public var slug: String
    public var title: String
    public var date: CalendarDate
    public var summary: String?
    public var pillar: Located<String>?
    public var sectors: [Located<String>]
    public var locality: Located<String>?
    public var tags: [Located<String>]
    public var documents: [Located<String>]
    public var cover: MediaReference?
    public var coverAlt: String?
    public var author: String?
    public var source: Source?
    public var publication: Publication
    public var updated: CalendarDate?
    public var aliases: [Located<String>]
    public var body: MarkdownBody

    /// Where the article came from (name and web address).
    public struct Source: Sendable, Hashable, Codable {
        public var name: String
        public var url: String?

        public init(name: String, url: String?) {
            self.name = name
            self.url = url
        }
    }

    public init(path: String, slug: String, title: String, date: CalendarDate, summary: String? = nil,
                pillar: Located<String>? = nil, sectors: [Located<String>] = [], locality: Located<String>? = nil,
                tags: [Located<String>] = [], documents: [Located<String>] = [], cover: MediaReference? = nil,
                coverAlt: String? = nil, author: String? = nil, source: Source? = nil,
                publication: Publication = .init(), updated: CalendarDate? = nil, aliases: [Located<String>] = [],
                body: MarkdownBody) {
        self.path = path
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.pillar = pillar
        self.sectors = sectors
        self.locality = locality
        self.tags = tags
        self.documents = documents
        self.cover = cover
        self.coverAlt = coverAlt
        self.author = author
        self.source = source
        self.publication = publication
        self.updated = updated
        self.aliases = aliases
        self.body = body
    }
}

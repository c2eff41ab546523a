/// A success story (`content/stories/<name>.md`).
public struct Story: Sendable, Hashable, Codable {
    public var path: String
    public var slug: String
    public var title: String
    public var date: CalendarDate
    public var summary: String?
    public var locality: Located<String>
    public var unit: String?
    public var pillar: Located<String>?
    public var sectors: [Located<String>]
    public var platform: String?
    public var metrics: [Metric]
    public var documents: [Located<String>]
    public var cover: MediaReference?
    public var coverAlt: String?
    public var publication: Publication
    public var aliases: [Located<String>]
    public var body: MarkdownBody

    public init(path: String, slug: String, title: String, date: CalendarDate, summary: String? = nil,
                locality: Located<String>, unit: String? = nil, pillar: Located<String>? = nil,
                sectors: [Located<String>] = [], platform: String? = nil, metrics: [Metric] = [],
                documents: [Located<String>] = [], cover: MediaReference? = nil, coverAlt: String? = nil,
                publication: Publication = .init(), aliases: [Located<String>] = [], body: MarkdownBody) {
        self.path = path
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.locality = locality
        self.unit = unit
        self.pillar = pillar
        self.sectors = sectors
        self.platform = platform
        self.metrics = metrics
        self.documents = documents
        self.cover = cover
        self.coverAlt = coverAlt
        self.publication = publication
        self.aliases = aliases
        self.body = body
    }
}

/// A figure shown on a story: `1.864 thủ tục`, with an optional earlier value and date.
public struct Metric: Sendable, Hashable, Codable {
    public var label: String
    public var value: Double
    public var unit: String?
    public var before: Double?
    public var asOf: CalendarDate?

    public init(label: String, value: Double, unit: String? = nil, before: Double? = nil, asOf: CalendarDate? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
        self.before = before
        self.asOf = asOf
    }
}

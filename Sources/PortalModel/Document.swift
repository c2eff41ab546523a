/// A directive document (`content/documents/<name>.md`).
public struct Document: Sendable, Hashable, Codable {
    public var path: String
    public var symbol: DocumentSymbol
    public var symbolLocation: SourceLocation
    public var type: String
    public var issuer: Located<String>
    public var issued: CalendarDate
    public var title: String
    public var signer: String?
    public var effective: CalendarDate?
    public var expires: CalendarDate?
    public var status: DocumentStatus?
    /// Party documents: the committee term, e.g. `2020-2025`.
    public var term: String?
    public var relations: Relations
    public var pillars: [Located<String>]
    public var sectors: [Located<String>]
    public var attachments: [Attachment]
    public var sourceURL: String?
    public var tasks: [PlanTask]
    public var aliases: [Located<String>]
    public var body: MarkdownBody
    /// The URL slug: the `slug` key, else the symbol's slug (`749/QĐ-TTg` → `749-qd-ttg`). Two
    /// issuers' documents may share a symbol and a year (`96/KH-UBND` of two provinces): one of
    /// them then needs a `slug`.
    public var slug: String
    /// Where `type` and `term` are written (their diagnostics point there).
    public var typeLocation: SourceLocation?
    public var termLocation: SourceLocation?

    /// Citations of other documents in front matter, by relation.
    public struct Relations: Sendable, Hashable, Codable {
        public var basedOn: [Located<String>]
        public var replaces: [Located<String>]
        public var amends: [Located<String>]
        public var guides: [Located<String>]

        public init(basedOn: [Located<String>] = [], replaces: [Located<String>] = [],
                    amends: [Located<String>] = [], guides: [Located<String>] = []) {
            self.basedOn = basedOn
            self.replaces = replaces
            self.amends = amends
            self.guides = guides
        }
    }

    public init(path: String, symbol: DocumentSymbol, symbolLocation: SourceLocation, type: String,
                issuer: Located<String>, issued: CalendarDate, title: String, signer: String? = nil,
                effective: CalendarDate? = nil, expires: CalendarDate? = nil, status: DocumentStatus? = nil,
                term: String? = nil, relations: Relations = .init(), pillars: [Located<String>] = [],
                sectors: [Located<String>] = [], attachments: [Attachment] = [], sourceURL: String? = nil,
                tasks: [PlanTask] = [], aliases: [Located<String>] = [], body: MarkdownBody, slug: String? = nil,
                typeLocation: SourceLocation? = nil, termLocation: SourceLocation? = nil) {
        self.path = path
        self.symbol = symbol
        self.symbolLocation = symbolLocation
        self.type = type
        self.issuer = issuer
        self.issued = issued
        self.title = title
        self.signer = signer
        self.effective = effective
        self.expires = expires
        self.status = status
        self.term = term
        self.relations = relations
        self.pillars = pillars
        self.sectors = sectors
        self.attachments = attachments
        self.sourceURL = sourceURL
        self.tasks = tasks
        self.aliases = aliases
        self.body = body
        self.slug = slug ?? Slug.make(symbol.text)
        self.typeLocation = typeLocation
        self.termLocation = termLocation
    }

    /// A committee term as one writes it, `2020-2025`, from `2020 - 2025` or `2020–2025` (dash
    /// kinds and spaces vary; the term is part of a Party document's identity).
    public static func normalizedTerm(_ text: String) -> String {
        let dashes: Set<Character> = ["–", "—", "‑", "−", "‐"]
        let unified = String(text.map { dashes.contains($0) ? "-" : $0 })
        return unified.split(separator: "-", omittingEmptySubsequences: false)
            .map { String($0).trimmingWhitespace() }.joined(separator: "-")
    }

    /// Identity per DESIGN.md §3: issuer, symbol, and year (or term for Party documents). The
    /// symbol is compared as printed but for its zero pad: `09/QĐ-UBND` and `9/QĐ-UBND` are one number.
    public var identity: String {
        "\(issuer.value)|\(symbol.identityKey)|\(symbol.family == .party ? (term ?? String(issued.year)) : String(issued.year))"
    }
}

/// A file attached to a document, relative to `content/media/`.
public struct Attachment: Sendable, Hashable, Codable {
    public var file: MediaReference
    public var title: String

    public init(file: MediaReference, title: String) {
        self.file = file
        self.title = title
    }
}

/// One row of a plan's appendix of tasks.
public struct PlanTask: Sendable, Hashable, Codable {
    public var content: String
    public var lead: String?
    public var partners: String?
    public var timeline: String?

    public init(content: String, lead: String? = nil, partners: String? = nil, timeline: String? = nil) {
        self.content = content
        self.lead = lead
        self.partners = partners
        self.timeline = timeline
    }
}

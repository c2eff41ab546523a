import PortalModel
import PortalTemplates

// Field-by-field cache coding for the items a site has tens of thousands of (articles, stories).
// Through `Codable`, every nested value costs a container and several run-time generic look-ups;
// decoding 10,000 articles that way took most of a warm build. Here every call is resolved at
// compile time. The fields follow the declaration order; `CacheCodingTests` checks that every
// stored property of these types is written.

/// A value the build cache writes and reads field by field.
protocol CacheCodable {
    init(from source: CompactSource) throws
    func write(to sink: CompactSink)
}

extension CompactSource {
    func read<T: CacheCodable>(_ type: T.Type = T.self) throws -> T { try T(from: self) }
}

/// Carries a `CacheCodable` value through `CompactCoding` (the only coder it supports).
struct FieldCoded<Value: CacheCodable & Sendable>: Codable, Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        guard let decoder = decoder as? CompactDecoder else { throw CompactCodingError.unsupported }
        value = try Value(from: decoder.source)
    }

    func encode(to encoder: any Encoder) throws {
        guard let encoder = encoder as? CompactEncoder else { throw CompactCodingError.unsupported }
        value.write(to: encoder.sink)
    }
}

extension String: CacheCodable {
    init(from source: CompactSource) throws { self = try source.string() }
    func write(to sink: CompactSink) { sink.string(self) }
}

extension Int: CacheCodable {
    init(from source: CompactSource) throws { self = Int(try source.integer()) }
    func write(to sink: CompactSink) { sink.integer(Int64(self)) }
}

extension Bool: CacheCodable {
    init(from source: CompactSource) throws { self = try source.byte() != 0 }
    func write(to sink: CompactSink) { sink.bytes.append(self ? 1 : 0) }
}

extension Double: CacheCodable {
    init(from source: CompactSource) throws { self = Double(bitPattern: UInt64(bitPattern: try source.integer())) }
    func write(to sink: CompactSink) { sink.integer(Int64(bitPattern: bitPattern)) }
}

extension Optional: CacheCodable where Wrapped: CacheCodable {
    init(from source: CompactSource) throws {
        self = try source.byte() == 0 ? nil : try Wrapped(from: source)
    }

    func write(to sink: CompactSink) {
        guard let self else { return sink.bytes.append(0) }
        sink.bytes.append(1)
        self.write(to: sink)
    }
}

extension Array: CacheCodable where Element: CacheCodable {
    init(from source: CompactSource) throws {
        let count = try source.count()
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(from: source)) }
    }

    func write(to sink: CompactSink) {
        sink.integer(Int64(count))
        for element in self { element.write(to: sink) }
    }
}

extension CalendarDate: CacheCodable {
    init(from source: CompactSource) throws { self.init(daysSinceEpoch: try source.read()) }
    func write(to sink: CompactSink) { daysSinceEpoch.write(to: sink) }
}

extension SourceLocation: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(path: try source.repeatedString(), line: try source.read(), column: try source.read())
    }

    func write(to sink: CompactSink) {
        path.write(to: sink)
        line.write(to: sink)
        column.write(to: sink)
    }
}

extension Located: CacheCodable where Value: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(try source.read(), at: try source.read())
    }

    func write(to sink: CompactSink) {
        value.write(to: sink)
        location.write(to: sink)
    }
}

extension MediaReference: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(path: try source.read(), location: try source.read())
    }

    func write(to sink: CompactSink) {
        path.write(to: sink)
        location.write(to: sink)
    }
}

extension Publication: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(draft: try source.read(), publishAt: try source.read(), dateLocation: try source.read())
    }

    func write(to sink: CompactSink) {
        draft.write(to: sink)
        publishAt.write(to: sink)
        dateLocation.write(to: sink)
    }
}

extension MarkdownBody: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(text: try source.read(), firstLine: try source.read())
    }

    func write(to sink: CompactSink) {
        text.write(to: sink)
        firstLine.write(to: sink)
    }
}

extension Article.Source: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(name: try source.read(), url: try source.read())
    }

    func write(to sink: CompactSink) {
        name.write(to: sink)
        url.write(to: sink)
    }
}

extension Article: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(path: try source.read(), slug: try source.read(), title: try source.read(), date: try source.read(),
                  summary: try source.read(), pillar: try source.read(), sectors: try source.read(),
                  locality: try source.read(), tags: try source.read(), documents: try source.read(),
                  cover: try source.read(), coverAlt: try source.read(), author: try source.read(),
                  source: try source.read(), publication: try source.read(), updated: try source.read(),
                  aliases: try source.read(), body: try source.read())
    }

    func write(to sink: CompactSink) {
        path.write(to: sink)
        slug.write(to: sink)
        title.write(to: sink)
        date.write(to: sink)
        summary.write(to: sink)
        pillar.write(to: sink)
        sectors.write(to: sink)
        locality.write(to: sink)
        tags.write(to: sink)
        documents.write(to: sink)
        cover.write(to: sink)
        coverAlt.write(to: sink)
        author.write(to: sink)
        source.write(to: sink)
        publication.write(to: sink)
        updated.write(to: sink)
        aliases.write(to: sink)
        body.write(to: sink)
    }
}

extension Metric: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(label: try source.read(), value: try source.read(), unit: try source.read(), before: try source.read(),
                  asOf: try source.read())
    }

    func write(to sink: CompactSink) {
        label.write(to: sink)
        value.write(to: sink)
        unit.write(to: sink)
        before.write(to: sink)
        asOf.write(to: sink)
    }
}

extension Story: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(path: try source.read(), slug: try source.read(), title: try source.read(), date: try source.read(),
                  summary: try source.read(), locality: try source.read(), unit: try source.read(),
                  pillar: try source.read(), sectors: try source.read(), platform: try source.read(),
                  metrics: try source.read(), documents: try source.read(), cover: try source.read(),
                  coverAlt: try source.read(), publication: try source.read(), aliases: try source.read(),
                  body: try source.read())
    }

    func write(to sink: CompactSink) {
        path.write(to: sink)
        slug.write(to: sink)
        title.write(to: sink)
        date.write(to: sink)
        summary.write(to: sink)
        locality.write(to: sink)
        unit.write(to: sink)
        pillar.write(to: sink)
        sectors.write(to: sink)
        platform.write(to: sink)
        metrics.write(to: sink)
        documents.write(to: sink)
        cover.write(to: sink)
        coverAlt.write(to: sink)
        publication.write(to: sink)
        aliases.write(to: sink)
        body.write(to: sink)
    }
}

/// A cache type coded field by field also where `Codable` is asked for (by `CompactCoding` only).
protocol FieldCodable: CacheCodable, Codable {}

extension FieldCodable {
    init(from decoder: any Decoder) throws {
        guard let decoder = decoder as? CompactDecoder else { throw CompactCodingError.unsupported }
        try self.init(from: decoder.source)
    }

    func encode(to encoder: any Encoder) throws {
        guard let encoder = encoder as? CompactEncoder else { throw CompactCodingError.unsupported }
        write(to: encoder.sink)
    }
}

extension CacheCodable where Self: RawRepresentable, RawValue == String {
    init(from source: CompactSource) throws {
        let raw = try source.string()
        guard let value = Self(rawValue: raw) else { throw CompactCodingError.unknownCase(raw) }
        self = value
    }

    func write(to sink: CompactSink) { sink.string(rawValue) }
}

extension UInt64: CacheCodable {
    init(from source: CompactSource) throws { self = UInt64(bitPattern: try source.integer()) }
    func write(to sink: CompactSink) { sink.integer(Int64(bitPattern: self)) }
}

extension TemplateName: CacheCodable {}
extension Taxonomy: CacheCodable {}
extension DocumentStatus: CacheCodable {}

extension ItemID: CacheCodable {
    /// One number per item, the kind in the low two bits.
    init(from source: CompactSource) throws {
        let code = try Int(from: source)
        let position = code >> 2
        switch code & 3 {
        case 0: self = .article(position)
        case 1: self = .document(position)
        case 2: self = .story(position)
        default: self = .page(position)
        }
    }

    func write(to sink: CompactSink) {
        switch self {
        case .article(let position): (position << 2).write(to: sink)
        case .document(let position): (position << 2 | 1).write(to: sink)
        case .story(let position): (position << 2 | 2).write(to: sink)
        case .page(let position): (position << 2 | 3).write(to: sink)
        }
    }
}

extension TermEntry: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(id: try source.read(), name: try source.read(), items: try source.read())
    }

    func write(to sink: CompactSink) {
        id.write(to: sink)
        name.write(to: sink)
        items.write(to: sink)
    }
}

extension DocumentGraph: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(basedOn: try source.read(), basedOnBy: try source.read(), replaces: try source.read(),
                  replacedBy: try source.read(), amends: try source.read(), amendedBy: try source.read(),
                  guides: try source.read(), guidedBy: try source.read(), citedBy: try source.read(),
                  articleDocuments: try source.read(), storyDocuments: try source.read(), status: try source.read(),
                  unindexed: try source.read())
    }

    func write(to sink: CompactSink) {
        for relation in [basedOn, basedOnBy, replaces, replacedBy, amends, amendedBy, guides, guidedBy] { relation.write(to: sink) }
        citedBy.write(to: sink)
        articleDocuments.write(to: sink)
        storyDocuments.write(to: sink)
        status.write(to: sink)
        unindexed.write(to: sink)
    }
}

extension UnindexedRelations: CacheCodable {
    init(from source: CompactSource) throws {
        self.init(basedOn: try source.read(), replaces: try source.read(), amends: try source.read(), guides: try source.read())
    }

    func write(to sink: CompactSink) {
        for list in [basedOn, replaces, amends, guides] { list.write(to: sink) }
    }
}

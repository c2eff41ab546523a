import PortalModel

/// How the index of directives can be narrowed: by type, by issuer, by year.
enum DocumentFacet: Sendable, Hashable, Codable {
    case type(String), issuer(String), year(Int)

    /// `/van-ban/loai/<type>/`, `/van-ban/co-quan/<issuer>/`, `/van-ban/nam/<year>/`.
    var url: String {
        switch self {
        case .type(let id): "/van-ban/loai/\(id)/"
        case .issuer(let id): "/van-ban/co-quan/\(id)/"
        case .year(let year): "/van-ban/nam/\(year)/"
        }
    }
}

/// The facet values present in the index, each with its documents (in index order, newest first).
struct DocumentFacets: Sendable {
    struct Entry: Sendable, Hashable, Codable {
        let facet: DocumentFacet
        let id: String
        let name: String
        let documents: [Int]
    }

    /// Types and issuers in Vietnamese alphabetical order; years newest first.
    let types: [Entry]
    let issuers: [Entry]
    let years: [Entry]

    var all: [Entry] { types + issuers + years }

    init(index: SiteIndex) {
        var types: [String: (name: String, documents: [Int])] = [:]
        var issuers: [String: [Int]] = [:]
        var years: [Int: [Int]] = [:]
        for (i, document) in index.documents.enumerated() {
            let typeID = Slug.make(document.type)
            types[typeID, default: (document.type, [])].documents.append(i)
            issuers[document.issuer.value, default: []].append(i)
            years[document.issued.year, default: []].append(i)
        }
        let byName = { (entries: [Entry]) in VietnameseCollation.sorted(entries.sorted { $0.id < $1.id }, by: \.name) }
        self.types = byName(types.map { Entry(facet: .type($0.key), id: $0.key, name: $0.value.name, documents: $0.value.documents) })
        self.issuers = byName(issuers.map { id, documents in
            Entry(facet: .issuer(id), id: id, name: index.issuers[id]?.name ?? id, documents: documents)
        })
        self.years = years.keys.sorted(by: >).map { year in
            Entry(facet: .year(year), id: String(year), name: String(year), documents: years[year] ?? [])
        }
    }
}

import PortalModel

/// How the index of directives can be narrowed: by type, by issuer, by year.
enum DocumentFacet: Sendable, Hashable, Codable {
    case type(String), issuer(String), year(Int)

    /// `/van-ban/loai/<type>/`, `/van-ban/co-quan/<issuer>/`, `/van-ban/nam/<year>/`.
    var url: String {
        switch self {
        case .type(let id): family.url + "\(id)/"
        case .issuer(let id): family.url + "\(id)/"
        case .year(let year): family.url + "\(year)/"
        }
    }

    var family: DocumentFacetFamily {
        switch self {
        case .type: .type
        case .issuer: .issuer
        case .year: .year
        }
    }
}

/// A way of narrowing the index, with its own page listing its values (`/van-ban/loai/`), so
/// that a facet page's address shortened by a reader still leads somewhere.
enum DocumentFacetFamily: String, Sendable, Hashable, Codable, CaseIterable {
    case type, issuer, year

    var url: String {
        switch self {
        case .type: "/van-ban/loai/"
        case .issuer: "/van-ban/co-quan/"
        case .year: "/van-ban/nam/"
        }
    }

    var name: String {
        switch self {
        case .type: "Loại văn bản"
        case .issuer: "Cơ quan ban hành"
        case .year: "Năm ban hành"
        }
    }

    var heading: String {
        switch self {
        case .type: "Văn bản theo loại"
        case .issuer: "Văn bản theo cơ quan ban hành"
        case .year: "Văn bản theo năm ban hành"
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

    func entries(of family: DocumentFacetFamily) -> [Entry] {
        switch family {
        case .type: types
        case .issuer: issuers
        case .year: years
        }
    }

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

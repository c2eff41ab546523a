import PortalModel

/// Checks what a single file cannot check alone: ids against site.yml and issuers.yml, symbols
/// against type, year and issuer, media files, and duplicate documents. Returns every problem.
struct SiteValidator {
    let content: SiteContent
    /// Only these files (an edit in the preview that kept every item's shape); nil: everything.
    var only: Set<String>? = nil

    func validate() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let vocabulary = Vocabulary(config: content.config, issuers: content.issuers)
        // A list, not the set: comparing a path with one or two others beats hashing 10,000 paths.
        let selected = only.map(Array.init)
        let checked = { (path: String) in selected?.contains(path) ?? true }
        if only == nil { found += validateIssuers(vocabulary) }
        for article in content.articles where checked(article.path) {
            found += vocabulary.check(pillar: article.pillar, sectors: article.sectors, locality: article.locality)
            found += checkMedia(article.cover.map { [$0] } ?? [])
        }
        for story in content.stories where checked(story.path) {
            found += vocabulary.check(pillar: story.pillar, sectors: story.sectors, locality: story.locality)
            found += checkMedia(story.cover.map { [$0] } ?? [])
        }
        for document in content.documents where checked(document.path) {
            found += vocabulary.check(pillars: document.pillars, sectors: document.sectors)
            found += checkMedia(document.attachments.map(\.file))
            found += DocumentChecks(document: document, issuer: vocabulary.issuers[document.issuer.value]).run()
            if vocabulary.issuers[document.issuer.value] == nil {
                found.append(Diagnostic(.error, .unknownReference(kind: .issuer, id: document.issuer.value, known: vocabulary.issuerIDs), at: document.issuer.location))
            }
        }
        if only == nil { found += duplicateDocuments() + tagCollisions() }
        return found
    }

    /// Tags are one page per slug: `Sở` and `Số` (or `C++` and `C#`) would share `/the/so/` under
    /// the first one's name, and each article would show the other's tag. Tags that differ only in
    /// case or spacing are one tag. Each other spelling is reported once, where it first appears.
    private func tagCollisions() -> [Diagnostic] {
        var found: [Diagnostic] = []
        // The same few hundred tags recur on thousands of articles: each is slugged and spelt once.
        var known: [String: (slug: String, spelling: String)] = [:]
        var first: [String: (spelling: String, tag: Located<String>)] = [:]
        var reported: Set<String> = []
        for article in content.articles {
            for tag in article.tags {
                let (slug, spelling) = known[tag.value] ?? (Slug.make(tag.value), Self.spelling(tag.value))
                known[tag.value] = (slug, spelling)
                guard !slug.isEmpty else { continue }
                guard let earlier = first[slug] else {
                    first[slug] = (spelling, tag)
                    continue
                }
                guard earlier.spelling != spelling, reported.insert(spelling).inserted else { continue }
                found.append(Diagnostic(.error, .tagCollision(tag: tag.value, other: earlier.tag.value, url: URLScheme.term(.tag, slug),
                                                              otherPlace: "\(earlier.tag.location)"), at: tag.location))
            }
        }
        return found
    }

    private static func spelling(_ tag: String) -> String {
        tag.lowercased().replacingOccurrences(of: "ð", with: "đ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func validateIssuers(_ vocabulary: Vocabulary) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: [String: Issuer] = [:]
        for issuer in content.issuers {
            if let first = seen[issuer.id] {
                found.append(Diagnostic(.error, .duplicateID(id: issuer.id, first: "\(first.location)"), at: issuer.location))
            }
            seen[issuer.id] = issuer
            for (key, reference) in [("parent", issuer.parent), ("successor", issuer.successor)] {
                guard let reference else { continue }
                if vocabulary.issuers[reference.value] == nil {
                    found.append(Diagnostic(.error, .unknownReference(kind: .issuer, id: reference.value, known: vocabulary.issuerIDs), at: reference.location))
                } else if reference.value == issuer.id {
                    found.append(Diagnostic(.error, .issuerRefersToItself(key: key), at: reference.location))
                }
            }
        }
        return found + issuerCycles(key: "parent", \.parent) + issuerCycles(key: "successor", \.successor)
    }

    /// `a.parent: b` with `b.parent: a` (or longer circles): reported once, at the circle's first
    /// issuer in file order. (An issuer naming itself is said above.)
    private func issuerCycles(key: String, _ next: (Issuer) -> Located<String>?) -> [Diagnostic] {
        let byID = Dictionary(content.issuers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reported: Set<String> = []
        var found: [Diagnostic] = []
        for issuer in content.issuers where !reported.contains(issuer.id) {
            var chain = [issuer.id]
            var current = issuer
            while let reference = next(current), reference.value != current.id, let following = byID[reference.value] {
                if let start = chain.firstIndex(of: following.id) {
                    if start == 0, let place = next(issuer) {
                        found.append(Diagnostic(.error, .issuerCycle(key: key, chain: (chain + [issuer.id]).joined(separator: " → ")), at: place.location))
                        reported.formUnion(chain)
                    }
                    break
                }
                chain.append(following.id)
                current = following
            }
        }
        return found
    }

    private func checkMedia(_ references: [MediaReference]) -> [Diagnostic] {
        references.filter { content.media[$0.path] == nil }.map {
            Diagnostic(.error, .missingMediaFile(path: $0.path), at: $0.location)
        }
    }

    /// Two documents with one identity (issuer, symbol, year or term) name each other.
    private func duplicateDocuments() -> [Diagnostic] {
        var first: [String: Document] = [:]
        var found: [Diagnostic] = []
        for document in content.documents.sorted(by: { $0.path < $1.path }) {
            if let earlier = first[document.identity] {
                found.append(Diagnostic(.error, .duplicateDocument(symbol: document.symbol.text, otherPath: earlier.path),
                                        at: document.symbolLocation))
            } else {
                first[document.identity] = document
            }
        }
        return found
    }
}

/// The ids declared in site.yml and issuers.yml.
struct Vocabulary {
    let pillars: Set<String>
    let sectors: Set<String>
    let localities: Set<String>
    let issuers: [String: Issuer]
    /// In their files' order, for hints.
    let pillarIDs: [String], sectorIDs: [String], localityIDs: [String], issuerIDs: [String]

    init(config: SiteConfig, issuers: [Issuer]) {
        pillarIDs = config.pillars.map(\.id)
        sectorIDs = config.sectors.map(\.id)
        localityIDs = config.localities.map(\.id)
        issuerIDs = issuers.map(\.id)
        pillars = Set(pillarIDs)
        sectors = Set(sectorIDs)
        localities = Set(localityIDs)
        self.issuers = Dictionary(issuers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func check(pillar: Located<String>? = nil, pillars: [Located<String>] = [], sectors: [Located<String>] = [],
               locality: Located<String>? = nil) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for reference in pillars + (pillar.map { [$0] } ?? []) where !self.pillars.contains(reference.value) {
            found.append(Diagnostic(.error, .unknownReference(kind: .pillar, id: reference.value, known: pillarIDs), at: reference.location))
        }
        for reference in sectors where !self.sectors.contains(reference.value) {
            found.append(Diagnostic(.error, .unknownReference(kind: .sector, id: reference.value, known: sectorIDs), at: reference.location))
        }
        if let locality, !localities.contains(locality.value) {
            found.append(Diagnostic(.error, .unknownReference(kind: .locality, id: locality.value, known: localityIDs), at: locality.location))
        }
        return found
    }
}

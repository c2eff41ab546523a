import PortalModel

/// Groups articles, stories and documents under pillars, sectors, localities and tags.
struct TaxonomyBuilder {
    let index: SiteIndex

    func build() -> [Taxonomy: [TermEntry]] {
        var members: [Taxonomy: [String: [ItemID]]] = [:]
        var tagNames: [String: String] = [:]
        var tagIDs: [String: String] = [:] // the same tags recur on thousands of articles: slug each once
        /// An item's terms are added one after another: a term given twice (`VNeID` and `vneid`,
        /// one slug) lists the item once.
        func add(_ taxonomy: Taxonomy, _ id: String, _ item: ItemID) {
            guard members[taxonomy]?[id]?.last != item else { return }
            members[taxonomy, default: [:]][id, default: []].append(item)
        }
        for (i, article) in index.articles.enumerated() {
            let item = ItemID.article(i)
            article.pillar.map { add(.pillar, $0.value, item) }
            article.sectors.forEach { add(.sector, $0.value, item) }
            article.locality.map { add(.locality, $0.value, item) }
            for tag in article.tags.map(\.value) {
                let id = tagIDs[tag] ?? Slug.make(tag)
                tagIDs[tag] = id
                guard !id.isEmpty else { continue }
                if tagNames[id] == nil { tagNames[id] = tag }
                add(.tag, id, item)
            }
        }
        for (i, story) in index.stories.enumerated() {
            let item = ItemID.story(i)
            story.pillar.map { add(.pillar, $0.value, item) }
            story.sectors.forEach { add(.sector, $0.value, item) }
            add(.locality, story.locality.value, item)
        }
        for (i, document) in index.documents.enumerated() {
            document.pillars.forEach { add(.pillar, $0.value, .document(i)) }
            document.sectors.forEach { add(.sector, $0.value, .document(i)) }
        }
        let config = index.config
        let declared: [Taxonomy: [Term]] = [
            .pillar: config.pillars, .sector: config.sectors, .locality: config.localities,
            .tag: tagNames.map { Term(id: $0.key, name: $0.value) },
        ]
        var result: [Taxonomy: [TermEntry]] = [:]
        for taxonomy in Taxonomy.allCases {
            let terms = (declared[taxonomy] ?? []).map { term in
                TermEntry(id: term.id, name: term.name, items: newestFirst(members[taxonomy]?[term.id] ?? []))
            }
            result[taxonomy] = taxonomy == .pillar ? terms : VietnameseCollation.sorted(terms.sorted { $0.id < $1.id }, by: \.name)
        }
        return result
    }

    /// Merges items of several kinds, newest first; ties keep a fixed kind order then position.
    private func newestFirst(_ items: [ItemID]) -> [ItemID] {
        items.sorted { a, b in
            let (da, db) = (index.date(of: a), index.date(of: b))
            if da != db { return da > db }
            return Self.rank(a) < Self.rank(b)
        }
    }

    private static func rank(_ item: ItemID) -> (Int, Int) {
        switch item {
        case .article(let i): (0, i)
        case .story(let i): (1, i)
        case .document(let i): (2, i)
        case .page(let i): (3, i)
        }
    }

}

import PortalModel

/// What the index computes from the content (display order, URLs, the document graph with body
/// citations, taxonomies), kept in the build-cache snapshot so a warm build neither sorts,
/// resolves nor groups again. Edits the cache accepts leave all of it as it was.
struct CachedIndex: FieldCodable {
    /// Positions in the content's arrays, in the index's order (drafts and future items left out).
    var articles: [Int]
    var documents: [Int]
    var stories: [Int]
    var pages: [Int]
    var sourcePaths: [String]
    var urls: [String]
    var graph: DocumentGraph
    var taxonomies: [TaxonomyTerms]

    struct TaxonomyTerms: CacheCodable {
        var taxonomy: Taxonomy
        var terms: [TermEntry]
    }

    init(_ index: SiteIndex, content: SiteContent) {
        func positions<T>(_ shown: [T], in all: [T], path: (T) -> String) -> [Int] {
            let position = Dictionary(all.enumerated().map { (path($1), $0) }, uniquingKeysWith: { first, _ in first })
            return shown.map { position[path($0)] ?? -1 }
        }
        articles = positions(index.articles, in: content.articles, path: \.path)
        documents = positions(index.documents, in: content.documents, path: \.path)
        stories = positions(index.stories, in: content.stories, path: \.path)
        pages = positions(index.pages, in: content.pages, path: \.path)
        let urls = index.urlBySourcePath.sorted { $0.key < $1.key }
        sourcePaths = urls.map(\.key)
        self.urls = urls.map(\.value)
        graph = index.graph
        taxonomies = index.taxonomies.sorted { $0.key.rawValue < $1.key.rawValue }.map { TaxonomyTerms(taxonomy: $0.key, terms: $0.value) }
    }

    init(from source: CompactSource) throws {
        articles = try source.read()
        documents = try source.read()
        stories = try source.read()
        pages = try source.read()
        sourcePaths = try source.read()
        urls = try source.read()
        graph = try source.read()
        taxonomies = try source.read()
    }

    func write(to sink: CompactSink) {
        for positions in [articles, documents, stories, pages] { positions.write(to: sink) }
        sourcePaths.write(to: sink)
        urls.write(to: sink)
        graph.write(to: sink)
        taxonomies.write(to: sink)
    }

    /// The index again, over `content` read from the same snapshot; nil when they do not fit.
    func index(of content: SiteContent, asOf: CalendarDate) -> SiteIndex? {
        func pick<T>(_ positions: [Int], from all: [T]) -> [T]? {
            positions.allSatisfy(all.indices.contains) ? positions.map { all[$0] } : nil
        }
        guard let articles = pick(articles, from: content.articles), let documents = pick(documents, from: content.documents),
              let stories = pick(stories, from: content.stories), let pages = pick(pages, from: content.pages),
              sourcePaths.count == urls.count, graph.status.count == documents.count else { return nil }
        return SiteIndex(
            config: content.config, asOf: asOf,
            issuers: Dictionary(content.issuers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            articles: articles, documents: documents, stories: stories, pages: pages,
            urlBySourcePath: Dictionary(zip(sourcePaths, urls), uniquingKeysWith: { first, _ in first }),
            graph: graph, taxonomies: Dictionary(taxonomies.map { ($0.taxonomy, $0.terms) }, uniquingKeysWith: { first, _ in first }),
            mediaSizes: content.media)
    }
}

extension CachedIndex.TaxonomyTerms {
    init(from source: CompactSource) throws {
        self.init(taxonomy: try source.read(), terms: try source.read())
    }

    func write(to sink: CompactSink) {
        taxonomy.write(to: sink)
        terms.write(to: sink)
    }
}

import PortalMarkdown
import PortalModel

extension DocumentGraph {
    /// Adds the citations found in bodies: an article's or story's related documents are its
    /// front-matter `documents` plus the documents its text cites; `citedBy` lists, newest first,
    /// every article, story and document whose text or `documents` cites a document, then the
    /// plain pages whose text does.
    func addingBodyCitations(_ bodies: RenderedBodies, index: SiteIndex) -> DocumentGraph {
        var graph = self
        graph.articleDocuments = zip(articleDocuments, bodies.articles).map { merged($0, $1.citedDocuments) }
        graph.storyDocuments = zip(storyDocuments, bodies.stories).map { merged($0, $1.citedDocuments) }
        var citing: [(item: ItemID, cited: [Int])] = []
        citing += graph.articleDocuments.enumerated().map { (.article($0), $1) }
        citing += graph.storyDocuments.enumerated().map { (.story($0), $1) }
        citing += bodies.documents.enumerated().map { (.document($0), $1.citedDocuments) }
        var citedBy = Array(repeating: [ItemID](), count: index.documents.count)
        let ordered = citing.enumerated().sorted { a, b in
            let (da, db) = (index.date(of: a.element.item), index.date(of: b.element.item))
            return da != db ? da > db : a.offset < b.offset
        }
        // Plain pages (Giới thiệu, Hỏi đáp) have no date: after the dated items.
        let pages = bodies.pages.enumerated().map { (offset: 0, element: (item: ItemID.page($0), cited: $1.citedDocuments)) }
        for (_, entry) in ordered + pages {
            for target in entry.cited { citedBy[target].append(entry.item) }
        }
        graph.citedBy = citedBy
        return graph
    }

    private func merged(_ first: [Int], _ second: [Int]) -> [Int] {
        var seen = Set(first)
        return first + second.filter { seen.insert($0).inserted }
    }
}

extension SiteIndex {
    /// The internal links written in each body, by the output page the body appears on.
    func bodyLinks(_ bodies: RenderedBodies) -> [String: [BodyLink]] {
        var links: [String: [BodyLink]] = [:]
        func add(_ url: String, _ rendered: RenderedMarkdown) {
            if !rendered.links.isEmpty { links[URLScheme.outputFile(for: url), default: []] += rendered.links }
        }
        for (i, article) in articles.enumerated() { add(URLScheme.article(article), bodies.articles[i]) }
        for (i, document) in documents.enumerated() { add(URLScheme.document(document), bodies.documents[i]) }
        for (i, story) in stories.enumerated() { add(URLScheme.story(story), bodies.stories[i]) }
        for (i, page) in pages.enumerated() { add(URLScheme.page(page), bodies.pages[i]) }
        return links
    }

    /// The same index with another document graph.
    func with(graph: DocumentGraph) -> SiteIndex {
        SiteIndex(config: config, asOf: asOf, issuers: issuers, articles: articles, documents: documents,
                  stories: stories, pages: pages, urlBySourcePath: urlBySourcePath, graph: graph,
                  taxonomies: taxonomies, mediaSizes: mediaSizes)
    }
}

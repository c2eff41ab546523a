import PortalMarkdown
import PortalModel

/// The rendered Markdown of every item, by position in the index's arrays.
struct RenderedBodies: Sendable {
    var articles: [RenderedMarkdown]
    var documents: [RenderedMarkdown]
    var stories: [RenderedMarkdown]
    var pages: [RenderedMarkdown]

    var diagnostics: [Diagnostic] {
        (articles + documents + stories + pages).flatMap(\.diagnostics)
    }

    subscript(item: ItemID) -> RenderedMarkdown {
        get {
            switch item {
            case .article(let i): articles[i]
            case .document(let i): documents[i]
            case .story(let i): stories[i]
            case .page(let i): pages[i]
            }
        }
        set {
            switch item {
            case .article(let i): articles[i] = newValue
            case .document(let i): documents[i] = newValue
            case .story(let i): stories[i] = newValue
            case .page(let i): pages[i] = newValue
            }
        }
    }
}

/// Renders bodies with cmark on all cores, resolving links and citations through the index.
struct BodyRenderer {
    let index: SiteIndex
    let resolver: LinkResolver

    func render() -> RenderedBodies {
        let items: [ItemID] = index.articles.indices.map(ItemID.article) + index.documents.indices.map(ItemID.document)
            + index.stories.indices.map(ItemID.story) + index.pages.indices.map(ItemID.page)
        let rendered = render(items)
        var rest = rendered[...]
        func take(_ count: Int) -> [RenderedMarkdown] {
            defer { rest = rest.dropFirst(count) }
            return Array(rest.prefix(count))
        }
        return RenderedBodies(articles: take(index.articles.count), documents: take(index.documents.count),
                              stories: take(index.stories.count), pages: take(index.pages.count))
    }

    /// The bodies of `items`, in order.
    func render(_ items: [ItemID]) -> [RenderedMarkdown] {
        let markdown = MarkdownRenderer(allowUnsafeHTML: index.config.allowUnsafeHTML)
        let resolver = self.resolver
        let citations = CitationResolver(documents: index.documents)
        let targets = index.documents.map { document in
            (url: resolver.basePath + URLScheme.document(document).dropFirst(),
             title: "\(document.type) \(document.symbol.text): \(document.title)")
        }
        // A Markdown link to a document's file cites it too (the way to cite one of two
        // documents with the same symbol and date).
        let documentByURL = Dictionary(targets.enumerated().map { ($1.url, $0) }, uniquingKeysWith: { first, _ in first })
        let index = self.index
        return items.parallelMap { item in
            let (body, path, own) = index.body(of: item)
            // A document's body never links to itself. Its page shows it under the section
            // heading "Nội dung văn bản" (an h2), so its own `##` headings become h3.
            var rendered = markdown.render(body, path: path, resolve: { resolver.resolve($0, from: path) }, cite: { citation in
                switch citations.resolve(citation, citing: own) {
                case .document(let id) where id == own: .itself
                case .document(let id): .document(id: id, url: targets[id].url, title: targets[id].title,
                                                  correctSymbol: index.documents[id].symbol.differsInCase(from: citation.symbol)
                                                      ? index.documents[id].symbol.text : nil)
                case .notIndexed: .notIndexed
                case .problem(let problem): .problem(problem)
                }
            }, headingLevelsDown: own == nil ? 0 : 1)
            for link in rendered.links {
                let url = String(link.url.prefix { $0 != "#" && $0 != "?" })
                if let id = documentByURL[url], id != own, !rendered.citedDocuments.contains(id) { rendered.citedDocuments.append(id) }
            }
            return rendered
        }
    }
}

extension SiteIndex {
    /// An item's body, its file and, for a document, its own position.
    func body(of item: ItemID) -> (MarkdownBody, String, Int?) {
        switch item {
        case .article(let i): (articles[i].body, articles[i].path, nil)
        case .document(let i): (documents[i].body, documents[i].path, i)
        case .story(let i): (stories[i].body, stories[i].path, nil)
        case .page(let i): (pages[i].body, pages[i].path, nil)
        }
    }
}

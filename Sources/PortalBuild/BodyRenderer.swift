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
}

/// Renders every body with cmark on all cores, resolving links through the index.
struct BodyRenderer {
    let index: SiteIndex
    let resolver: LinkResolver

    func render() -> RenderedBodies {
        let markdown = MarkdownRenderer(allowUnsafeHTML: index.config.allowUnsafeHTML)
        let resolver = self.resolver
        let citations = CitationResolver(documents: index.documents)
        let targets = index.documents.map { document in
            (url: resolver.basePath + URLScheme.document(document).dropFirst(),
             title: "\(document.type) \(document.symbol.text): \(document.title)")
        }
        // (body, path, own document index): a document's body never links to itself.
        let jobs: [(MarkdownBody, String, Int?)] = index.articles.map { ($0.body, $0.path, nil) }
            + index.documents.enumerated().map { ($1.body, $1.path, $0) }
            + index.stories.map { ($0.body, $0.path, nil) }
            + index.pages.map { ($0.body, $0.path, nil) }
        let rendered = jobs.parallelMap { body, path, own in
            markdown.render(body, path: path, resolve: { resolver.resolve($0, from: path) }, cite: { citation in
                switch citations.resolve(citation) {
                case .document(let id) where id == own: .itself
                case .document(let id): .document(id: id, url: targets[id].url, title: targets[id].title)
                case .notIndexed: .notIndexed
                case .problem(let problem): .problem(problem)
                }
            })
        }
        var rest = rendered[...]
        func take(_ count: Int) -> [RenderedMarkdown] {
            defer { rest = rest.dropFirst(count) }
            return Array(rest.prefix(count))
        }
        return RenderedBodies(articles: take(index.articles.count), documents: take(index.documents.count),
                              stories: take(index.stories.count), pages: take(index.pages.count))
    }
}

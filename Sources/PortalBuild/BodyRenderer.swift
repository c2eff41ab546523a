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
        let jobs: [(MarkdownBody, String)] = index.articles.map { ($0.body, $0.path) }
            + index.documents.map { ($0.body, $0.path) }
            + index.stories.map { ($0.body, $0.path) }
            + index.pages.map { ($0.body, $0.path) }
        let rendered = jobs.parallelMap { body, path in
            markdown.render(body, path: path) { resolver.resolve($0, from: path) }
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

import PortalModel
import PortalTemplates

/// Renders one planned page to its output file through the theme's templates.
struct PageRenderer: Sendable {
    let views: ViewBuilder
    let templates: TemplateLibrary
    let facets: DocumentFacets

    /// The output path (relative to the output folder), the HTML of a page and what it shows.
    func render(_ plan: PagePlan) throws(DiagnosticsError) -> RenderedPage {
        let recorder = DependencyRecorder()
        var page = try render(plan, views: views.recording(into: recorder))
        page.dependencies.formUnion(recorder.paths)
        return page
    }

    private func render(_ plan: PagePlan, views: ViewBuilder) throws(DiagnosticsError) -> RenderedPage {
        let index = views.index
        switch plan {
        case .home:
            return try page(URLScheme.home, views.home(), .home)
        case .newsList(let number):
            let view = views.list(heading: "Tin tức", intro: "Tin tức, sự kiện về chuyển đổi số.", url: URLScheme.news,
                                  items: index.articles.indices.map(ItemID.article), number: number,
                                  section: URLScheme.news, feed: URLScheme.newsFeed, emptyText: "Chưa có bài viết.")
            return try page(URLScheme.paginated(URLScheme.news, page: number), view, .list)
        case .article(let i):
            return try page(URLScheme.article(index.articles[i]), views.article(i), .article)
        case .storyList(let number):
            let view = views.list(heading: "Câu chuyện thành công", intro: "Những cách làm hay, mô hình hiệu quả về chuyển đổi số.",
                                  url: URLScheme.stories, items: index.stories.indices.map(ItemID.story), number: number,
                                  section: URLScheme.stories, emptyText: "Chưa có câu chuyện nào.")
            return try page(URLScheme.paginated(URLScheme.stories, page: number), view, .list)
        case .story(let i):
            return try page(URLScheme.story(index.stories[i]), views.story(i), .story)
        case .documentIndex:
            return try page(URLScheme.documents, views.documentIndex(facets: facets), .documentIndex)
        case .documentFacet(let entry):
            return try page(entry.facet.url, views.documentIndex(entry, facets: facets), .documentIndex)
        case .documentFacetFamily(let family):
            return try page(family.url, views.documentFacetFamily(family, facets: facets), .taxonomy)
        case .document(let i):
            return try page(URLScheme.document(index.documents[i]), views.document(i), .document)
        case .page(let i):
            return try page(URLScheme.page(index.pages[i]), views.page(i), .page)
        case .taxonomy(let taxonomy):
            return try page(URLScheme.taxonomy(taxonomy), views.taxonomy(taxonomy), .taxonomy)
        case .term(let taxonomy, let entry, let number):
            let term = index.taxonomies[taxonomy]?[entry] ?? TermEntry(id: "", name: "", items: [])
            let url = URLScheme.paginated(URLScheme.term(taxonomy, term.id), page: number)
            return try page(url, views.term(taxonomy, term, number: number), .list)
        case .notFound:
            return try page("/404.html", views.notFound(), .notFound)
        case .search:
            return try page(URLScheme.search, views.search(), .search)
        case .alias(let from, let to, let title, let source):
            var page = try page(from, views.alias(to: to, title: title), .alias)
            page.dependencies = [source.path]
            return page
        }
    }

    private func page(_ url: String, _ view: Any, _ template: TemplateName) throws(DiagnosticsError) -> RenderedPage {
        RenderedPage(path: URLScheme.outputFile(for: url), html: try templates.render(view, with: template, page: url),
                     template: template)
    }
}

/// A rendered page: its output path, its HTML, the template that made it and the content
/// files whose data it shows.
struct RenderedPage: Sendable {
    let path: String
    let html: String
    let template: TemplateName
    var dependencies: Set<String> = []
}

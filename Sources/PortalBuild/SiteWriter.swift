import PortalModel
import PortalTemplates

/// Renders every planned page on all cores and streams it to the output, then the feeds,
/// the sitemap and robots.txt.
struct SiteWriter {
    let index: SiteIndex
    let views: ViewBuilder
    let templates: TemplateLibrary

    /// What was written: the template of every HTML page, by output path, and the number of files.
    func writePages(into output: some OutputSink) throws(DiagnosticsError) -> (templates: [String: TemplateName], files: Int) {
        let plans = PagePlanner(index: index).plan()
        let renderer = PageRenderer(views: views, templates: templates, facets: DocumentFacets(index: index))
        let results = plans.parallelMap { plan -> Result<(String, TemplateName), DiagnosticsError> in
            do throws(DiagnosticsError) {
                let page = try renderer.render(plan)
                try write(Array(page.html.utf8), to: page.path, output)
                return .success((page.path, page.template))
            } catch {
                return .failure(error)
            }
        }
        let failures = results.compactMap { result -> [Diagnostic]? in
            if case .failure(let error) = result { return error.diagnostics }
            return nil
        }
        if !failures.isEmpty { throw DiagnosticsError(failures.flatMap { $0 }) }
        let written = results.compactMap { result -> (String, TemplateName)? in
            if case .success(let page) = result { return page }
            return nil
        }
        let pageTemplates = Dictionary(written, uniquingKeysWith: { first, _ in first })
        var extra: [(path: String, xml: String)] = FeedWriter(index: index, views: views).feeds()
        let sitemap = SitemapWriter(index: index, views: views)
        extra += sitemap.files(for: sitemapEntries(plans))
        extra.append(("robots.txt", sitemap.robots()))
        for file in extra { try write(Array(file.xml.utf8), to: file.path, output) }
        let openData: [(path: String, bytes: [UInt8])]
        do {
            openData = try OpenDataWriter(index: index, views: views).files()
        } catch {
            throw DiagnosticsError([Diagnostic(.error, .unreadableFile(reason: "\(error)"), at: SourceLocation(path: URLScheme.documentsJSON))])
        }
        for file in openData { try write(file.bytes, to: file.path, output) }
        return (pageTemplates, plans.count + extra.count + openData.count)
    }

    private func write(_ bytes: [UInt8], to path: String, _ output: some OutputSink) throws(DiagnosticsError) {
        do {
            try output.write(bytes, to: path)
        } catch {
            throw DiagnosticsError([Diagnostic(.error, .unreadableFile(reason: "\(error)"), at: SourceLocation(path: path))])
        }
    }

    private func sitemapEntries(_ plans: [PagePlan]) -> [(url: String, lastModified: CalendarDate?)] {
        plans.compactMap { plan in
            switch plan {
            case .article(let i): (URLScheme.article(index.articles[i]), index.articles[i].updated ?? index.articles[i].date)
            case .story(let i): (URLScheme.story(index.stories[i]), index.stories[i].date)
            case .document(let i): (URLScheme.document(index.documents[i]), index.documents[i].issued)
            case .page(let i): (URLScheme.page(index.pages[i]), nil)
            case .home: (URLScheme.home, nil)
            case .documentIndex: (URLScheme.documents, nil)
            case .documentFacet(let entry): (entry.facet.url, nil)
            case .newsList(let n): (URLScheme.paginated(URLScheme.news, page: n), nil)
            case .storyList(let n): (URLScheme.paginated(URLScheme.stories, page: n), nil)
            case .taxonomy(let t): (URLScheme.taxonomy(t), nil)
            case .term(let t, let e, let n):
                index.taxonomies[t].map { (URLScheme.paginated(URLScheme.term(t, $0[e].id), page: n), nil) }
            case .notFound, .alias: nil
            }
        }
    }
}

import PortalModel
import PortalTemplates

/// Renders every planned page on all cores and streams it to the output, and meanwhile the
/// feeds, the sitemap, robots.txt, the search index and the open data.
struct SiteWriter {
    let index: SiteIndex
    let views: ViewBuilder
    let templates: TemplateLibrary

    /// Every page as planned, rendered and written, by output path, and the number of files.
    /// `plans` is `PagePlanner`'s plan, checked (`SiteIndex.aliasCollisions`).
    func writePages(_ plans: [PagePlan], into output: some OutputSink) throws(DiagnosticsError) -> (pages: [String: PageRecord], files: Int) {
        // The feeds, sitemap, search index and open data need no rendered page: they are
        // written meanwhile, so the stage ends when the last page does. Both finish before
        // either's error is thrown (the output is discarded after a failure).
        let siteFiles = Pending { () -> Result<Int, DiagnosticsError> in
            Result { () throws(DiagnosticsError) in try writeSiteFiles(plans: plans, into: output) }
        }
        let pages = Result { () throws(DiagnosticsError) in try render(plans, into: output) }
        let extra = siteFiles.value ?? .success(0)
        return (try pages.get(), plans.count + (try extra.get()))
    }

    /// Renders `plans` on all cores and writes each page as soon as it is ready.
    func render(_ plans: [PagePlan], into output: some OutputSink) throws(DiagnosticsError) -> [String: PageRecord] {
        let renderer = PageRenderer(views: views, templates: templates, facets: DocumentFacets(index: index))
        let results = plans.parallelMap { plan -> Result<(String, PageRecord), DiagnosticsError> in
            do throws(DiagnosticsError) {
                let page = try renderer.render(plan)
                try write(page.html.utf8, to: page.path, output)
                return .success((page.path, PageRecord(plan: plan, template: page.template, dependencies: page.dependencies.sorted())))
            } catch {
                return .failure(error)
            }
        }
        var records: [String: PageRecord] = [:]
        var failures: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let (path, record)): records[path] = record
            case .failure(let error): failures += error.diagnostics
            }
        }
        if !failures.isEmpty { throw DiagnosticsError(failures) }
        return records
    }

    /// Feeds, sitemap, robots.txt and the open data of the index; returns how many files.
    func writeSiteFiles(plans: [PagePlan], into output: some OutputSink) throws(DiagnosticsError) -> Int {
        let sitemap = SitemapWriter(index: index, views: views)
        let files = sitemap.files(for: index.pageAddresses(plans)) + [("robots.txt", sitemap.robots())]
        for file in files { try write(file.xml.utf8, to: file.path, output) }
        try writeSearchIndex(into: output)
        return files.count + 1 + (try writeFeeds(into: output)) + (try writeOpenData(into: output))
    }

    /// `/tim-kiem/index.json`, what the search page searches.
    func writeSearchIndex(into output: some OutputSink) throws(DiagnosticsError) {
        try write(SearchIndexWriter(index: index, bodies: views.bodies).json(), to: URLScheme.outputFile(for: URLScheme.searchIndex), output)
    }

    /// The Atom feeds; returns how many files.
    func writeFeeds(into output: some OutputSink) throws(DiagnosticsError) -> Int {
        let feeds = FeedWriter(index: index, views: views).feeds()
        for file in feeds { try write(file.xml.utf8, to: file.path, output) }
        return feeds.count
    }

    /// `/van-ban/index.json` and `index.csv`; returns how many files.
    func writeOpenData(into output: some OutputSink) throws(DiagnosticsError) -> Int {
        let openData: [(path: String, bytes: [UInt8])]
        do {
            openData = try OpenDataWriter(index: index, views: views).files()
        } catch {
            throw DiagnosticsError([Diagnostic(.error, .unreadableFile(reason: "\(error)"), at: SourceLocation(path: URLScheme.documentsJSON))])
        }
        for file in openData { try write(file.bytes, to: file.path, output) }
        return openData.count
    }

    private func write(_ bytes: some Collection<UInt8> & Sendable, to path: String, _ output: some OutputSink) throws(DiagnosticsError) {
        do {
            try output.write(bytes, to: path)
        } catch {
            throw DiagnosticsError([Diagnostic(.error, .unreadableFile(reason: "\(error)"), at: SourceLocation(path: path))])
        }
    }
}

/// What the site writer remembers of a page: its plan, its template and what it shows.
struct PageRecord: Sendable {
    let plan: PagePlan
    let template: TemplateName
    /// The content files it shows, sorted (an array: a warm build restores 16,000 of these, and
    /// looks one or two paths up in each).
    let dependencies: [String]
}

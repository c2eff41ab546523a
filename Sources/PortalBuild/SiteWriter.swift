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

extension SiteIndex {
    /// An alias may not take the address of a page or file the portal makes itself (a list, a
    /// term page, a feed, the open data, media and assets): its redirect would replace it.
    /// (Item pages are checked with the URLs, in `OutputPaths`.)
    func aliasCollisions(_ plans: [PagePlan]) -> [Diagnostic] {
        let generated = Set(pageAddresses(plans.filter { $0.item == nil }).map { URLScheme.outputFile(for: $0.url) }
            + ["404.html", "sitemap.xml", "robots.txt"]
            + [URLScheme.feed, URLScheme.newsFeed, URLScheme.documentsFeed, URLScheme.documentsJSON, URLScheme.documentsCSV]
                .map { URLScheme.outputFile(for: $0) })
        return plans.compactMap { plan in
            guard case .alias(let from, _, _, let source) = plan else { return nil }
            let file = URLScheme.outputFile(for: from)
            let folders = file.split(separator: "/").dropLast().map(String.init)
            let prefixes = folders.indices.map { folders[...$0].joined(separator: "/") }
            guard generated.contains(file) || prefixes.contains(where: { generated.contains($0) || $0.hasSuffix(".xml") })
                    || ["media", "assets"].contains(folders.first ?? "") else { return nil }
            return Diagnostic(.error, .reservedAddress(url: from, alias: true), at: source)
        }
    }

    /// The address of every planned page (redirects left out), with its date for the sitemap.
    func pageAddresses(_ plans: [PagePlan]) -> [(url: String, lastModified: CalendarDate?)] {
        plans.compactMap { plan in
            switch plan {
            case .article(let i): (URLScheme.article(articles[i]), lastModified(of: .article(i)))
            case .story(let i): (URLScheme.story(stories[i]), stories[i].date)
            case .document(let i): (URLScheme.document(documents[i]), documents[i].issued)
            case .page(let i): (URLScheme.page(pages[i]), nil)
            case .home: (URLScheme.home, nil)
            case .documentIndex: (URLScheme.documents, nil)
            case .documentFacet(let entry): (entry.facet.url, nil)
            case .documentFacetFamily(let family): (family.url, nil)
            case .newsList(let n): (URLScheme.paginated(URLScheme.news, page: n), nil)
            case .storyList(let n): (URLScheme.paginated(URLScheme.stories, page: n), nil)
            case .taxonomy(let t): (URLScheme.taxonomy(t), nil)
            case .term(let t, let e, let n):
                taxonomies[t].map { (URLScheme.paginated(URLScheme.term(t, $0[e].id), page: n), nil) }
            case .notFound, .search, .alias: nil
            }
        }
    }
}

import PortalMarkdown
import PortalModel
import PortalSource
import PortalTemplates

/// The whole build, top to bottom: read → validate → index → Markdown → templates → pages → assets.
/// Every stage is a value-in, value-out step; problems are collected and the build fails once.
public struct BuildPipeline: Sendable {
    public let fileSystem: any FileSystem
    public let options: BuildOptions
    public let progress: @Sendable (BuildStage, Duration) -> Void

    public init(fileSystem: any FileSystem, options: BuildOptions = .init(),
                progress: @escaping @Sendable (BuildStage, Duration) -> Void = { _, _ in }) {
        self.fileSystem = fileSystem
        self.options = options
        self.progress = progress
    }

    /// Builds the site into `output`; throws every diagnostic (errors and warnings) on failure.
    public func run(into output: some OutputSink) throws(DiagnosticsError) -> BuildReport {
        try build(into: output).report
    }

    /// `dxportal check`: every stage, into memory, then every internal link and anchor of the
    /// rendered site. Returns all diagnostics, errors and warnings.
    public func check() -> [Diagnostic] {
        let output = MemoryOutput()
        do {
            let built = try build(into: output, linksFollowedLater: true)
            let bodyLinks = built.index.bodyLinks(built.bodies)
            let config = built.index.config
            let menu = Dictionary(config.menu.map { (ViewBuilder.siteURL($0.url, base: config.baseURL), $0.location ?? SourceLocation(path: "content/site.yml")) },
                                  uniquingKeysWith: { first, _ in first })
            let broken = LinkChecker(basePath: config.baseURL.path, files: output.files,
                                     templates: built.pages.mapValues(\.template), bodyLinks: bodyLinks, menu: menu).check()
            return (built.report.warnings + broken.map { ThemeLinks.placed($0, basePath: config.baseURL.path, fileSystem: fileSystem, folder: options.templatesFolder) }).sorted()
        } catch {
            return error.diagnostics
        }
    }

    /// The outcome of a successful build and what later checks need to know of it.
    struct BuiltSite {
        let report: BuildReport
        let content: SiteContent
        let index: SiteIndex
        let bodies: RenderedBodies
        let templates: TemplateLibrary
        let pages: [String: PageRecord]
        let diagnostics: [Diagnostic]
    }

    /// `linksFollowedLater`: `check` follows every link of the written pages itself, anchors too.
    func build(into output: some OutputSink, linksFollowedLater: Bool = false) throws(DiagnosticsError) -> BuiltSite {
        var diagnostics: [Diagnostic] = []
        let read = timed(.read) { SourceReader(fileSystem: fileSystem, contentFolder: options.contentFolder).read() }
        diagnostics += read.1
        guard var content = read.0 else { throw DiagnosticsError(diagnostics) }
        if let baseURL = options.baseURL { content.config.baseURL = baseURL }
        diagnostics += timed(.validate) { SiteValidator(content: content).validate() }
        let asOf = options.asOf ?? ContentDates.newest(in: content)
        let (index, indexDiagnostics) = timed(.index) {
            SiteIndexer(content: content, asOf: asOf, includeDrafts: options.includeDrafts).index()
        }
        diagnostics += indexDiagnostics
        // A file that could not be read is reported once: links to it and citations of what
        // it may hold are not reported as well.
        let unreadable = Set(read.1.filter { $0.severity == .error }.map(\.location.path))
        var resolver = LinkResolver(basePath: index.config.baseURL.path, urlBySourcePath: index.urlBySourcePath,
                                    media: content.media, contentFolder: options.contentFolder)
        resolver.unreadable = unreadable
        let bodies = timed(.markdown) { BodyRenderer(index: index, resolver: resolver).render() }
        diagnostics += bodies.diagnostics
        if !unreadable.isEmpty { diagnostics = diagnostics.filter(FollowOnProblems.keep) }
        let linked = index.with(graph: index.graph.addingBodyCitations(bodies, index: index))
        if options.strict { diagnostics = diagnostics.map(StrictMode.promote) }
        // Planned before the errors stop the build, so that aliases over the portal's own pages
        // are reported with every other problem.
        let plans = PagePlanner(index: linked).plan()
        diagnostics += linked.aliasCollisions(plans)
        let templates = timed(.templates) { ThemeLoader(fileSystem: fileSystem, folder: options.templatesFolder).templates() }
        if case .failure(let error) = templates { diagnostics += error.diagnostics }
        guard !diagnostics.hasErrors, case .success(let library) = templates else { throw DiagnosticsError(diagnostics) }
        let views = ViewBuilder(index: linked, bodies: bodies, templates: library)
        let written = RecordingOutput(output)
        let pages = try timed(.render) { () throws(DiagnosticsError) -> (pages: [String: PageRecord], files: Int) in
            try SiteWriter(index: linked, views: views, templates: library).writePages(plans, into: written)
        }
        let files = try timed(.assets) { () throws(DiagnosticsError) -> Int in
            try StaticFiles(fileSystem: fileSystem, options: options).copy(into: written)
        }
        var brokenLinks = WrittenLinks.brokenMenuLinks(content.config.menu, written: written.paths)
        if !linksFollowedLater {
            brokenLinks += WrittenLinks.brokenBodyLinks(linked.bodyLinks(bodies), basePath: linked.config.baseURL.path, written: written.paths)
        }
        if !brokenLinks.isEmpty { throw DiagnosticsError(diagnostics + brokenLinks) }
        let report = BuildReport(filesWritten: pages.files + files, pagesWritten: pages.pages.count,
                                 warnings: diagnostics.filter { $0.severity == .warning }.sorted(), asOf: asOf,
                                 basePath: linked.config.baseURL.path)
        return BuiltSite(report: report, content: content, index: linked, bodies: bodies, templates: library,
                         pages: pages.pages, diagnostics: diagnostics)
    }

    private func timed<T, E: Error>(_ stage: BuildStage, _ work: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        progress(stage, clock.now - start)
        return result
    }
}

/// The fallback "today": the newest date found in the content, so builds never read the clock.
enum ContentDates {
    static func newest(in content: SiteContent) -> CalendarDate {
        let dates = content.articles.map(\.date) + content.stories.map(\.date) + content.documents.map(\.issued)
        return dates.max() ?? CalendarDate(daysSinceEpoch: 0)
    }
}

/// Addresses inside the portal must lead to a file the build wrote: the menu's (`/tin-tuc/`)
/// and those in bodies (`/lien-he/`, or a file's page). Anchors are left to `dxportal check`,
/// which reads every page.
enum WrittenLinks {
    static func brokenMenuLinks(_ menu: [MenuItem], written: Set<String>) -> [Diagnostic] {
        menu.compactMap { item in
            guard item.url.hasPrefix("/"), !item.url.hasPrefix("//"), !leadsToWrittenFile(item.url, written: written) else { return nil }
            return Diagnostic(.error, .brokenMenuLink(url: item.url), at: item.location ?? SourceLocation(path: "content/site.yml"))
        }
    }

    /// `links`: each page's body links, as resolved (under `basePath`).
    static func brokenBodyLinks(_ links: [String: [BodyLink]], basePath: String, written: Set<String>) -> [Diagnostic] {
        links.values.joined().compactMap { link in
            guard link.url.hasPrefix(basePath), !leadsToWrittenFile("/" + link.url.dropFirst(basePath.count), written: written) else { return nil }
            return Diagnostic(.error, .brokenLink(target: link.url), at: link.location)
        }.sorted()
    }

    /// Whether the site path (`/tin-tuc/?trang=2#a`) is a file written, or a folder with its index.
    private static func leadsToWrittenFile(_ url: String, written: Set<String>) -> Bool {
        let raw = String(url.prefix { $0 != "?" && $0 != "#" })
        let file = URLScheme.outputFile(for: raw.removingPercentEncoding ?? raw)
        return written.contains(file) || written.contains(file + "/index.html")
    }
}

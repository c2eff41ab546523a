import Foundation
import PortalMarkdown
import PortalModel
import PortalSource

/// `dxportal build` with the build cache: after an edit that keeps every item's shape (a text, a
/// title or a summary corrected), only the pages that show the edited files are rendered and
/// rewritten in place in the output folder; otherwise, or when the cache cannot be trusted, the
/// full build runs into a staging folder that replaces the output. Both give the same bytes.
public struct CachedBuilder: Sendable {
    public let root: URL
    public let destination: URL
    public let options: BuildOptions
    public let useCache: Bool
    public let progress: @Sendable (BuildStage, Duration) -> Void

    public init(root: URL, destination: URL, options: BuildOptions, useCache: Bool = true,
                progress: @escaping @Sendable (BuildStage, Duration) -> Void = { _, _ in }) {
        self.root = root
        self.destination = destination.standardizedFileURL
        self.options = options
        self.useCache = useCache
        self.progress = progress
    }

    /// How the build went.
    public struct Outcome: Sendable {
        public let report: BuildReport
        /// Pages rendered: all of them for a full build, the dependents of the edit for a warm one.
        public let pagesRendered: Int
        public let warm: Bool
    }

    public func run() throws -> Outcome {
        let fileSystem = DiskFileSystem(root: root)
        let cache = BuildCache(root: root, key: cacheKey())
        let inputs = useCache ? InputFiles(fileSystem: fileSystem, options: options).hashed() : nil
        if let inputs, let previous = cache.load(), let outcome = warm(previous, inputs: inputs, cache: cache, fileSystem: fileSystem) {
            return outcome
        }
        let staged = try StagedDirectoryOutput(destination: destination)
        let built: BuildPipeline.BuiltSite
        do {
            built = try BuildPipeline(fileSystem: fileSystem, options: options, progress: progress).build(into: staged)
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
        if let inputs {
            cache.save(CachedBuild(built, inputs: inputs, output: OutputStamps.read(destination, paths: staged.writtenPaths)))
        } else {
            cache.remove()
        }
        return Outcome(report: built.report, pagesRendered: built.pages.count, warm: false)
    }

    /// The warm path; nil when the cache does not apply (the full build then runs).
    private func warm(_ previous: CachedBuild, inputs: [CachedBuild.InputFile], cache: BuildCache,
                      fileSystem: DiskFileSystem) -> Outcome? {
        guard previous.inputs.map(\.path) == inputs.map(\.path),
              OutputStamps.read(destination, paths: previous.output.map(\.path)) == previous.output else { return nil }
        let changed = zip(previous.inputs, inputs).filter { $0.0.hash != $0.1.hash }.map(\.1.path)
        // Only content files may have changed: site.yml, issuers.yml, media and the theme take the full build.
        guard changed.allSatisfy({ SiteSession.kind(of: $0) != nil }) else { return nil }
        guard let site = restore(previous, fileSystem: fileSystem) else { return nil }
        if changed.isEmpty {
            return Outcome(report: site.report, pagesRendered: 0, warm: true)
        }
        guard let update = site.updating(changed: Set(changed), fileSystem: fileSystem, options: options) else { return nil }
        // A file the full build did not write (cannot happen for same-shape edits): start afresh.
        let known = Set(previous.output.map(\.path))
        guard update.files.keys.allSatisfy(known.contains) else { return nil }
        let output: [CachedBuild.OutputFile]
        do {
            let written = try OutputStamps.replace(update.files, in: destination)
            let stamps = Dictionary(written.map { ($0.path, $0) }, uniquingKeysWith: { $1 })
            output = previous.output.map { stamps[$0.path] ?? $0 }
        } catch {
            cache.remove()
            return nil
        }
        cache.save(CachedBuild(update.site, inputs: inputs, output: output))
        return Outcome(report: update.site.report, pagesRendered: update.rendered, warm: true)
    }

    /// The last good build as the incremental update needs it: items from the cache, the index
    /// and document graph computed again, the theme loaded again; body HTML is not kept.
    private func restore(_ cached: CachedBuild, fileSystem: DiskFileSystem) -> BuildPipeline.BuiltSite? {
        let (settings, diagnostics) = SourceReader(fileSystem: fileSystem, contentFolder: options.contentFolder).readSettings()
        guard var content = settings, !diagnostics.hasErrors else { return nil }
        if let baseURL = options.baseURL { content.config.baseURL = baseURL }
        content.articles = cached.articles
        content.documents = cached.documents
        content.stories = cached.stories
        content.pages = cached.pages
        let (index, _) = SiteIndexer(content: content, asOf: cached.asOf, includeDrafts: options.includeDrafts).index()
        let counts = [index.articles.count, index.documents.count, index.stories.count, index.pages.count]
        guard counts.reduce(0, +) == cached.bodies.count, case .success(let templates) =
                ThemeLoader(fileSystem: fileSystem, folder: options.templatesFolder).templates() else { return nil }
        var rest = cached.bodies[...]
        func take(_ count: Int) -> [RenderedMarkdown] {
            defer { rest = rest.dropFirst(count) }
            return Array(rest.prefix(count))
        }
        let bodies = RenderedBodies(articles: take(counts[0]), documents: take(counts[1]), stories: take(counts[2]), pages: take(counts[3]))
        let linked = index.with(graph: index.graph.addingBodyCitations(bodies, index: index))
        let report = BuildReport(filesWritten: cached.filesWritten, pagesWritten: cached.records.count,
                                 warnings: cached.warnings, asOf: cached.asOf, basePath: linked.config.baseURL.path)
        guard let records = CachedBuild.PageEntry.records(cached.records, inputs: cached.inputs) else { return nil }
        return BuildPipeline.BuiltSite(report: report, content: content, index: linked, bodies: bodies, templates: templates,
                                       pages: records, diagnostics: cached.warnings)
    }

    /// What makes a cache unusable when it differs: this program, its options and the output folder.
    private func cacheKey() -> String {
        var info = stat()
        // stat follows the /proc link to the executable itself: a rebuilt program has another time.
        let program = stat("/proc/self/exe", &info) == 0
            ? "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "unknown"
        return [program, options.asOf?.description ?? "-", "\(options.includeDrafts)", options.baseURL.map { $0.origin + $0.path } ?? "-",
                "\(options.strict)", options.contentFolder, options.templatesFolder, destination.path].joined(separator: "|")
    }
}

extension CachedBuild {
    /// What to remember of a good build; bodies keep everything but their HTML.
    init(_ site: BuildPipeline.BuiltSite, inputs: [InputFile], output: [OutputFile]) {
        func withoutText<T>(_ items: [T], _ clear: (inout T) -> Void) -> [T] {
            items.map { var item = $0; clear(&item); return item }
        }
        self.init(inputs: inputs,
                  articles: withoutText(site.content.articles) { $0.body.text = "" },
                  documents: withoutText(site.content.documents) { $0.body.text = "" },
                  stories: withoutText(site.content.stories) { $0.body.text = "" },
                  pages: withoutText(site.content.pages) { $0.body.text = "" },
                  // What other pages need of a body: its excerpt and what it cites. A page that shows
                  // the body itself renders it again from its file.
                  bodies: (site.bodies.articles + site.bodies.documents + site.bodies.stories + site.bodies.pages)
                      .map { RenderedMarkdown(html: "", headings: [], excerpt: $0.excerpt, citedDocuments: $0.citedDocuments,
                                              links: [], diagnostics: []) },
                  records: PageEntry.entries(site.pages, inputs: inputs),
                  warnings: site.report.warnings, asOf: site.report.asOf, filesWritten: site.report.filesWritten,
                  output: output)
    }
}

/// Every file a build reads (content and theme), hashed on all cores, in path order.
struct InputFiles {
    let fileSystem: DiskFileSystem
    let options: BuildOptions

    func hashed() -> [CachedBuild.InputFile]? {
        var paths: [String] = []
        for folder in [options.contentFolder, options.templatesFolder] {
            guard let files = try? fileSystem.files(under: folder) else { return nil }
            paths += files.map { "\(folder)/\($0)" }
        }
        let hashes = paths.parallelMap { path in (try? fileSystem.read(path)).map(ContentHash.of) }
        var inputs: [CachedBuild.InputFile] = []
        for (path, hash) in zip(paths, hashes) {
            guard let hash else { return nil }
            inputs.append(CachedBuild.InputFile(path: path, hash: hash))
        }
        return inputs
    }
}

/// Sizes and modification times of output files, to see that nobody changed the output since.
enum OutputStamps {
    static func read(_ folder: URL, paths: [String]) -> [CachedBuild.OutputFile] {
        paths.map { path in
            var info = stat()
            guard lstat(folder.path + "/" + path, &info) == 0 else { return CachedBuild.OutputFile(path: path, size: -1, modified: 0) }
            return CachedBuild.OutputFile(path: path, size: Int(info.st_size),
                                          modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
        }
    }

    /// Writes each file beside its old self and renames it over it; returns the new stamps.
    static func replace(_ files: [String: [UInt8]], in folder: URL) throws -> [CachedBuild.OutputFile] {
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            guard let relative = SafeOutputPath.validate(path) else { throw CocoaError(.fileWriteInvalidFileName) }
            try PlainFile.replace(bytes, at: folder.path + "/" + relative)
        }
        return read(folder, paths: files.keys.sorted())
    }
}

extension CachedBuild.PageEntry {
    /// Page records with their dependencies as positions in the list of input files (-1 for a
    /// path that is not an input: such a cache is never used).
    static func entries(_ records: [String: PageRecord], inputs: [CachedBuild.InputFile]) -> [Self] {
        let position = Dictionary(inputs.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        return records.sorted { $0.key < $1.key }.map { path, record in
            Self(path: path, plan: record.plan, template: record.template,
                 dependencies: record.dependencies.map { position[$0] ?? -1 }.sorted())
        }
    }

    static func records(_ entries: [Self], inputs: [CachedBuild.InputFile]) -> [String: PageRecord]? {
        var records: [String: PageRecord] = [:]
        for entry in entries {
            guard entry.dependencies.allSatisfy(inputs.indices.contains) else { return nil }
            records[entry.path] = PageRecord(plan: entry.plan, template: entry.template,
                                             dependencies: Set(entry.dependencies.map { inputs[$0].path }))
        }
        return records
    }
}

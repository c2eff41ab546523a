import Foundation
import PortalMarkdown
import PortalModel
import PortalSource
import PortalTemplates

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
        /// For a full build written over the previous output: the files written (new or changed)
        /// and removed (no longer made); nil when the output was replaced as a whole.
        public var updatedFiles: (written: Int, removed: Int)?
    }

    public func run() throws -> Outcome {
        let fileSystem = DiskFileSystem(root: root)
        let cache = BuildCache(root: root, key: cacheKey())
        var attempt = WarmAttempt()
        if useCache {
            attempt = warm(cache: cache, fileSystem: fileSystem)
            if let outcome = attempt.outcome { return outcome }
        }
        // An output that is as the last build left it gets only what changed written over it.
        // (Should putting the files in place fail part way, the output no longer matches its
        // stamps, so the next build starts afresh.)
        // The site, its pages and the snapshot are freed on another thread: a command-line
        // build exits without waiting for that (at 10,000 articles it took 0.04 s).
        let leftovers = Leftovers()
        defer { leftovers.releaseInBackground() }
        let built: BuildPipeline.BuiltSite
        let written: [WrittenFile]
        var updated: (written: Int, removed: Int)?
        if let previous = attempt.output {
            let output = try UpdatingDirectoryOutput(destination: destination, previous: previous.files)
            built = try fullBuild(into: output, fileSystem: fileSystem)
            written = output.writtenFiles
            updated = (output.changedFiles.count, output.removedFiles)
        } else {
            let output = try StagedDirectoryOutput(destination: destination)
            built = try fullBuild(into: output, fileSystem: fileSystem)
            written = output.writtenFiles
        }
        leftovers.keep(built)
        if let inputs = attempt.inputs, let snapshot = CachedBuild(built, inputs: inputs) {
            leftovers.keep(snapshot)
            cache.save(snapshot, output: OutputStamps.read(destination, files: written))
        } else {
            cache.remove()
        }
        return Outcome(report: built.report, pagesRendered: built.pages.count, warm: false, updatedFiles: updated)
    }

    /// Builds everything into `output` and puts it in place; on failure the output is discarded.
    private func fullBuild(into output: some ReplacingOutput, fileSystem: DiskFileSystem) throws -> BuildPipeline.BuiltSite {
        do {
            let built = try BuildPipeline(fileSystem: fileSystem, options: options, progress: progress).build(into: output)
            try output.commit()
            return built
        } catch {
            output.discard()
            throw error
        }
    }

    /// Files changed since the snapshot beyond which a warm build writes a new one (each warm
    /// build re-reads and re-renders the bodies of all of them).
    static let snapshotRefresh = 50

    /// What the cache allows: a finished warm build, or the full build with the input hashes
    /// (nil when they could not be taken) and, when the output folder is exactly as the last
    /// build left it, the stamps of its files.
    private struct WarmAttempt {
        var outcome: Outcome?
        var inputs: FileHashes?
        var output: OutputStamps?
    }

    private func warm(cache: BuildCache, fileSystem: DiskFileSystem) -> WarmAttempt {
        let hasher = InputFiles(fileSystem: fileSystem, options: options)
        guard let state = cache.loadState() else { return WarmAttempt(inputs: hasher.hashed()) }
        // The snapshot is decoded and the theme loaded on other threads while the files are
        // hashed and the output checked.
        let snapshot = Pending { cache.loadSnapshot(for: state) }
        let theme = Pending { [options] in try? ThemeLoader(fileSystem: fileSystem, folder: options.templatesFolder).templates().get() }
        guard let inputs = hasher.hashed(reusing: state.inputs) else { return WarmAttempt() }
        guard state.output.areCurrent(in: destination) else { return WarmAttempt(inputs: inputs) }
        let leftovers = Leftovers()
        defer { leftovers.releaseInBackground() }
        leftovers.keep(snapshot)
        switch warm(inputs: inputs, state: state, snapshot: snapshot, theme: theme, cache: cache, fileSystem: fileSystem,
                    leftovers: leftovers) {
        case .built(let outcome): return WarmAttempt(outcome: outcome, inputs: inputs)
        case .notApplicable: return WarmAttempt(inputs: inputs, output: state.output)
        case .outputChanged: return WarmAttempt(inputs: inputs)
        }
    }

    private enum WarmResult {
        case built(Outcome)
        /// The edit needs the full build; the output is untouched.
        case notApplicable
        /// Writing failed part way: the output is no longer what the state records.
        case outputChanged
    }

    private func warm(inputs: FileHashes, state: CacheState, snapshot: Pending<CachedBuild>, theme: Pending<TemplateLibrary>,
                      cache: BuildCache, fileSystem: DiskFileSystem, leftovers: Leftovers) -> WarmResult {
        guard state.inputs.paths == inputs.paths else { return .notApplicable }
        let changed = inputs.changed(since: state.inputs)
        if changed.isEmpty {
            return .built(Outcome(report: state.report, pagesRendered: 0, warm: true))
        }
        guard let snapshot = snapshot.value, snapshot.inputs.paths == inputs.paths else { return .notApplicable }
        let sinceSnapshot = inputs.changed(since: snapshot.inputs)
        // Only content files may have changed: site.yml, issuers.yml, media and the theme take the full build.
        guard (changed + sinceSnapshot).allSatisfy({ SiteSession.kind(of: $0) != nil }),
              let templates = theme.value, let site = restore(snapshot, templates: templates, fileSystem: fileSystem),
              let update = site.updating(changed: Set(sinceSnapshot), rendering: Set(changed), fileSystem: fileSystem, options: options,
                                         searchIndexCurrent: state.searchIndexAsSnapshot)
        else { return .notApplicable }
        leftovers.keep(site)
        leftovers.keep(update.site)
        // A file the full build did not write (cannot happen for same-shape edits): start afresh.
        let known = Set(state.output.paths)
        guard update.files.keys.allSatisfy(known.contains) else { return .notApplicable }
        let output: OutputStamps
        do {
            output = state.output.replacing(try OutputStamps.replace(update.files, in: destination))
        } catch {
            cache.remove()
            return .outputChanged
        }
        if sinceSnapshot.count > Self.snapshotRefresh {
            if let refreshed = CachedBuild(update.site, inputs: inputs) { cache.save(refreshed, output: output) } else { cache.remove() }
        } else {
            cache.save(CacheState(snapshot: state.snapshot, inputs: inputs, output: output, report: update.site.report,
                                  searchIndexAsSnapshot: update.searchIndexAsBefore))
        }
        return .built(Outcome(report: update.site.report, pagesRendered: update.rendered, warm: true))
    }

    /// The snapshot's build as the incremental update needs it: items and index from the cache,
    /// settings and theme read again; body HTML is not kept.
    private func restore(_ cached: CachedBuild, templates: TemplateLibrary, fileSystem: DiskFileSystem) -> BuildPipeline.BuiltSite? {
        let (settings, diagnostics) = SourceReader(fileSystem: fileSystem, contentFolder: options.contentFolder).readSettings()
        guard var content = settings, !diagnostics.hasErrors else { return nil }
        if let baseURL = options.baseURL { content.config.baseURL = baseURL }
        content.articles = cached.articles.value
        content.documents = cached.documents
        content.stories = cached.stories.value
        content.pages = cached.pages
        guard let index = cached.index.index(of: content, asOf: cached.report.asOf) else { return nil }
        let counts = [index.articles.count, index.documents.count, index.stories.count, index.pages.count]
        guard counts.reduce(0, +) == cached.bodies.excerpts.count else { return nil }
        var rest = cached.bodies.rendered[...]
        func take(_ count: Int) -> [RenderedMarkdown] {
            defer { rest = rest.dropFirst(count) }
            return Array(rest.prefix(count))
        }
        let bodies = RenderedBodies(articles: take(counts[0]), documents: take(counts[1]), stories: take(counts[2]), pages: take(counts[3]))
        guard let records = cached.records.records(plans: PagePlanner(index: index).plan(), inputs: cached.inputs) else { return nil }
        return BuildPipeline.BuiltSite(report: cached.report, content: content, index: index, bodies: bodies, templates: templates,
                                       pages: records, diagnostics: cached.report.warnings)
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
    /// What to remember of a good build; nil if its records do not match its plan (never expected).
    init?(_ site: BuildPipeline.BuiltSite, inputs: FileHashes) {
        func withoutText<T>(_ items: [T], _ clear: (inout T) -> Void) -> [T] {
            items.map { var item = $0; clear(&item); return item }
        }
        let bodies = site.bodies.articles + site.bodies.documents + site.bodies.stories + site.bodies.pages
        guard let records = PageColumns(site.pages, plans: PagePlanner(index: site.index).plan(), inputs: inputs) else { return nil }
        self.init(inputs: inputs,
                  articles: FieldCoded(withoutText(site.content.articles) { $0.body.text = "" }),
                  documents: withoutText(site.content.documents) { $0.body.text = "" },
                  stories: FieldCoded(withoutText(site.content.stories) { $0.body.text = "" }),
                  pages: withoutText(site.content.pages) { $0.body.text = "" },
                  index: CachedIndex(site.index, content: site.content),
                  // A page that shows a body itself renders it again from its file.
                  bodies: BodyColumns(excerpts: bodies.map(\.excerpt), citedDocuments: bodies.map(\.citedDocuments)),
                  records: records, report: site.report)
    }
}

extension CachedBuild.BodyColumns {
    /// Bodies without HTML, headings or links: what pages showing other items need of them.
    var rendered: [RenderedMarkdown] {
        zip(excerpts, citedDocuments).map {
            RenderedMarkdown(html: "", headings: [], excerpt: $0, citedDocuments: $1, links: [], diagnostics: [])
        }
    }
}

/// Every file a build reads (content and theme), hashed on all cores, in path order.
///
/// As git does with its index, a file whose size, times and inode are those recorded last time
/// keeps its recorded hash without being read. Any write sets a file's change time (ctime) to the
/// current time, which no tool can set back; files changed in the last seconds before hashing
/// are recorded without a stamp, so an edit in the same clock tick as the read is never missed.
struct InputFiles {
    let fileSystem: DiskFileSystem
    let options: BuildOptions

    /// Seconds before the hashing started within which a file's stamp is not trusted.
    static let settleSeconds = 2

    func hashed(reusing previous: FileHashes? = nil) -> FileHashes? {
        var paths: [String] = []
        for folder in [options.contentFolder, options.templatesFolder] {
            guard let files = try? fileSystem.files(under: folder) else { return nil }
            paths += files.map { "\(folder)/\($0)" }
        }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let settled = now.tv_sec - Self.settleSeconds
        let listed = paths
        let known = previous.flatMap { $0.paths == listed ? $0 : nil }
        let root = fileSystem.root.path + "/"
        let results = Array(listed.indices).parallelMap { position -> (hash: UInt64, stamp: UInt64)? in
            var info = stat()
            guard stat(root + listed[position], &info) == 0 else { return nil }
            let stamp = info.st_ctim.tv_sec < settled ? Self.stamp(info) : 0
            if stamp != 0, let known, known.stamps[position] == stamp { return (known.hashes[position], stamp) }
            guard let bytes = try? fileSystem.read(listed[position]) else { return nil }
            return (ContentHash.of(bytes), stamp)
        }
        var hashes: [UInt64] = []
        var stamps: [UInt64] = []
        for result in results {
            guard let result else { return nil }
            hashes.append(result.hash)
            stamps.append(result.stamp)
        }
        return FileHashes(paths: paths, hashes: hashes, stamps: stamps)
    }

    /// Size, modification and change times, device and inode, folded into one number (never 0).
    private static func stamp(_ info: stat) -> UInt64 {
        let fields = [Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec, info.st_ctim.tv_sec, info.st_ctim.tv_nsec,
                      Int(truncatingIfNeeded: info.st_dev), Int(truncatingIfNeeded: info.st_ino)]
        return max(1, fields.withUnsafeBytes { ContentHash.of($0) })
    }
}

/// Sizes, file times and content hashes of output files, to see that nobody changed
/// the output since and which files a later full build need not write again (four columns, in
/// path order).
struct OutputStamps: FieldCodable, Equatable {
    var paths: [String]
    var sizes: [Int]
    var times: [Int]
    var hashes: [UInt64]

    /// Stamps of `files`, just written (size -1 for a missing one): those taken as they were
    /// written, the others looked up.
    static func read(_ folder: URL, files: [WrittenFile]) -> OutputStamps {
        let unknown = files.filter { $0.stamp == nil }.map(\.path)
        let looked = Dictionary(zip(unknown, stat(unknown, in: folder)), uniquingKeysWith: { $1 })
        let stamps = files.map { $0.stamp ?? looked[$0.path] ?? .missing }
        return OutputStamps(paths: files.map(\.path), sizes: stamps.map(\.size), times: stamps.map(\.time),
                            hashes: files.map(\.hash))
    }

    /// Whether every file is on disk with the size and time recorded.
    func areCurrent(in folder: URL) -> Bool {
        let stamps = Self.stat(paths, in: folder)
        return stamps.map(\.size) == sizes && stamps.map(\.time) == times
    }

    /// The files with their hashes.
    var files: [WrittenFile] {
        zip(paths, hashes).map { WrittenFile(path: $0, hash: $1) }
    }

    /// On all cores; each path is looked up from the open folder, not from the file system's root.
    private static func stat(_ paths: [String], in folder: URL) -> [FileStamp] {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        return paths.parallelMap { path -> FileStamp in
            var info = Glibc.stat()
            guard descriptor >= 0, fstatat(descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .missing }
            return FileStamp(info)
        }
    }

    /// These stamps with those of `newer` where it lists the same path.
    func replacing(_ newer: OutputStamps) -> OutputStamps {
        let position = Dictionary(newer.paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { $1 })
        var result = self
        for (index, path) in paths.enumerated() {
            guard let other = position[path] else { continue }
            result.sizes[index] = newer.sizes[other]
            result.times[index] = newer.times[other]
            result.hashes[index] = newer.hashes[other]
        }
        return result
    }

    /// Writes each file beside its old self and renames it over it; returns the new stamps.
    static func replace(_ files: [String: [UInt8]], in folder: URL) throws -> OutputStamps {
        var written: [WrittenFile] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let relative = try SafeOutputPath.checked(path)
            try PlainFile.replace(bytes, at: folder.path + "/" + relative)
            written.append(WrittenFile(path: relative, hash: ContentHash.of(bytes)))
        }
        return read(folder, files: written)
    }
}

extension OutputStamps {
    init(from source: CompactSource) throws {
        self.init(paths: try source.read(), sizes: try source.read(), times: try source.read(), hashes: try source.read())
    }

    func write(to sink: CompactSink) {
        paths.write(to: sink)
        sizes.write(to: sink)
        times.write(to: sink)
        hashes.write(to: sink)
    }
}

extension CachedBuild.PageColumns {
    /// Records in the order of `plans`, their dependencies as positions in `inputs`; nil when a
    /// planned page has no record or a dependency is not an input (such a cache is never used).
    init?(_ records: [String: PageRecord], plans: [PagePlan], inputs: FileHashes) {
        let position = Dictionary(inputs.paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let pathOfPlan = Dictionary(records.map { ($0.value.plan, $0.key) }, uniquingKeysWith: { first, _ in first })
        var columns = Self()
        for plan in plans {
            guard let path = pathOfPlan[plan], let record = records[path] else { return nil }
            let dependencies = record.dependencies.compactMap { position[$0] }
            guard dependencies.count == record.dependencies.count else { return nil }
            columns.paths.append(path)
            columns.templates.append(record.template)
            columns.dependencies.append(dependencies)
        }
        self = columns
    }

    func records(plans: [PagePlan], inputs: FileHashes) -> [String: PageRecord]? {
        guard plans.count == paths.count, templates.count == paths.count, dependencies.count == paths.count,
              dependencies.allSatisfy({ $0.allSatisfy(inputs.paths.indices.contains) }) else { return nil }
        var records: [String: PageRecord] = [:]
        records.reserveCapacity(paths.count)
        for (position, plan) in plans.enumerated() {
            records[paths[position]] = PageRecord(plan: plan, template: templates[position],
                                                  dependencies: dependencies[position].map { inputs.paths[$0] })
        }
        return records
    }
}

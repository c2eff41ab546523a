import PortalMarkdown
import PortalModel
import PortalSource
import PortalTemplates

/// A site kept in memory between builds (the preview). After an edit that leaves every item's
/// shape as it was (a corrected title, summary or text), it re-reads only the edited files,
/// re-renders their bodies and only the pages that show them, plus feeds and open data. Any
/// other change (a date, a new file, site.yml, a template, …) rebuilds everything. Either way
/// the files are byte-identical to a cold build of the same content.
public final class SiteSession: @unchecked Sendable {
    public let fileSystem: any FileSystem
    public let options: BuildOptions
    private var state: BuildPipeline.BuiltSite?
    private var files: [String: [UInt8]] = [:]

    public init(fileSystem: any FileSystem, options: BuildOptions) {
        self.fileSystem = fileSystem
        self.options = options
    }

    /// The outcome of a good build.
    public struct Update: Sendable {
        /// Every file of the site, by output path.
        public let files: [String: [UInt8]]
        public let basePath: String
        /// How many pages were rendered for this update.
        public let rendered: Int
        public let warnings: [Diagnostic]
        /// True when only the pages showing the edited items were rendered.
        public let incremental: Bool
    }

    /// Rebuilds after `changed` paths (relative to the root; empty: everything). Paths that are
    /// gone and were never part of the site (an editor's temporary file) are ignored; nil when
    /// nothing that matters changed.
    public func update(changed: Set<String>) -> Result<Update, DiagnosticsError>? {
        guard let state else { return full() }
        let relevant = changed.filter { fileSystem.exists($0) || state.content.item(at: $0) != nil || Self.isContentFile($0) }
        if !changed.isEmpty && relevant.isEmpty { return nil }
        if let update = incremental(state, changed: relevant) { return .success(update) }
        return full()
    }

    /// Files the reader would have read (so a vanished one may have been part of the site).
    private static func isContentFile(_ path: String) -> Bool {
        path.hasSuffix(".md") || path.hasSuffix(".yml") || path.hasSuffix(".mustache") || path.contains("/media/")
            || path.contains("/assets/")
    }

    private func full() -> Result<Update, DiagnosticsError> {
        let output = MemoryOutput()
        do {
            let built = try BuildPipeline(fileSystem: fileSystem, options: options).build(into: output)
            state = built
            files = output.files
            return .success(Update(files: files, basePath: built.index.config.baseURL.path, rendered: built.pages.count,
                                   warnings: built.report.warnings, incremental: false))
        } catch {
            return .failure(error)
        }
    }

    /// Nil when the edit needs a full build (or failed: the full build reports every problem).
    private func incremental(_ state: BuildPipeline.BuiltSite, changed: Set<String>) -> Update? {
        guard let update = state.updating(changed: changed, fileSystem: fileSystem, options: options) else { return nil }
        self.state = update.site
        files.merge(update.files) { _, new in new }
        return Update(files: files, basePath: update.site.index.config.baseURL.path, rendered: update.rendered,
                      warnings: update.site.report.warnings, incremental: true)
    }

}

extension BuildPipeline.BuiltSite {
    /// After an edit that leaves every item's shape as it was: re-reads only the edited files,
    /// re-renders their bodies and only the pages that show them, plus feeds (and open data when
    /// a document changed). Returns the updated site and the files that changed; nil when the
    /// edit needs a full build (or failed: the full build reports every problem).
    ///
    /// `rendering`, when given, narrows the pages rendered to those showing these files (the
    /// build cache re-reads every file edited since its snapshot, but the pages of earlier edits
    /// are already written). A body whose HTML is not in memory (a site restored from the build
    /// cache keeps none) is rendered again from its file when a page showing it is rendered.
    /// `searchIndexCurrent`: the output's search index is the one this site (`self`) wrote.
    /// `searchIndexAsBefore` in the result: the new index is that one too (it was not written).
    func updating(changed: Set<String>, rendering: Set<String>? = nil, fileSystem: any FileSystem, options: BuildOptions,
                  searchIndexCurrent: Bool = true)
        -> (site: BuildPipeline.BuiltSite, files: [String: [UInt8]], rendered: Int, searchIndexAsBefore: Bool)? {
        let rendering = rendering ?? changed
        guard !rendering.isEmpty else { return nil }
        var content = content
        var index = index
        var edited: [(ItemID, String)] = []
        var fileWarnings: [Diagnostic] = []
        for path in changed.sorted() {
            // A file that cannot be read (deleted, renamed) takes the full build, which reports it.
            guard let old = self.content.item(at: path), let shape = ItemShape(old), let kind = SiteSession.kind(of: path),
                  let bytes = try? fileSystem.read(path) else { return nil }
            let (parsed, diagnostics) = ContentParser().parse(kind: kind, path: path, bytes: bytes)
            guard let item = parsed, !diagnostics.hasErrors, ItemShape(item) == shape,
                  let position = index.replace(item) else { return nil }
            content.replace(item)
            edited.append((position, path))
            fileWarnings += diagnostics
        }
        let validation = SiteValidator(content: content, only: Set(edited.map(\.1))).validate()
        guard !validation.hasErrors else { return nil }
        fileWarnings += validation + index.frontMatterCitationWarnings(of: edited.map(\.0))
        let pages = self.pages.filter { page in rendering.contains(where: page.value.dependencies.contains) }
        let editedItems = Set(edited.map(\.0))
        var reloaded: [ItemID] = []
        for item in pages.values.compactMap(\.plan.item) where !editedItems.contains(item) && bodies[item].html.isEmpty {
            guard let path = index.sourcePath(of: item), let kind = SiteSession.kind(of: path),
                  let bytes = try? fileSystem.read(path),
                  let parsed = ContentParser().parse(kind: kind, path: path, bytes: bytes).0,
                  index.replace(parsed) != nil else { return nil }
            reloaded.append(item)
        }
        let resolver = LinkResolver(basePath: index.config.baseURL.path, urlBySourcePath: index.urlBySourcePath,
                                    media: content.media, contentFolder: options.contentFolder)
        var bodies = bodies
        let renderer = BodyRenderer(index: index, resolver: resolver)
        // A link to an address of the portal that is no page or media file (perhaps another file
        // the build writes): the full build decides, and reports it if it leads nowhere. The
        // addresses are gathered only for a body with links.
        lazy var pagesAndMedia = Set(pages.keys).union(content.media.keys.map { "media/" + $0.precomposedStringWithCanonicalMapping })
        for ((item, _), body) in zip(edited, renderer.render(edited.map(\.0))) {
            guard !body.diagnostics.hasErrors, body.citedDocuments == bodies[item].citedDocuments,
                  body.links.isEmpty
                      || WrittenLinks.brokenBodyLinks(["": body.links], basePath: index.config.baseURL.path, written: pagesAndMedia).isEmpty
            else { return nil }
            bodies[item] = body
            fileWarnings += body.diagnostics
        }
        for (item, body) in zip(reloaded, renderer.render(reloaded)) { bodies[item] = body }
        let output = MemoryOutput()
        let writer = SiteWriter(index: index, views: ViewBuilder(index: index, bodies: bodies, templates: templates), templates: templates)
        do {
            let rendered = try writer.render(pages.values.map(\.plan), into: output)
            // Same shapes: the sitemap and robots.txt cannot have changed; feeds and the search
            // index show titles and summaries, open data the documents' own fields.
            _ = try writer.writeFeeds(into: output)
            // The search index holds no text of the bodies but their excerpts: most edits leave it as it is.
            let sameIndex = SearchIndexWriter(index: index, bodies: bodies)
                .saysTheSame(as: SearchIndexWriter(index: self.index, bodies: self.bodies), about: edited.map(\.0))
            if !(sameIndex && searchIndexCurrent) { try writer.writeSearchIndex(into: output) }
            if rendering.contains(where: { SiteSession.kind(of: $0) == .document }) {
                _ = try writer.writeOpenData(into: output)
            }
            var records = self.pages
            records.merge(rendered) { _, new in new }
            // An edited file's warnings are all made again (parsing, checks, front-matter
            // citations, body): one the edit fixed goes, one that moved is told at its new line.
            let editedPaths = Set(edited.map(\.1))
            let kept = report.warnings.filter { !editedPaths.contains($0.location.path) }
            let warnings = Array(Set(kept + fileWarnings.filter { $0.severity == .warning })).sorted()
            var report = report
            report.warnings = warnings
            let site = BuildPipeline.BuiltSite(report: report, content: content, index: index, bodies: bodies,
                                               templates: templates, pages: records, diagnostics: warnings)
            return (site, output.files, pages.count, sameIndex)
        } catch {
            return nil
        }
    }
}

extension SiteIndex {
    /// The warnings the citations in edited items' front matter give (not indexed, other
    /// capitals), as the full build's index stage gives them. A same-shape edit cites the same
    /// documents, so no error can come of it.
    func frontMatterCitationWarnings(of items: [ItemID]) -> [Diagnostic] {
        let resolver = CitationResolver(documents: documents)
        var known: [String: CitationResolver.Outcome] = [:]
        var found: [Diagnostic] = []
        for item in items {
            switch item {
            case .article(let i): _ = resolver.resolve(articles[i].documents, known: &known, diagnostics: &found)
            case .story(let i): _ = resolver.resolve(stories[i].documents, known: &known, diagnostics: &found)
            case .document(let i):
                let relations = documents[i].relations
                for list in [relations.basedOn, relations.replaces, relations.amends, relations.guides] {
                    _ = resolver.resolve(list, known: &known, diagnostics: &found)
                }
            case .page: break
            }
        }
        return found.filter { $0.severity == .warning }
    }
}

extension SiteSession {
    /// The kind of a content file from its folder (`content/articles/…`).
    static func kind(of path: String) -> ContentKind? {
        let parts = path.split(separator: "/")
        guard parts.count >= 3, path.hasSuffix(".md") else { return nil }
        return ContentKind.allCases.first { $0.folder == parts[1] }
    }
}

extension PagePlan {
    /// The item whose own page this is.
    var item: ItemID? {
        switch self {
        case .article(let i): .article(i)
        case .story(let i): .story(i)
        case .document(let i): .document(i)
        case .page(let i): .page(i)
        default: nil
        }
    }
}

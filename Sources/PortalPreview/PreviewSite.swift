import PortalModel

/// What the preview serves at one moment: the last good site (in memory) and, when the last
/// rebuild failed, its diagnostics (shown over every page until the next good build).
public struct PreviewSite: Sendable {
    /// Output files by path relative to the site root (`tin-tuc/index.html`).
    public var files: [String: [UInt8]]
    /// The base path pages are served under, e.g. `/chuyen-doi-so/`.
    public var basePath: String
    /// The diagnostics of a failed rebuild, already formatted for people; empty after a good build.
    public var failure: [FailureLine]
    /// Increases with every rebuild.
    public var generation: Int

    public init(files: [String: [UInt8]] = [:], basePath: String = "/", failure: [FailureLine] = [], generation: Int = 0) {
        self.files = files
        self.basePath = basePath
        self.failure = failure
        self.generation = generation
    }
}

/// One diagnostic as the browser overlay shows it.
public struct FailureLine: Sendable, Hashable {
    public var place: String
    public var severity: String
    public var message: String
    public var hint: String?

    public init(_ diagnostic: Diagnostic, printer: DiagnosticPrinter) {
        let text = printer.message(for: diagnostic.problem)
        place = diagnostic.location.description
        severity = diagnostic.severity == .error ? "lỗi" : "cảnh báo"
        message = "\(text.message) [\(diagnostic.code)]"
        hint = text.hint
    }
}

/// Holds the current `PreviewSite`; request handlers read it, the rebuild loop replaces it.
public actor PreviewStore {
    private(set) var site: PreviewSite

    public init(_ site: PreviewSite = PreviewSite()) {
        self.site = site
    }

    public func current() -> PreviewSite { site }

    /// A good build: new files, no overlay.
    public func publish(files: [String: [UInt8]], basePath: String) {
        site = PreviewSite(files: files, basePath: basePath, failure: [], generation: site.generation + 1)
    }

    /// A failed build: keep the last good files, show the diagnostics.
    public func fail(_ lines: [FailureLine], basePath: String? = nil) {
        site.failure = lines
        if let basePath { site.basePath = basePath }
        site.generation += 1
    }
}

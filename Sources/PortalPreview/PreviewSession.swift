import Foundation
import PortalBuild
import PortalModel
import PortalSource

/// The preview's build loop: builds into memory, publishes good builds, shows failed ones as an
/// overlay over the last good site, and tells every open page to reload. One rebuild at a time.
public actor PreviewSession {
    let builder: SiteSession
    let store: PreviewStore
    let hub: ReloadHub
    let printer: DiagnosticPrinter
    let log: @Sendable (String) -> Void
    let root: URL
    let options: BuildOptions

    public init(root: URL, options: BuildOptions, store: PreviewStore, hub: ReloadHub, language: MessageLanguage,
                log: @escaping @Sendable (String) -> Void) {
        builder = SiteSession(fileSystem: DiskFileSystem(root: root), options: options)
        self.root = root
        self.options = options
        self.store = store
        self.hub = hub
        printer = DiagnosticPrinter(language: language)
        self.log = log
    }

    /// Rebuilds after `changed` paths (all when empty) and notifies the pages; returns success.
    @discardableResult
    public func rebuild(changed: Set<String> = []) async -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        guard let result = builder.update(changed: changed) else { return true }
        let elapsed = clock.now - start
        switch result {
        case .success(let outcome):
            await store.publish(files: outcome.files, basePath: outcome.basePath)
            await hub.broadcast("reload", data: String(outcome.rendered))
            let warnings = outcome.warnings.isEmpty ? "" : "\n" + printer.format(outcome.warnings)
            log("Đã dựng \(VietnameseFormat.count(outcome.rendered)) trang\(outcome.incremental ? " (chỉ phần thay đổi)" : "") trong \(VietnameseFormat.count(milliseconds(elapsed))) ms.\(warnings)")
            return true
        case .failure(let error):
            // Before any good build the site's address is not known yet: from site.yml if it says.
            let basePath = await store.current().files.isEmpty ? configuredBasePath() : nil
            await store.fail(error.diagnostics.sorted().map { FailureLine($0, printer: printer) }, basePath: basePath)
            await hub.broadcast("reload", data: "error")
            log(printer.format(error.diagnostics))
            return false
        }
    }

    private func configuredBasePath() -> String? {
        if let base = options.baseURL { return base.path }
        let file = root.appendingPathComponent(options.contentFolder).appendingPathComponent("site.yml")
        guard let data = try? Data(contentsOf: file) else { return nil }
        return SiteConfigParser().parseSite(path: "site.yml", bytes: Array(data)).0?.baseURL.path
    }

    private func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}

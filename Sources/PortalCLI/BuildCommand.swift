import ArgumentParser
import Foundation
import PortalBuild
import PortalModel
import PortalSource

/// `dxportal build`: content → `public/`, atomically; exit 1 with every diagnostic on bad content.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Dựng trang web từ content/ và templates/ vào public/.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Thư mục kết quả (mặc định: ROOT/public).")
    var output: String?

    @Flag(help: "Không in tiến trình.")
    var quiet = false

    @Flag(help: "Không dùng bộ đệm .dxportal-cache/: dựng lại toàn bộ (và xoá bộ đệm).")
    var noCache = false

    func validate() throws {
        let destination = output.map { URL(fileURLWithPath: $0) } ?? site.rootURL.appendingPathComponent("public")
        if let problem = OutputFolder.problem(destination, root: site.rootURL, options: BuildOptions()) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        let code = execute(environment: ProcessInfo.processInfo.environment)
        if code != 0 { throw ExitCode(code) }
    }

    /// Builds and reports; returns the exit code.
    func execute(environment: [String: String]) -> Int32 {
        let destination = output.map { URL(fileURLWithPath: $0) } ?? site.rootURL.appendingPathComponent("public")
        let printer = DiagnosticPrinter(language: site.lang)
        let reporter = ProgressReporter(quiet: quiet, language: site.lang)
        guard let options = site.buildOptions(environment: environment) else { return 2 }
        let builder = CachedBuilder(root: site.rootURL, destination: destination, options: options,
                                    useCache: !noCache, progress: { stage, duration in reporter.stage(stage, duration) })
        do {
            let outcome = try builder.run()
            let report = outcome.report
            if !report.warnings.isEmpty { reporter.error(printer.format(report.warnings)) }
            if outcome.warm { reporter.warm(pages: outcome.pagesRendered) }
            if let updated = outcome.updatedFiles { reporter.updated(written: updated.written, removed: updated.removed) }
            reporter.summary(report, output: destination.path)
            return 0
        } catch let error as DiagnosticsError {
            reporter.error(printer.format(error.diagnostics))
            reporter.failed(output: destination.path)
            return 1
        } catch let error as OutputPartlyUpdated {
            reporter.error(error.localizedDescription)
            return 1
        } catch {
            reporter.error("\(destination.path): \(error.localizedDescription)")
            reporter.failed(output: destination.path)
            return 1
        }
    }
}


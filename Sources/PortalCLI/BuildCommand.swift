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

    func run() throws {
        let code = execute(environment: ProcessInfo.processInfo.environment)
        if code != 0 { throw ExitCode(code) }
    }

    /// Builds and reports; returns the exit code.
    func execute(environment: [String: String]) -> Int32 {
        let destination = output.map { URL(fileURLWithPath: $0) } ?? site.rootURL.appendingPathComponent("public")
        let printer = DiagnosticPrinter(language: site.lang)
        let reporter = ProgressReporter(quiet: quiet, language: site.lang)
        let pipeline = BuildPipeline(fileSystem: DiskFileSystem(root: site.rootURL), options: site.buildOptions(environment: environment),
                                     progress: { stage, duration in reporter.stage(stage, duration) })
        let staged: StagedDirectoryOutput
        do {
            staged = try StagedDirectoryOutput(destination: destination)
        } catch {
            reporter.error("\(destination.path): \(error.localizedDescription)")
            return 1
        }
        do {
            let report = try pipeline.run(into: staged)
            try staged.commit()
            if !report.warnings.isEmpty { reporter.error(printer.format(report.warnings)) }
            reporter.summary(report, output: destination.path)
            return 0
        } catch let error as DiagnosticsError {
            staged.discard()
            reporter.error(printer.format(error.diagnostics))
            reporter.failed(output: destination.path)
            return 1
        } catch {
            staged.discard()
            reporter.error("\(destination.path): \(error.localizedDescription)")
            reporter.failed(output: destination.path)
            return 1
        }
    }
}


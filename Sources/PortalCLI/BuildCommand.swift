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

    @Option(help: "Thư mục gốc của cổng (chứa content/ và templates/).")
    var root: String = "."

    @Option(help: "Thư mục kết quả (mặc định: ROOT/public).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Thay base_url của site.yml, ví dụ https://thu-nghiem.gov.vn/cds/.")
    var baseURL: String?

    @Flag(help: "Dựng cả bài nháp và bài hẹn giờ đăng.")
    var drafts = false

    @Option(name: .customLong("as-of"), help: "Ngày dựng (\"hôm nay\"), dạng 2024-06-03 hoặc 03/6/2024.")
    var asOf: String?

    @Option(help: "Ngôn ngữ thông báo lỗi: vi hoặc en.")
    var lang: MessageLanguage = .vi

    @Flag(help: "Không in tiến trình.")
    var quiet = false

    @Flag(help: "Coi trích dẫn văn bản chưa có trong danh mục là lỗi.")
    var strict = false

    func validate() throws {
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url phải là địa chỉ đầy đủ, ví dụ https://thaibinh.gov.vn/chuyen-doi-so/")
        }
        if let asOf, case .failure = CalendarDate.parse(asOf) {
            throw ValidationError("--as-of: ngày không hợp lệ \"\(asOf)\"")
        }
    }

    func run() throws {
        let code = execute(environment: ProcessInfo.processInfo.environment)
        if code != 0 { throw ExitCode(code) }
    }

    /// Builds and reports; returns the exit code.
    func execute(environment: [String: String]) -> Int32 {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let destination = output.map { URL(fileURLWithPath: $0) } ?? rootURL.appendingPathComponent("public")
        let printer = DiagnosticPrinter(language: lang)
        let today = BuildDate.resolve(asOf: asOf, environment: environment, root: rootURL)
        let options = BuildOptions(asOf: today, includeDrafts: drafts, baseURL: baseURL.flatMap(BaseURL.init), strict: strict)
        let reporter = ProgressReporter(quiet: quiet, language: lang)
        let pipeline = BuildPipeline(fileSystem: DiskFileSystem(root: rootURL), options: options,
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

extension MessageLanguage: ExpressibleByArgument {}

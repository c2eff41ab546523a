import ArgumentParser
import Foundation
import PortalBuild
import PortalModel
import PortalSource

/// `dxportal check`: every build stage without writing, plus every internal link and anchor.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra nội dung, mẫu trang và mọi liên kết nội bộ mà không ghi tệp nào.")

    /// How diagnostics are printed.
    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    @OptionGroup var site: SiteOptions

    @Option(help: "Dạng kết quả: text (cho người đọc) hoặc json (cho CI).")
    var format: Format = .text

    func run() throws {
        let code = execute(environment: ProcessInfo.processInfo.environment)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(environment: [String: String]) -> Int32 {
        guard let options = site.buildOptions(environment: environment) else { return 2 }
        let pipeline = BuildPipeline(fileSystem: DiskFileSystem(root: site.rootURL), options: options)
        let diagnostics = pipeline.check()
        let printer = DiagnosticPrinter(language: site.lang)
        switch format {
        case .text:
            if diagnostics.isEmpty {
                print(site.lang == .vi ? "Không có lỗi." : "No problems found.")
            } else {
                print(printer.format(diagnostics))
            }
        case .json:
            print(DiagnosticJSON.encode(diagnostics, printer: printer))
        }
        return diagnostics.hasErrors ? 1 : 0
    }
}

/// The stable JSON form of diagnostics (documented in the README) for CI annotations.
public enum DiagnosticJSON {
    struct Entry: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let code: String
        let message: String
        let hint: String?
    }

    public static func encode(_ diagnostics: [Diagnostic], printer: DiagnosticPrinter = DiagnosticPrinter()) -> String {
        let entries = diagnostics.sorted().map { diagnostic in
            let text = printer.message(for: diagnostic.problem)
            return Entry(file: diagnostic.location.path, line: diagnostic.location.line, column: diagnostic.location.column,
                         severity: diagnostic.severity.rawValue, code: diagnostic.code, message: text.message, hint: text.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        guard let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

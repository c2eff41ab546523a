import ArgumentParser
import Foundation
import PortalBuild
import PortalModel
import PortalSource

/// `dxportal new article|document|story|page`: creates a content file at its contract path.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Tạo tệp nội dung mới (bài viết, văn bản, câu chuyện, trang) đúng chỗ, đúng mẫu.",
        subcommands: [NewArticle.self, NewDocument.self, NewStory.self, NewPage.self])

    func run() throws {
        throw ValidationError("hãy cho biết loại nội dung: dxportal new article|document|story|page …")
    }
}

/// Options shared by the `new` subcommands.
struct NewOptions: ParsableArguments {
    @Option(help: "Thư mục gốc của cổng (chứa content/).")
    var root: String = "."

    @Option(help: "Ngôn ngữ thông báo lỗi: vi hoặc en.")
    var lang: MessageLanguage = .vi

    func validate() throws {
        try SiteOptions.validateRoot(root)
    }

    /// Reads site.yml and issuers.yml, scaffolds, refuses to overwrite, writes; returns the exit code.
    func create(_ request: ContentScaffolder.Request) -> Int32 {
        let root = URL(fileURLWithPath: self.root).standardizedFileURL
        let fileSystem = DiskFileSystem(root: root)
        let printer = DiagnosticPrinter(language: lang)
        let parser = SiteConfigParser()
        let config: SiteConfig?
        var problems: [Diagnostic]
        var issuers: [Issuer] = []
        guard fileSystem.exists("content/site.yml") else {
            report(printer.format([Diagnostic(.error, .missingSiteFile, at: SourceLocation(path: "content/site.yml"))]))
            return 1
        }
        do {
            (config, problems) = parser.parseSite(path: "content/site.yml", bytes: try fileSystem.read("content/site.yml"))
            if fileSystem.exists("content/issuers.yml") {
                let parsed = parser.parseIssuers(path: "content/issuers.yml", bytes: try fileSystem.read("content/issuers.yml"))
                issuers = parsed.0
                problems += parsed.1
            }
        } catch {
            report(printer.format([Diagnostic(.error, .unreadableFile(reason: error.localizedDescription), at: SourceLocation(path: "content/site.yml"))]))
            return 1
        }
        guard let config, !problems.hasErrors else {
            report(printer.format(problems))
            return 1
        }
        var documents: [ContentScaffolder.ExistingDocument] = []
        if case .document = request {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/documents").path)) ?? []
            for name in names.sorted() where name.hasSuffix(".md") {
                let path = "content/documents/\(name)"
                guard let bytes = try? fileSystem.read(path),
                      case .document(let document)? = ContentParser().parse(kind: .document, path: path, bytes: bytes).0 else { continue }
                documents.append(.init(path: path, number: document.symbol.text, year: document.issued.year,
                                       issuer: document.issuer.value, slug: document.slug))
            }
        }
        switch ContentScaffolder(config: config, issuers: issuers).scaffold(request, documents: documents) {
        case .failure(let error):
            report(printer.format(error.diagnostics))
            return 1
        case .success(let file):
            let target = root.appendingPathComponent(file.path)
            guard !FileManager.default.fileExists(atPath: target.path) else {
                report(lang == .vi ? "\(file.path): tệp đã có; dxportal không ghi đè. Hãy sửa tệp đó, hoặc đặt tiêu đề khác (với văn bản: kiểm tra số, ký hiệu và ngày ban hành)."
                                   : "\(file.path): the file exists; dxportal never overwrites. Edit that file, or choose another title (for a document: check its number and issue date).")
                return 1
            }
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: target, options: .withoutOverwriting)
            } catch {
                report("\(file.path): \(error.localizedDescription)")
                return 1
            }
            print(lang == .vi ? "Đã tạo \(file.path)\nĐịa chỉ khi đăng: \(file.url)" : "Created \(file.path)\nAddress once published: \(file.url)")
            return 0
        }
    }

    private func report(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// A date option: `2024-06-03` or `03/6/2024`; today (Vietnam) when left out.
struct DateArgument {
    let date: CalendarDate

    /// For `@Option(transform:)`: an impossible date says why, in Vietnamese.
    static func parse(_ argument: String) throws -> DateArgument {
        switch CalendarDate.parse(argument) {
        case .success(let date): return DateArgument(date: date)
        case .failure(let error):
            throw ValidationError(DiagnosticPrinter(language: .vi).message(for: .invalidDate(text: argument, reason: error.reason)).message)
        }
    }

    init(date: CalendarDate) {
        self.date = date
    }

    /// Today in Asia/Ho_Chi_Minh (`SOURCE_DATE_EPOCH` when set, for reproducible scripts; one
    /// that is not a time is an error, as for `build`).
    static func today(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DateArgument {
        if let problem = BuildDate.epochProblem(environment) { throw ValidationError(problem) }
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(BuildDate.epochSeconds) ?? Int(Date().timeIntervalSince1970)
        return DateArgument(date: CalendarDate(vietnamTimestamp: seconds))
    }
}

struct NewArticle: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "article", abstract: "Bài viết mới: content/articles/NĂM/<tên>.md")
    @Argument(help: "Tiêu đề bài viết.") var title: String
    @Option(help: "Ngày đăng (mặc định hôm nay).", transform: DateArgument.parse) var date: DateArgument?
    @Option(help: "Trụ cột: mã trong site.yml, ví dụ chinh-quyen-so.") var pillar: String?
    @OptionGroup var options: NewOptions

    func run() throws {
        let code = options.create(.article(title: title, date: try (date ?? .today()).date, pillar: pillar))
        if code != 0 { throw ExitCode(code) }
    }
}

struct NewDocument: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "document", abstract: "Văn bản mới: content/documents/<số-ký-hiệu>.md")
    @Option(help: "Số ký hiệu đúng như trên văn bản, ví dụ 96/KH-UBND.") var number: String
    @Option(help: "Loại văn bản, ví dụ \"Kế hoạch\".") var type: String
    @Option(help: "Mã cơ quan ban hành trong issuers.yml.") var issuer: String
    @Option(help: "Ngày ban hành.", transform: DateArgument.parse) var issued: DateArgument
    @Option(help: "Trích yếu.") var title: String
    @OptionGroup var options: NewOptions

    func run() throws {
        let code = options.create(.document(number: number, type: type, issuer: issuer, issued: issued.date, title: title))
        if code != 0 { throw ExitCode(code) }
    }
}

struct NewStory: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "story", abstract: "Câu chuyện thành công mới: content/stories/<tên>.md")
    @Argument(help: "Tiêu đề câu chuyện.") var title: String
    @Option(help: "Địa phương: mã trong site.yml.") var locality: String
    @Option(help: "Ngày đăng (mặc định hôm nay).", transform: DateArgument.parse) var date: DateArgument?
    @OptionGroup var options: NewOptions

    func run() throws {
        let code = options.create(.story(title: title, date: try (date ?? .today()).date, locality: locality))
        if code != 0 { throw ExitCode(code) }
    }
}

struct NewPage: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "page", abstract: "Trang mới: content/pages/<tên>.md")
    @Argument(help: "Tiêu đề trang.") var title: String
    @OptionGroup var options: NewOptions

    func run() throws {
        let code = options.create(.page(title: title))
        if code != 0 { throw ExitCode(code) }
    }
}

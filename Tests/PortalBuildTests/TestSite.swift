import Foundation
import PortalBuild
import PortalModel
import PortalSource

/// Builds small sites from inline `[path: contents]` literals, in memory.
enum TestSite {
    static let siteYAML = """
    title: "Chuyển đổi số Thử nghiệm"
    base_url: "https://tinh.gov.vn/chuyen-doi-so/"
    language: vi
    timezone: Asia/Ho_Chi_Minh
    page_size: 2
    menu:
      - {title: "Tin tức", url: "/tin-tuc/"}
    localities:
      - {id: thai-binh, name: "Thái Bình"}
    """

    static let issuersYAML = """
    - {id: thu-tuong, name: "Thủ tướng Chính phủ", abbr: TTg, level: trung-uong}
    - {id: chinh-phu, name: "Chính phủ", abbr: CP, level: trung-uong}
    - {id: ubnd-thai-binh, name: "Ủy ban nhân dân tỉnh Thái Bình", abbr: UBND, level: tinh}
    - {id: tu-thai-binh, name: "Ban Chấp hành Đảng bộ tỉnh Thái Bình", abbr: TU, level: dang}
    """

    /// One tiny template per page kind, printing what the tests look for.
    static let templates: [String: String] = [
        "templates/base.mustache": "<!doctype html><html lang=\"vi\"><title>{{page.documentTitle}}</title>{{$main}}{{/main}}</html>\n",
        "templates/home.mustache": "{{<base}}{{$main}}HOME{{#content.news}}[{{title}}]{{/content.news}}{{/main}}{{/base}}",
        "templates/list.mustache": "{{<base}}{{$main}}LIST {{content.heading}}{{#content.items}}[{{title}}|{{url}}]{{/content.items}}{{#content.pagination}}{{#nextURL}}NEXT {{.}}{{/nextURL}}{{/content.pagination}}{{/main}}{{/base}}",
        "templates/article.mustache": "{{<base}}{{$main}}<h1>{{content.title}}</h1>{{content.dateText}}{{{content.bodyHTML}}}{{#content.documents}}DOC {{symbol}} {{url}};{{/content.documents}}{{/main}}{{/base}}",
        "templates/story.mustache": "{{<base}}{{$main}}<h1>{{content.title}}</h1>{{#content.metrics}}{{value}} {{unit}};{{/content.metrics}}{{/main}}{{/base}}",
        "templates/document.mustache": "{{<base}}{{$main}}<h1>{{content.symbol}}</h1>{{content.issuedLong}} {{content.statusName}}{{#content.basedOn}}BASED {{symbol}} {{url}};{{/content.basedOn}}{{#content.basedOnBy}}BY {{symbol}};{{/content.basedOnBy}}{{#content.tasks}}TASK {{number}} {{content}};{{/content.tasks}}{{#content.attachments}}FILE {{title}} {{sizeText}};{{/content.attachments}}{{#content.citedBy}}CITED {{title}};{{/content.citedBy}}{{#content.chain}}LEVEL{{#documents}} {{symbol}}{{/documents}};{{/content.chain}}JSONLD {{{content.jsonLD}}} {{{content.bodyHTML}}}{{/main}}{{/base}}",
        "templates/document-index.mustache": "{{<base}}{{$main}}<h1>{{content.heading}}</h1>{{#content.groups}}GROUP {{name}}:{{#rows}} ROW {{symbol}} {{issuedText}};{{/rows}}{{/content.groups}}{{/main}}{{/base}}",
        "templates/taxonomy.mustache": "{{<base}}{{$main}}{{#content.terms}}TERM {{name}} {{count}};{{/content.terms}}{{/main}}{{/base}}",
        "templates/page.mustache": "{{<base}}{{$main}}<h1>{{content.title}}</h1>{{{content.bodyHTML}}}{{/main}}{{/base}}",
        "templates/404.mustache": "{{<base}}{{$main}}404{{/main}}{{/base}}",
        "templates/search.mustache": "{{<base}}{{$main}}SEARCH {{content.indexURL}}{{/main}}{{/base}}",
        "templates/alias.mustache": "<!doctype html><meta http-equiv=\"refresh\" content=\"0; url={{targetURL}}\"><link rel=\"canonical\" href=\"{{canonicalURL}}\">",
    ]

    /// The files of a site: site.yml, issuers.yml and the templates, plus `files`.
    static func files(_ files: [String: String]) -> [String: String] {
        var all = templates
        all["content/site.yml"] = siteYAML
        all["content/issuers.yml"] = issuersYAML
        all.merge(files) { _, new in new }
        return all
    }

    static func build(_ files: [String: String], options: BuildOptions = BuildOptions(asOf: try? CalendarDate.parse("2025-01-01").get()))
        -> Result<MemoryOutput, DiagnosticsError> {
        let output = MemoryOutput()
        do {
            _ = try BuildPipeline(fileSystem: MemoryFileSystem(Self.files(files)), options: options).run(into: output)
            return .success(output)
        } catch {
            return .failure(error)
        }
    }

    static func article(title: String, date: String, extra: String = "", body: String = "Nội dung.") -> String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\n\(extra)---\n\(body)\n"
    }

    static func document(number: String, type: String, issuer: String, issued: String, extra: String = "", body: String = "") -> String {
        "---\nnumber: \"\(number)\"\ntype: \(type)\nissuer: \(issuer)\nissued: \(issued)\ntitle: \"Văn bản \(number)\"\n\(extra)---\n\(body)\n"
    }
}

extension Result where Success == MemoryOutput, Failure == DiagnosticsError {
    /// The output, or a test failure listing the diagnostics.
    func output() throws -> MemoryOutput {
        switch self {
        case .success(let output): return output
        case .failure(let error): throw BuildFailed(description: DiagnosticPrinter().format(error.diagnostics))
        }
    }

    /// The diagnostics of a failed build (empty when it succeeded).
    var diagnostics: [Diagnostic] {
        if case .failure(let error) = self { return error.diagnostics }
        return []
    }
}

struct BuildFailed: Error, CustomStringConvertible {
    let description: String
}

import Foundation
@testable import PortalBuild
import PortalCLI
import PortalModel
import PortalSource
import Testing

/// `dxportal check`: links and anchors of the rendered site, reported where they were written.
@Suite struct CheckCommandTests {
    static let article = """
    ---
    title: "Liên kết"
    date: 2024-03-01
    ---
    ## Mục tiêu

    Xem [mục tiêu](#muc-tieu), [văn bản](../../documents/749-qd-ttg.md#khong-co),
    [tin cũ](/tin-tuc/khong-co/) và [mục lạ](#muc-la).
    """

    func root(_ files: [String: String]) throws -> URL {
        let root = try FixtureSite.makeRoot()
        for (path, text) in files { try FixtureSite.write(text, to: root.appendingPathComponent(path)) }
        return root
    }

    @Test func findsBrokenLinksAndAnchorsAtTheirPlace() throws {
        let root = try root(["content/articles/2024/lien-ket.md": Self.article])
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get())).check()
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == [
            "content/articles/2024/lien-ket.md:7:28: broken-anchor",
            "content/articles/2024/lien-ket.md:8:1: broken-link",
            "content/articles/2024/lien-ket.md:8:33: broken-anchor",
        ])
    }

    /// An apostrophe in a media name is written `&#39;` by the theme and `&#x27;` by cmark: the
    /// link is read as the browser reads it.
    @Test func readsEscapedCharactersInAddresses() throws {
        let root = try root([
            "content/media/anh/lang-nghe'so.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/articles/2024/lang-nghe.md": """
            ---
            title: "Làng nghề số"
            date: 2024-03-01
            cover: "anh/lang-nghe'so.svg"
            cover_alt: "Ảnh"
            ---
            ![Ảnh](../../media/anh/lang-nghe'so.svg) và [tải](../../media/anh/lang-nghe'so.svg?a=1&b=2).
            """,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get())).check()
        #expect(diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.code)" } == [])
        #expect(LinkChecker.unescaped("a&amp;b&#39;c&#x27;d&lt;&bogus;&") == "a&b'c'd<&bogus;&")
    }

    /// cmark writes a link percent-encoded; the anchor after a query counts too.
    @Test func findsVietnameseAnchorsAndAnchorsAfterAQuery() throws {
        let root = try root(["content/articles/2024/lien-ket.md": """
        ---
        title: "Liên kết"
        date: 2024-03-01
        ---
        ## Mục tiêu

        Xem [mục tiêu](#mục-tiêu), [đúng](#muc-tieu) và [văn bản](../../documents/749-qd-ttg.md?x=1#khong-co).
        """])
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get())).check()
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == [
            "content/articles/2024/lien-ket.md:7:5: broken-anchor",
            "content/articles/2024/lien-ket.md:7:49: broken-anchor",
        ])
        #expect(DiagnosticPrinter().format(diagnostics).contains("\"#mục-tiêu\""))
    }

    /// A theme's broken link is on every page: one error for each, relative links included.
    @Test func findsBrokenLinksInTemplates() throws {
        var templates = TestSite.templates["templates/base.mustache"] ?? ""
        templates = templates.replacingOccurrences(of: "{{$main}}", with: "<a href=\"/chuyen-doi-so/khong-co/\">x</a><a href=\"khong-co-nua/\">y</a>{{$main}}")
        let root = try root(["templates/base.mustache": templates])
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: .init()).check()
        // Once each (for the first page in path order, 404.html, though every page has them), at
        // the line of the template that writes them.
        let base = try #require(templates.split(separator: "\n").first)
        let columns = ["/chuyen-doi-so/khong-co/", "khong-co-nua/"].compactMap { base.range(of: "\"\($0)")?.lowerBound }
            .map { base[..<$0].count + 2 }
        #expect(diagnostics.map { "\($0.location) \($0.code) \($0.problem)" }.sorted() == [
            "templates/base.mustache:1:\(columns[0]) broken-link brokenTemplateLink(target: \"/chuyen-doi-so/khong-co/\", page: \"/chuyen-doi-so/404.html\")",
            "templates/base.mustache:1:\(columns[1]) broken-link brokenTemplateLink(target: \"khong-co-nua/\", page: \"/chuyen-doi-so/404.html\")",
        ].sorted())
    }

    /// A menu link is on every page: a missing anchor in it is one error, at its site.yml line.
    @Test func aBrokenMenuAnchorIsReportedOnceInSiteYml() throws {
        let site = try String(contentsOf: FixtureSite.fixtures.appendingPathComponent("base/content/site.yml"), encoding: .utf8)
            + "menu:\n  - {title: \"Văn bản\", url: \"/van-ban/#khong-co\"}\n"
        let base = (TestSite.templates["templates/base.mustache"] ?? "")
            .replacingOccurrences(of: "{{$main}}", with: "{{#site.menu}}<a href=\"{{url}}\">{{title}}</a>{{/site.menu}}{{$main}}")
        let root = try root(["content/site.yml": site, "templates/base.mustache": base])
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: .init()).check()
        #expect(diagnostics.map { "\($0.location.path):\($0.location.line) \($0.code)" } == ["content/site.yml:9 broken-anchor"])
    }

    @Test func theSamplePortalIsClean() {
        let code = CommandLineRunner.run(arguments: ["check", "--root", FixtureSite.repository.path, "--as-of", "2025-06-01"], environment: [:])
        #expect(code == 0)
    }

    @Test func exitsOneOnErrorsAndPrintsStableJSON() throws {
        let root = try root(["content/articles/2024/lien-ket.md": Self.article])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(CommandLineRunner.run(arguments: ["check", "--root", root.path, "--format", "json"], environment: [:]) == 1)
        let diagnostics = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: .init()).check()
        let json = DiagnosticJSON.encode(diagnostics)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(Set(entries[0].keys) == ["file", "line", "column", "severity", "code", "message", "hint"])
        #expect(entries[0]["file"] as? String == "content/articles/2024/lien-ket.md")
        #expect(entries[0]["line"] as? Int == 7)
        #expect(entries[0]["severity"] as? String == "error")
    }
}

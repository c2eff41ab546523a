import Foundation
import PortalBuild
import PortalCLI
import PortalModel
import PortalSource
import Testing

/// `dxportal new`: files at their contract path that build without diagnostics; never overwrites.
@Suite struct NewCommandTests {
    @Test func everyKindBuildsWithoutDiagnostics() throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let commands: [([String], String)] = [
            (["new", "article", "Thái Bình ra mắt \"Công dân số\"", "--date", "2025-03-02", "--pillar", "xa-hoi-so"],
             "content/articles/2025/thai-binh-ra-mat-cong-dan-so.md"),
            (["new", "document", "--number", "15/KH-UBND", "--type", "Kế hoạch", "--issuer", "ubnd-thai-binh",
              "--issued", "20/01/2025", "--title", "Chuyển đổi số năm 2025"], "content/documents/15-kh-ubnd.md"),
            (["new", "document", "--number", "06-CTr/TU", "--type", "Chương trình", "--issuer", "tu-thai-binh",
              "--issued", "2024-05-10", "--title", "Chương trình hành động"], "content/documents/06-ctr-tu.md"),
            (["new", "story", "Hợp tác xã lên sàn", "--locality", "thai-binh", "--date", "2025-02-01"],
             "content/stories/hop-tac-xa-len-san.md"),
            (["new", "page", "Sơ đồ trang"], "content/pages/so-do-trang.md"),
        ]
        for (arguments, path) in commands {
            #expect(CommandLineRunner.run(arguments: arguments + ["--root", root.path], environment: [:]) == 0, "\(arguments)")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }
        let diagnostics = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: BuildOptions(asOf: try CalendarDate.parse("2025-06-01").get())).check()
        #expect(diagnostics.isEmpty, "\(DiagnosticPrinter().format(diagnostics))")
        let article = try String(contentsOf: root.appendingPathComponent(commands[0].1), encoding: .utf8)
        #expect(article.contains("title: \"Thái Bình ra mắt \\\"Công dân số\\\"\""))
        #expect(article.contains("date: 02/3/2025"))
    }

    @Test func refusesToOverwriteAndRejectsBadValues() throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("content/articles/2024/bai-mau.md")
        let before = try Data(contentsOf: path)
        #expect(CommandLineRunner.run(arguments: ["new", "article", "Bài mẫu", "--date", "2024-05-02", "--root", root.path], environment: [:]) == 1)
        #expect(try Data(contentsOf: path) == before)
        for arguments in [["new", "article", "A", "--pillar", "khong-co"], ["new", "story", "A", "--locality", "ha-noi"],
                          ["new", "document", "--number", "15/QĐ-UBND", "--type", "Kế hoạch", "--issuer", "ubnd-thai-binh", "--issued", "2025-01-20", "--title", "X"],
                          ["new", "document", "--number", "15/KH-UBND", "--type", "Kế hoạch", "--issuer", "khong-co", "--issued", "2025-01-20", "--title", "X"],
                          ["new", "page", "Tin tức"]] {
            #expect(CommandLineRunner.run(arguments: arguments + ["--root", root.path], environment: [:]) == 1, "\(arguments)")
        }
        #expect(CommandLineRunner.run(arguments: ["new", "article", "A", "--date", "30/02/2025", "--root", root.path], environment: [:]) == 2)
    }

    /// A title without letters or digits gives no file name; a very long one a shortened name; a
    /// document number used in another year gets the year in its file name.
    @Test func namesFilesFromAnyTitle() throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(CommandLineRunner.run(arguments: ["new", "article", "!!!???", "--date", "2025-03-02", "--root", root.path], environment: [:]) == 1)
        let long = String(repeating: "Chuyển đổi số ", count: 40)
        #expect(CommandLineRunner.run(arguments: ["new", "article", long, "--date", "2025-03-02", "--root", root.path], environment: [:]) == 0)
        let created = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/articles/2025").path)
        #expect(created.count == 1 && created.allSatisfy { $0.utf8.count <= 83 && $0.hasPrefix("chuyen-doi-so-") })
        let again = ["new", "document", "--number", "749/QĐ-TTg", "--type", "Quyết định", "--issuer", "thu-tuong",
                     "--issued", "2021-06-03", "--title", "Một quyết định khác cùng số", "--root", root.path]
        #expect(CommandLineRunner.run(arguments: again, environment: [:]) == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/documents/749-qd-ttg-2021.md").path))
        // The same year's number is the same document: refused, not written under another name.
        let same = ["new", "document", "--number", "749/QĐ-TTg", "--type", "Quyết định", "--issuer", "thu-tuong",
                    "--issued", "2020-06-03", "--title", "Trùng", "--root", root.path]
        #expect(CommandLineRunner.run(arguments: same, environment: [:]) == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/documents/749-qd-ttg-2020.md").path))
    }
}

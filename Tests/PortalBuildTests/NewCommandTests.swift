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
        // Like build and check: a root that is no folder, or no kind at all, is a usage error.
        #expect(CommandLineRunner.run(arguments: ["new", "article", "A", "--root", root.path + "/khong-co"], environment: [:]) == 2)
        #expect(CommandLineRunner.run(arguments: ["new"], environment: [:]) == 2)
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

    /// Another issuer's document with a number already used that year: its own file and slug,
    /// and the site builds with both.
    @Test func anotherIssuersDocumentOfTheSameNumberGetsItsOwnAddress() throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let issuers = root.appendingPathComponent("content/issuers.yml")
        try (String(contentsOf: issuers, encoding: .utf8) + "\n- {id: ubnd-quang-nam, name: \"UBND tỉnh Quảng Nam\", abbr: UBND, level: tinh}\n")
            .write(to: issuers, atomically: true, encoding: .utf8)
        for issuer in ["ubnd-thai-binh", "ubnd-quang-nam"] {
            let arguments = ["new", "document", "--number", "96/KH-UBND", "--type", "Kế hoạch", "--issuer", issuer,
                             "--issued", "2023-07-17", "--title", "Kế hoạch", "--root", root.path]
            #expect(CommandLineRunner.run(arguments: arguments, environment: [:]) == 0)
        }
        let text = try String(contentsOf: root.appendingPathComponent("content/documents/96-kh-ubnd-ubnd-quang-nam.md"), encoding: .utf8)
        #expect(text.contains("\nslug: 96-kh-ubnd-ubnd-quang-nam "))
        // The number again, by either issuer in other years: each a file of its own.
        for (issuer, year) in [("ubnd-quang-nam", 2024), ("ubnd-thai-binh", 2024), ("ubnd-thai-binh", 2022)] {
            let arguments = ["new", "document", "--number", "96/KH-UBND", "--type", "Kế hoạch", "--issuer", issuer,
                             "--issued", "\(year)-03-05", "--title", "Kế hoạch", "--root", root.path]
            #expect(CommandLineRunner.run(arguments: arguments, environment: [:]) == 0, "\(issuer) \(year)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/documents").path).filter { $0.hasPrefix("96-") }
        #expect(Set(names) == ["96-kh-ubnd.md", "96-kh-ubnd-ubnd-quang-nam.md", "96-kh-ubnd-2024.md", "96-kh-ubnd-ubnd-thai-binh-2024.md", "96-kh-ubnd-2022.md"])
        // The same issuer's number in the same year is the same document: refused, nothing written.
        let twin = ["new", "document", "--number", "96/KH-UBND", "--type", "Kế hoạch", "--issuer", "ubnd-quang-nam",
                    "--issued", "2024-09-01", "--title", "Trùng", "--root", root.path]
        #expect(CommandLineRunner.run(arguments: twin, environment: [:]) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/documents").path).filter { $0.hasPrefix("96-") }.count == 5)
        // A Party document is one by its term, which `new` is not given: a second of the year is written.
        for issued in ["2025-03-05", "2025-11-20"] {
            let party = ["new", "document", "--number", "01-NQ/TU", "--type", "Nghị quyết", "--issuer", "tu-thai-binh",
                         "--issued", issued, "--title", "Nghị quyết", "--root", root.path]
            #expect(CommandLineRunner.run(arguments: party, environment: [:]) == 0)
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/documents/01-nq-tu-2025.md").path))
        for name in ["01-nq-tu.md", "01-nq-tu-2025.md"] { try FileManager.default.removeItem(at: root.appendingPathComponent("content/documents/\(name)")) }
        #expect(CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet"], environment: [:]) == 0)
        for page in ["2023/96-kh-ubnd", "2023/96-kh-ubnd-ubnd-quang-nam", "2024/96-kh-ubnd", "2024/96-kh-ubnd-ubnd-thai-binh", "2022/96-kh-ubnd"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/van-ban/\(page)/index.html").path), "\(page)")
        }
    }
}

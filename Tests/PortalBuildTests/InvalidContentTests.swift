import Foundation
import PortalBuild
import PortalCLI
import PortalModel
import PortalSource
import Testing

/// One fixture folder per invalid input: located diagnostics, exit 1, previous output untouched.
@Suite struct InvalidContentTests {
    @Test(arguments: FixtureSite.invalidCases)
    func reportsEveryProblemAtItsPlace(_ invalidCase: String) throws {
        let root = try FixtureSite.makeRoot(invalidCase: invalidCase)
        defer { try? FileManager.default.removeItem(at: root) }
        let pipeline = BuildPipeline(fileSystem: DiskFileSystem(root: root), options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get()))
        let result = Result { () throws(DiagnosticsError) in try pipeline.run(into: MemoryOutput()) }
        guard case .failure(let error) = result else {
            Issue.record("\(invalidCase): the build succeeded")
            return
        }
        let errors = error.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.location): \($0.code)" }.sorted() == (try FixtureSite.expected(invalidCase)))
        let printed = DiagnosticPrinter().format(errors)
        #expect(printed.contains(": lỗi: "))
        #expect(printed.contains("gợi ý: "))
    }

    @Test(arguments: FixtureSite.invalidCases)
    func exitsOneAndLeavesThePreviousOutputUntouched(_ invalidCase: String) throws {
        let root = try FixtureSite.makeRoot(invalidCase: invalidCase)
        defer { try? FileManager.default.removeItem(at: root) }
        let previous = root.appendingPathComponent("public")
        try FixtureSite.write("<!doctype html><p>bản cũ</p>", to: previous.appendingPathComponent("index.html"))
        try FixtureSite.write("giữ nguyên", to: previous.appendingPathComponent("tin-tuc/cu/index.html"))
        let before = try FixtureSite.snapshot(previous)
        let code = CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet", "--as-of", "2025-01-01"], environment: [:])
        #expect(code == 1)
        #expect(try FixtureSite.snapshot(previous) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func theBaseFixtureIsValid() throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let code = CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet"], environment: [:])
        #expect(code == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/tin-tuc/2024/bai-mau/index.html").path))
    }

    @Test func printsItsVersion() {
        #expect(CommandLineRunner.run(arguments: ["--version"], environment: [:]) == 0)
        #expect(DXPortalCommand.configuration.version == "dxportal \(DXPortalCommand.version)")
    }

    @Test func usageErrorsExitTwo() {
        #expect(CommandLineRunner.run(arguments: ["build", "--as-of", "17/17/2023"], environment: [:]) == 2)
        #expect(CommandLineRunner.run(arguments: ["build", "--lang", "fr"], environment: [:]) == 2)
        #expect(CommandLineRunner.run(arguments: ["build", "--khong-co"], environment: [:]) == 2)
        for epoch in ["abc", "9223372036854775807", "-1", "1.5"] {
            #expect(CommandLineRunner.run(arguments: ["build", "--quiet"], environment: ["SOURCE_DATE_EPOCH": epoch]) == 2)
        }
    }

    /// A build replaces its output folder as a whole: one holding the portal's own files is refused.
    @Test func anOutputFolderOverThePortalsOwnFilesIsRefused() throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try FixtureSite.snapshot(root)
        try FixtureSite.write("tệp", to: root.appendingPathComponent("a-file"))
        for output in [root.path, root.deletingLastPathComponent().path, root.path + "/content", root.path + "/content/media",
                       root.path + "/templates", root.path + "/a-file"] {
            #expect(CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet", "--output", output], environment: [:]) == 2)
        }
        // Also through a link to the portal, to a folder that does not exist yet.
        let link = root.deletingLastPathComponent().appendingPathComponent("lien-ket-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root)
        defer { try? FileManager.default.removeItem(at: link) }
        for output in [link.path + "/content/trang-moi", link.path + "/.dxportal-cache/x"] {
            #expect(CommandLineRunner.run(arguments: ["build", "--root", link.path, "--quiet", "--output", output], environment: [:]) == 2)
        }
        try FileManager.default.removeItem(at: root.appendingPathComponent("a-file"))
        #expect(try FixtureSite.snapshot(root) == before)
        // A folder holding other files, not a built site, would be replaced as a whole.
        let documents = root.deletingLastPathComponent().appendingPathComponent("tai-lieu-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: documents) }
        try FixtureSite.write("thư", to: documents.appendingPathComponent("thu.txt"))
        #expect(CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet", "--output", documents.path], environment: [:]) == 2)
        #expect(FileManager.default.fileExists(atPath: documents.appendingPathComponent("thu.txt").path))
        // Nor is another site: an index.html does not make a folder ours to replace.
        try FixtureSite.write("<html>trang khác</html>", to: documents.appendingPathComponent("index.html"))
        #expect(CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet", "--output", documents.path], environment: [:]) == 2)
        #expect(FileManager.default.fileExists(atPath: documents.appendingPathComponent("thu.txt").path))
        // A folder a build wrote carries its mark, and is replaced by the next build.
        let output = root.path + "/out/site"
        for _ in 1...2 {
            #expect(CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet", "--output", output], environment: [:]) == 0)
            #expect(FileManager.default.fileExists(atPath: output + "/" + OutputMarker.name))
        }
    }
}

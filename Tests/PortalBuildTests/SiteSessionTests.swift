import Foundation
import PortalBuild
import PortalModel
import PortalSource
import Testing

/// The preview's incremental rebuilds give exactly what a cold build of the same content gives.
@Suite struct SiteSessionTests {
    static let options = BuildOptions(asOf: try? CalendarDate.parse("2025-06-01").get())
    static let article = "content/articles/2024/hung-ha-dua-thong-tin-di-tich-len-moi-truong-so.md"
    static let plan = "content/documents/96-kh-ubnd.md"
    static let story = "content/stories/binh-phuoc-dua-88-14-thu-tuc-hanh-chinh-len-truc-tuyen-muc-do-3-4.md"

    /// A copy of the sample portal to edit.
    func sampleCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dxportal-session-\(UUID().uuidString)")
        for folder in ["content", "templates"] {
            try FixtureSite.copyTree(FixtureSite.repository.appendingPathComponent(folder), into: root.appendingPathComponent(folder))
        }
        return root
    }

    func cold(_ root: URL) throws -> [String: [UInt8]] {
        let output = MemoryOutput()
        _ = try BuildPipeline(fileSystem: DiskFileSystem(root: root), options: Self.options).run(into: output)
        return output.files
    }

    func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func editsMatchAColdBuild() throws {
        let root = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let session = SiteSession(fileSystem: DiskFileSystem(root: root), options: Self.options)
        let first = try #require(session.update(changed: [])).get()
        #expect(!first.incremental)
        #expect(first.files == (try cold(root)))

        let edits: [(String, (String) -> String, Bool)] = [
            (Self.article, { $0.replacingOccurrences(of: "title: \"Hưng Hà", with: "title: \"Huyện Hưng Hà") }, true),
            (Self.article, { $0 + "\nThêm một đoạn cuối bài.\n" }, true),
            (Self.plan, { $0.replacingOccurrences(of: "signer: \"Trần Thị Bích Hằng\"", with: "signer: \"Trần Thị Bích Hằng (KT. Chủ tịch)\"") }, true),
            (Self.story, { $0.replacingOccurrences(of: "value: 1864", with: "value: 1865") }, true),
            (Self.article, { $0 + "\nBài viết căn cứ Quyết định số 06/QĐ-TTg.\n" }, false),
            (Self.article, { $0.replacingOccurrences(of: "date: ", with: "date: 2024-08-14\nxx: ").replacingOccurrences(of: "xx: .*\n", with: "", options: .regularExpression) }, false),
            (Self.plan, { $0.replacingOccurrences(of: "title: \"Truyền thông", with: "title: \"Kế hoạch truyền thông") }, false),
        ]
        for (number, (path, change, incremental)) in edits.enumerated() {
            try edit(root, path, change)
            let update = try #require(session.update(changed: [path])).get()
            #expect(update.incremental == incremental, "edit \(number)")
            if incremental { #expect(update.rendered < 40, "edit \(number) rendered \(update.rendered) pages") }
            #expect(update.files == (try cold(root)), "edit \(number) differs from a cold build")
        }
    }

    @Test func ignoresEditorTemporaryFiles() throws {
        let root = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let session = SiteSession(fileSystem: DiskFileSystem(root: root), options: Self.options)
        _ = try #require(session.update(changed: [])).get()
        #expect(session.update(changed: ["content/articles/2024/sedK3x9Qa", "content/articles/2024/#bai.md#tmp"]) == nil)
        #expect(session.update(changed: ["content/articles/2024/khong-co.md"]) != nil, "a vanished Markdown file may have been content")
    }

    @Test func recoversFromABrokenEdit() throws {
        let root = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let session = SiteSession(fileSystem: DiskFileSystem(root: root), options: Self.options)
        _ = try #require(session.update(changed: [])).get()
        let url = root.appendingPathComponent(Self.article)
        let original = try String(contentsOf: url, encoding: .utf8)
        try original.replacingOccurrences(of: "title: ", with: "title: [").write(to: url, atomically: true, encoding: .utf8)
        guard case .failure(let error)? = session.update(changed: [Self.article]) else {
            Issue.record("a broken file built")
            return
        }
        #expect(error.diagnostics.contains { $0.location.path == Self.article })
        try original.replacingOccurrences(of: "title: \"Hưng Hà", with: "title: \"Hưng Hà (sửa)").write(to: url, atomically: true, encoding: .utf8)
        let update = try #require(session.update(changed: [Self.article])).get()
        #expect(update.incremental)
        #expect(update.files == (try cold(root)))
    }
}

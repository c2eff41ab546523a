import Foundation
import Testing
@testable import PortalBuild
import PortalModel
import PortalSource

/// The build cache: a warm build after an edit writes exactly what a cold build writes, and a
/// cache that cannot be trusted is ignored.
@Suite struct BuildCacheTests {
    private let options = BuildOptions(asOf: try? CalendarDate.parse("2025-01-01").get())

    /// A copy of the sample portal (content and theme) in a new folder.
    private func sampleRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dxportal-cache-\(UUID().uuidString)")
        try FixtureSite.copyTree(FixtureSite.repository.appendingPathComponent("content"), into: root.appendingPathComponent("content"))
        try FixtureSite.copyTree(FixtureSite.repository.appendingPathComponent("templates"), into: root.appendingPathComponent("templates"))
        return root
    }

    private func build(_ root: URL, into folder: String = "public", cache: Bool = true) throws -> CachedBuilder.Outcome {
        try CachedBuilder(root: root, destination: root.appendingPathComponent(folder), options: options, useCache: cache).run()
    }

    private func cold(_ root: URL) throws -> [String: Data] {
        _ = try build(root, into: "cold", cache: false)
        return try FixtureSite.snapshot(root.appendingPathComponent("cold"))
    }

    private func append(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    private let article = "content/articles/2024/boi-duong-ky-nang-so-cho-can-bo-cong-chuc-cap-xa.md"

    @Test func anEditedArticleRendersOnlyItsPagesAndMatchesAColdBuild() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(article).path))
        let first = try build(root)
        #expect(!first.warm)
        for file in ["site.bin", "state.bin"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".dxportal-cache/\(file)").path))
        }
        let unchanged = try build(root)
        #expect(unchanged.warm && unchanged.pagesRendered == 0)
        try append("\nMột câu mới về **VNeID** cho người dân.\n", to: article, in: root)
        let warm = try build(root)
        #expect(warm.warm)
        #expect(warm.pagesRendered > 0 && warm.pagesRendered < first.pagesRendered / 4)
        let public_ = try FixtureSite.snapshot(root.appendingPathComponent("public"))
        #expect(public_ == (try cold(root)))
        #expect(String(decoding: public_["tin-tuc/2024/boi-duong-ky-nang-so-cho-can-bo-cong-chuc-cap-xa/index.html"] ?? Data(), as: UTF8.self)
            .contains("Một câu mới về <strong>VNeID</strong>"))
    }

    /// A symbolic link to a file outside the site, to a folder or to nothing is not followed and
    /// not silently dropped: every build warns about it, wherever it is in content/.
    @Test func aLinkOutOfTheSiteIsWarnedAboutAndNotPublished() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = root.deletingLastPathComponent().appendingPathComponent("dxportal-secret-\(UUID().uuidString).txt")
        try Data("bí mật".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/media/bi-mat.txt").path,
                                                   withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/articles/2024/da-xoa.md").path,
                                                   withDestinationPath: "khong-con.md")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/README.md").path,
                                                   withDestinationPath: "khong-co.md")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/media/chung").path,
                                                   withDestinationPath: "anh")
        for warm in [false, true] {
            let outcome = try build(root)
            #expect(outcome.warm == warm)
            #expect(outcome.report.warnings.filter { $0.code == "ignored-file" }.map(\.location.path)
                    == ["content/README.md", "content/articles/2024/da-xoa.md", "content/media/bi-mat.txt", "content/media/chung"])
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/media/bi-mat.txt").path))
    }

    /// A warm build fails where a cold one fails: an edit adding a link to no page of the portal
    /// takes the full build, which reports it.
    @Test func anEditAddingABrokenSiteLinkFailsLikeAColdBuild() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        try append("\nXem [trang cũ](/khong-co/).\n", to: article, in: root)
        #expect(throws: DiagnosticsError.self) { try build(root) }
    }

    /// A warm build tells the edited file's warnings as a cold build does: once each, at their
    /// line, and not after the edit fixed them.
    @Test func aWarmBuildTellsTheEditedFilesWarningsAsAColdBuild() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let url = root.appendingPathComponent(article)
        let original = try String(contentsOf: url, encoding: .utf8)
        func write(author: String) throws {
            try original.replacingOccurrences(of: "author: \"Thu Hà\"", with: "author: \"\(author)\"").write(to: url, atomically: false, encoding: .utf8)
        }
        try write(author: "Nguyễn\u{200B} Văn A")
        let warm = try build(root)
        #expect(warm.warm)
        let cold = try BuildPipeline(fileSystem: DiskFileSystem(root: root), options: options).run(into: MemoryOutput()) // leaves the cache
        #expect(warm.report.warnings == cold.warnings)
        #expect(warm.report.warnings.filter { $0.location.path == article }.map { "\($0.location.line):\($0.location.column) \($0.code)" }
            == ["9:16 control-character"])
        try write(author: "Nguyễn Văn A")
        let fixed = try build(root)
        #expect(fixed.warm && !fixed.report.warnings.contains { $0.location.path == article })
    }

    /// A new title reaches the search index (an edit of the text alone leaves the index as it is).
    @Test func anEditedTitleUpdatesTheSearchIndex() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let index = root.appendingPathComponent("public/tim-kiem/index.json")
        let before = try Data(contentsOf: index)
        try append("\nMột câu mới.\n", to: article, in: root)
        #expect(try build(root).warm)
        #expect(try Data(contentsOf: index) == before)
        let source = try String(contentsOf: root.appendingPathComponent(article), encoding: .utf8)
        try Data(source.replacingOccurrences(of: "title: \"", with: "title: \"Mới: ").utf8).write(to: root.appendingPathComponent(article))
        #expect(try build(root).warm)
        #expect(String(decoding: try Data(contentsOf: index), as: UTF8.self).contains("\"t\":\"Mới: "))
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    /// A title edited and put back by warm builds: the index follows both times (the second
    /// time the entry equals the cache snapshot's, but the output holds the edited one).
    @Test func anEditPutBackRestoresTheSearchIndex() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let file = root.appendingPathComponent(article)
        let original = try Data(contentsOf: file)
        let source = String(decoding: original, as: UTF8.self)
        try Data(source.replacingOccurrences(of: "title: \"", with: "title: \"Mới: ").utf8).write(to: file)
        #expect(try build(root).warm)
        try original.write(to: file)
        #expect(try build(root).warm)
        let index = String(decoding: try Data(contentsOf: root.appendingPathComponent("public/tim-kiem/index.json")), as: UTF8.self)
        #expect(!index.contains("\"t\":\"Mới: "))
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    @Test func anEditThatAddsACitationTakesTheFullBuild() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        try append("\nTheo Quyết định 749/QĐ-TTg.\n", to: article, in: root)
        #expect(!(try build(root)).warm) // the document's "cited by" list changes
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    @Test(arguments: ["site.bin", "state.bin"])
    func aCorruptCacheIsIgnored(file name: String) throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let file = root.appendingPathComponent(".dxportal-cache/\(name)")
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: file)
        try append("\nThêm một câu.\n", to: article, in: root)
        #expect(!(try build(root)).warm)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
        // A truncated file is ignored as well.
        try Data(bytes.prefix(100)).write(to: file)
        try append("\nThêm một câu nữa.\n", to: article, in: root)
        #expect(!(try build(root)).warm)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    /// Later warm builds start from the same snapshot: edits accumulate, and a file put back as
    /// it was in the snapshot still has its pages rewritten.
    @Test func successiveEditsAndARevertMatchAColdBuild() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let story = try #require(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/stories").path)
            .filter { $0.hasSuffix(".md") }.sorted().first.map { "content/stories/\($0)" })
        _ = try build(root)
        let original = try Data(contentsOf: root.appendingPathComponent(article))
        try append("\nĐoạn thứ nhất được thêm.\n", to: article, in: root)
        #expect(try build(root).warm)
        try append("\nMột đoạn về câu chuyện.\n", to: story, in: root)
        let second = try build(root)
        #expect(second.warm && second.pagesRendered > 0)
        let afterEdits = try FixtureSite.snapshot(root.appendingPathComponent("public"))
        try original.write(to: root.appendingPathComponent(article))
        #expect(try build(root).warm)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
        // The state after both edits, built cold (a build without the cache removes it, so last).
        try append("\nĐoạn thứ nhất được thêm.\n", to: article, in: root)
        #expect(afterEdits == (try cold(root)))
    }

    /// A same-size edit right after a build: the file's stamp was not trusted, so it is read.
    @Test func aSameSizeEditRightAfterABuildIsSeen() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let url = root.appendingPathComponent(article)
        let text = try String(contentsOf: url, encoding: .utf8)
        // The body's last "a" becomes an "e": same size, same shape.
        let last = try #require(text.lastIndex(of: "a"))
        let edited = text.replacingCharacters(in: last...last, with: "e")
        #expect(edited.utf8.count == text.utf8.count)
        try Data(edited.utf8).write(to: url)
        #expect(try build(root).warm)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    @Test func aChangedTemplateOrSiteFileTakesTheFullBuild() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        try append("<!-- sửa mẫu -->\n", to: "templates/footer.mustache", in: root)
        #expect(!(try build(root)).warm)
        try append("\n# ghi chú\n", to: "content/site.yml", in: root)
        #expect(!(try build(root)).warm)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    @Test func anOutputChangedByHandTakesTheFullBuild() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        try Data("sửa tay".utf8).write(to: root.appendingPathComponent("public/index.html"))
        try append("\nThêm một câu.\n", to: article, in: root)
        let next = try build(root)
        #expect(!next.warm && next.updatedFiles == nil) // not written over: replaced as a whole
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    /// A same-size hand edit whose modification time was put back is still seen (the change
    /// time cannot be put back).
    @Test func aHandEditWithItsTimePutBackIsSeen() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let page = root.appendingPathComponent("public/gioi-thieu/index.html")
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date)
        let text = try String(contentsOf: page, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<title>", with: "<titlE>").utf8).write(to: page)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: page.path)
        try append("\nThêm một câu.\n", to: article, in: root)
        let next = try build(root)
        #expect(!next.warm && next.updatedFiles == nil)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    /// A new article takes the full build, written over the output: only new and changed files
    /// are put in place, the rest keep their inodes, and the result is what a build from nothing
    /// writes. Removing the article again removes its page.
    @Test func aNewOrRemovedArticleRewritesOnlyTheFilesThatChange() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try build(root)
        let about = root.appendingPathComponent("public/gioi-thieu/index.html").path
        let aboutInode = try inode(about)
        let copy = "content/articles/2024/ban-sao-bai-viet.md"
        let source = try String(contentsOf: root.appendingPathComponent(article), encoding: .utf8)
        try Data(source.replacingOccurrences(of: "title: ", with: "title: Bản sao - ").utf8).write(to: root.appendingPathComponent(copy))
        let added = try build(root)
        #expect(!added.warm)
        let updated = try #require(added.updatedFiles)
        #expect(updated.written > 0 && updated.written < first.report.filesWritten / 2 && updated.removed == 0)
        #expect(try inode(about) == aboutInode)
        let withCopy = try FixtureSite.snapshot(root.appendingPathComponent("public"))
        #expect(withCopy.keys.contains("tin-tuc/2024/ban-sao-bai-viet/index.html"))
        #expect(withCopy == (try cold(root)))
        _ = try build(root) // the cold build above removed the cache: start from a recorded output
        let inodeBeforeRemoval = try inode(about)
        try FileManager.default.removeItem(at: root.appendingPathComponent(copy))
        let removed = try build(root)
        #expect(removed.updatedFiles.map { $0.removed > 0 } == true)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/tin-tuc/2024/ban-sao-bai-viet").path))
        #expect(try inode(about) == inodeBeforeRemoval)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    /// A folder of the output becomes a file (and back): written over, with a file added by hand
    /// in the folder, the output still ends as a build from nothing writes it.
    @Test func aFolderThatBecomesAFileIsWrittenOver() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let media = root.appendingPathComponent("content/media/xx")
        try FixtureSite.write("a", to: media.appendingPathComponent("a.txt"))
        _ = try build(root)
        try FixtureSite.write("thêm tay", to: root.appendingPathComponent("public/media/xx/hand.txt"))
        try FileManager.default.removeItem(at: media)
        try FixtureSite.write("nay là một tệp", to: media)
        let next = try build(root)
        #expect(next.updatedFiles != nil)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
        _ = try build(root)
        try FileManager.default.removeItem(at: media)
        try FixtureSite.write("b", to: media.appendingPathComponent("b.txt"))
        #expect(try build(root).updatedFiles != nil)
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == cold(root))
    }

    /// A build that fails leaves an output it would have written over exactly as it was.
    @Test func aFailedBuildLeavesTheRecordedOutputAlone() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let before = try FixtureSite.snapshot(root.appendingPathComponent("public"))
        try Data("---\ntitle: Bài lỗi\ndate: 2024-02-30\n---\nNội dung.\n".utf8)
            .write(to: root.appendingPathComponent("content/articles/2024/bai-loi.md"))
        #expect(throws: DiagnosticsError.self) { try build(root) }
        #expect(try FixtureSite.snapshot(root.appendingPathComponent("public")) == before)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/articles/2024/bai-loi.md"))
        #expect(try build(root).warm) // the cache still describes the output
    }

    /// A killed build leaves its scratch folder beside the output; the next build removes it.
    @Test func aKilledBuildsScratchFolderIsRemoved() throws {
        let root = try sampleRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let abandoned = root.appendingPathComponent(".public.staging-4194305/tin-tuc") // above any process id
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        _ = try build(root)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".public.staging-4194305").path))
    }

    private func inode(_ path: String) throws -> UInt64 {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
    }

    @Test func compactCodingRoundTripsTheSampleContent() throws {
        let (content, _) = SourceReader(fileSystem: DiskFileSystem(root: FixtureSite.repository)).read()
        let articles = try #require(content?.articles)
        let documents = try #require(content?.documents)
        #expect(try CompactCoding.decode([Article].self, from: CompactCoding.encode(articles)) == articles)
        #expect(try CompactCoding.decode([Document].self, from: CompactCoding.encode(documents)) == documents)
        #expect(throws: (any Error).self) { try CompactCoding.decode([Article].self, from: Array(CompactCoding.encode(articles).dropLast(3))) }
    }
}

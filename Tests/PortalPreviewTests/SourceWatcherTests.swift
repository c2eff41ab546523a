import Foundation
import Testing
@testable import PortalPreview

/// The inotify watcher reports in-place writes, atomic saves (rename), new folders and deletions.
@Suite struct SourceWatcherTests {
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: Set<String> = []
        func add(_ new: Set<String>) { lock.withLock { paths.formUnion(new) } }
        var all: Set<String> { lock.withLock { paths } }

        /// Waits (bounded) until `path` was reported.
        func wait(for path: String) async -> Bool {
            for _ in 0..<200 {
                if all.contains(path) { return true }
                try? await Task.sleep(for: .milliseconds(25))
            }
            return false
        }
    }

    @Test func reportsEveryKindOfChange() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dxportal-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let seen = Seen()
        let watcher = SourceWatcher(root: root, folders: ["content"]) { seen.add($0) }
        #expect(watcher.start())
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(100))

        let inPlace = root.appendingPathComponent("content/articles/a.md")
        FileManager.default.createFile(atPath: inPlace.path, contents: Data("một".utf8))
        #expect(await seen.wait(for: "content/articles/a.md"), "in-place write not seen: \(seen.all)")

        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/articles/2025"), withIntermediateDirectories: true)
        try await Task.sleep(for: .milliseconds(150))
        try Data("hai".utf8).write(to: root.appendingPathComponent("content/articles/2025/b.md"), options: .atomic)
        #expect(await seen.wait(for: "content/articles/2025/b.md"), "write in a new folder not seen: \(seen.all)")

        try FileManager.default.removeItem(at: inPlace)
        try await Task.sleep(for: .milliseconds(200))
        #expect(seen.all.contains("content/articles/a.md"))
        #expect(!seen.all.contains { $0.split(separator: "/").last?.hasPrefix(".") == true })
    }
}

import Foundation

/// Fixture folders on disk: `Fixtures/base` is a small valid site, each `Fixtures/invalid/<case>`
/// overlays it with the files that break it, plus `expected.txt`.
enum FixtureSite {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var invalidCases: [String] {
        let folder = fixtures.appendingPathComponent("invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// A new temporary folder holding the base site, the overlay of `invalidCase`, and templates.
    static func makeRoot(invalidCase: String? = nil) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dxportal-test-\(UUID().uuidString)")
        try copyTree(fixtures.appendingPathComponent("base"), into: root)
        if let invalidCase {
            try copyTree(fixtures.appendingPathComponent("invalid/\(invalidCase)/content"), into: root.appendingPathComponent("content"))
        }
        for (path, text) in TestSite.templates {
            try write(text, to: root.appendingPathComponent(path))
        }
        return root
    }

    static func expected(_ invalidCase: String) throws -> [String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("invalid/\(invalidCase)/expected.txt"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.sorted()
    }

    static func copyTree(_ source: URL, into target: URL) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
        let prefix = source.standardizedFileURL.path + "/"
        for case let file as URL in enumerator where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(file.standardizedFileURL.path.dropFirst(prefix.count))
            let destination = target.appendingPathComponent(relative)
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: destination)
            try manager.copyItem(at: file, to: destination)
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let file as URL in enumerator where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(file.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: file)
        }
        return files
    }
}

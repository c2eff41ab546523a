import Foundation

/// The reader's and writer's only window on files, so tests can run on an in-memory tree.
public protocol FileSystem: Sendable {
    /// Relative paths of the regular files under `directory` (recursive, sorted); empty if missing.
    func files(under directory: String) throws -> [String]
    /// The bytes of a file.
    func read(_ path: String) throws -> [UInt8]
    /// True when a regular file or folder exists at `path`.
    func exists(_ path: String) -> Bool
    /// The size of a file in bytes.
    func size(_ path: String) throws -> Int
}

/// The real disk, with paths relative to `root`.
public struct DiskFileSystem: FileSystem {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public func files(under directory: String) throws -> [String] {
        // Resolve a symlinked folder (e.g. a shared theme) so its contents are listed.
        let base = url(directory).resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        let prefix = base.standardizedFileURL.path + "/"
        let rootPrefix = root.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        var result: [String] = []
        for case let file as URL in enumerator {
            let values = try file.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            // A symbolic link is followed only when it stays inside the site's folder.
            if values.isSymbolicLink == true,
               !file.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(rootPrefix) { continue }
            guard values.isRegularFile == true || values.isSymbolicLink == true else { continue }
            if values.isSymbolicLink == true, (try? file.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile != true { continue }
            let full = file.standardizedFileURL.path
            if full.hasPrefix(prefix) { result.append(String(full.dropFirst(prefix.count))) }
        }
        return result.sorted()
    }

    public func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(path)))
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(path).path)
    }

    public func size(_ path: String) throws -> Int {
        let values = try url(path).resourceValues(forKeys: [.fileSizeKey])
        return values.fileSize ?? 0
    }

    func url(_ path: String) -> URL {
        path.isEmpty ? root : root.appendingPathComponent(path)
    }
}

/// An in-memory tree for tests: `[path: contents]`.
public struct MemoryFileSystem: FileSystem {
    public var contents: [String: [UInt8]]

    public init(_ files: [String: String]) {
        contents = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) {
        contents = bytes
    }

    public func files(under directory: String) throws -> [String] {
        let prefix = directory.isEmpty || directory.hasSuffix("/") ? directory : directory + "/"
        return contents.keys.filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted()
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard let bytes = contents[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return bytes
    }

    public func size(_ path: String) throws -> Int {
        try read(path).count
    }

    public func exists(_ path: String) -> Bool {
        contents[path] != nil || contents.keys.contains { $0.hasPrefix(path + "/") }
    }
}

import Foundation

/// The reader's and writer's only window on files, so tests can run on an in-memory tree.
public protocol FileSystem: Sendable {
    /// Relative paths of the regular files under `directory` (recursive, sorted), and of the
    /// symbolic links left out; empty if missing.
    func listing(under directory: String) throws -> FolderListing
    /// The bytes of a file.
    func read(_ path: String) throws -> [UInt8]
    /// True when a regular file or folder exists at `path`.
    func exists(_ path: String) -> Bool
    /// The size of a file in bytes.
    func size(_ path: String) throws -> Int
}

/// What a folder holds, as relative paths in sorted order.
public struct FolderListing: Sendable, Equatable {
    public var files: [String]
    /// Symbolic links that are not followed: they lead to a folder, outside the site's folder or
    /// to no file.
    public var unfollowedLinks: [String] = []
}

extension FileSystem {
    /// Relative paths of the regular files under `directory` (recursive, sorted); empty if missing.
    public func files(under directory: String) throws -> [String] {
        try listing(under: directory).files
    }
}

/// The real disk, with paths relative to `root`.
public struct DiskFileSystem: FileSystem {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public func listing(under directory: String) throws -> FolderListing {
        // Resolve a symlinked folder (e.g. a shared theme) so its contents are listed.
        let base = url(directory).resolvingSymlinksInPath().standardizedFileURL.path
        let rootPrefix = root.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        var result = FolderListing(files: [])
        try FolderWalk(rootPrefix: rootPrefix).collect(base, relative: "", into: &result, isBase: true)
        return FolderListing(files: result.files.sorted(), unfollowedLinks: result.unfollowedLinks.sorted())
    }

    public func read(_ path: String) throws -> [UInt8] {
        try WholeFile.read(path.isEmpty ? root.path : root.path + "/" + path)
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

    public func listing(under directory: String) throws -> FolderListing {
        let prefix = directory.isEmpty || directory.hasSuffix("/") ? directory : directory + "/"
        return FolderListing(files: contents.keys.filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted())
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

/// Lists regular files with readdir and lstat (Foundation's enumerator with resource values took
/// 0.7 s for 10,000 files). Hidden names are skipped; a symbolic link is followed only when it
/// leads to a regular file inside the site's folder (else it is listed as unfollowed).
private struct FolderWalk {
    let rootPrefix: String

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19

    func collect(_ folder: String, relative: String, into result: inout FolderListing, isBase: Bool = false) throws {
        guard let handle = opendir(folder) else {
            if isBase && errno == ENOENT { return }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            // The name is read in place: a dirent may be shorter than `struct dirent`, so copying
            // the whole `d_name` array can read past the end of readdir's buffer.
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self))
            if name.hasPrefix(".") { continue }
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            switch Self.type(of: entry.pointee.d_type, at: path) {
            case S_IFDIR: try collect(path, relative: child, into: &result)
            case S_IFREG: result.files.append(child)
            case S_IFLNK where linksToFileInside(path): result.files.append(child)
            case S_IFLNK: result.unfollowedLinks.append(child)
            default: continue
            }
        }
    }

    /// The entry's type from readdir, or from lstat where the file system does not say.
    private static func type(of entryType: UInt8, at path: String) -> mode_t {
        switch Int(entryType) {
        case Int(DT_DIR): return S_IFDIR
        case Int(DT_REG): return S_IFREG
        case Int(DT_LNK): return S_IFLNK
        default:
            var info = stat()
            return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
        }
    }

    private func linksToFileInside(_ path: String) -> Bool {
        guard let resolved = realpath(path, nil) else { return false }
        defer { free(resolved) }
        var info = stat()
        return String(cString: resolved).hasPrefix(rootPrefix) && stat(resolved, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}

/// Reads a whole file with one open, one fstat and one read for its size (Foundation's
/// `Data(contentsOf:)` took twice as long for 10,000 small files).
public enum WholeFile {
    public struct Failure: LocalizedError {
        public let code: Int32
        public var errorDescription: String? { String(cString: strerror(code)) }
    }

    public static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(code: errno) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw Failure(code: EISDIR) }
        // One byte more than the size: a short read then means the end.
        let expected = max(Int(info.st_size), 0) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let read = Foundation.read(descriptor, base + count, buffer.count - count)
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno }
                if read <= 0 { return }
                count += read
            }
        }
        // A file that grew since fstat is read on to its end.
        while failure == 0 && bytes.count % expected == 0 {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: expected))
            let read = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress.map { $0 + start }, expected) }
            if read < 0 && errno == EINTR { bytes.removeLast(expected); continue }
            if read < 0 { failure = errno }
            bytes.removeLast(expected - max(read, 0))
            if read <= 0 { break }
        }
        guard failure == 0 else { throw Failure(code: failure) }
        return bytes
    }
}

import Foundation
import PortalModel

/// Where rendered files go. Writes may come from several threads at once.
public protocol OutputSink: Sendable {
    /// Writes `bytes` at `path`, relative to the output root, creating folders as needed.
    func write(_ bytes: some Collection<UInt8> & Sendable, to path: String) throws
}

/// Collects output in memory (tests and `dxportal check`).
public final class MemoryOutput: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: [UInt8]] = [:]

    public init() {}

    public func write(_ bytes: some Collection<UInt8> & Sendable, to path: String) throws {
        lock.withLock { storage[path] = Array(bytes) }
    }

    /// Every file written, by path.
    public var files: [String: [UInt8]] { lock.withLock { storage } }

    /// A written file as text, or nil when it was not written.
    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Writes into a fresh folder beside the final output, and swaps it into place only on success,
/// so a failed build leaves the previous output exactly as it was.
public final class StagedDirectoryOutput: OutputSink, @unchecked Sendable {
    public let destination: URL
    public let staging: URL
    private let lock = NSLock()
    private var written: [String] = []

    /// Every file written so far, relative to the output folder, in path order.
    public var writtenPaths: [String] { lock.withLock { written.sorted() } }

    /// Creates the staging folder `.<name>.staging-<pid>` next to `destination`.
    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).staging-\(getpid())")
        // A staging folder left by a killed build of the same process id is stale: start afresh.
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    public func write(_ bytes: some Collection<UInt8> & Sendable, to path: String) throws {
        guard let relative = SafeOutputPath.validate(path) else { throw CocoaError(.fileWriteInvalidFileName) }
        if let slash = relative.lastIndex(of: "/") { try createFolder(String(relative[..<slash])) }
        try PlainFile.write(bytes, to: staging.path + "/" + relative)
        lock.withLock { written.append(relative) }
    }

    /// Creates `folder` (relative) and its missing parents. The folder itself is tried first (each
    /// page has its own, whose parent usually exists); `mkdir` is atomic and an existing folder
    /// counts as made, so threads need not wait for each other.
    private func createFolder(_ folder: String) throws {
        let path = staging.path + "/" + folder
        guard mkdir(path, 0o777) != 0 else { return }
        let error = errno
        guard error == ENOENT, let slash = folder.lastIndex(of: "/") else {
            if error != EEXIST { throw POSIXError(errno: error) }
            return
        }
        try createFolder(String(folder[..<slash]))
        try PlainFile.makeFolder(path)
    }

    /// Swaps the staged tree into `destination`; the old output is removed only after the swap.
    public func commit() throws {
        let manager = FileManager.default
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
        try? manager.removeItem(at: old) // leftover of an interrupted swap, if any
        let hadOutput = manager.fileExists(atPath: destination.path)
        if hadOutput { try manager.moveItem(at: destination, to: old) }
        do {
            try manager.moveItem(at: staging, to: destination)
        } catch {
            // Put the previous output back; if even that fails it is still whole at `old`.
            if hadOutput { try? manager.moveItem(at: old, to: destination) }
            throw error
        }
        if hadOutput { try manager.removeItem(at: old) }
    }

    /// Removes the staging folder after a failed build.
    public func discard() {
        try? FileManager.default.removeItem(at: staging) // only our own scratch files
    }
}

/// Output paths must stay inside the output folder.
enum SafeOutputPath {
    static func validate(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty, !path.hasPrefix("/"),
              parts.allSatisfy({ $0 != ".." && $0 != "." && !$0.contains("\0") }) else { return nil }
        return parts.joined(separator: "/")
    }
}

/// Plain POSIX file writes: one open, write and close per file, no temporary file and no fsync
/// (the staged tree is swapped in as a whole; Foundation's `Data.write` syncs every file).
enum PlainFile {
    static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError(errno: errno) }
        defer { close(descriptor) }
        let written = bytes.withContiguousStorageIfAvailable { buffer in writeAll(buffer, to: descriptor) }
            ?? Array(bytes).withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        if let failure = written { throw POSIXError(errno: failure) }
    }

    /// Writes beside `path` and renames over it, so a reader sees the old file or the new one.
    static func replace(_ bytes: some Collection<UInt8>, at path: String) throws {
        let temporary = path + ".dxportal-new-\(getpid())"
        do {
            try write(bytes, to: temporary)
            guard rename(temporary, path) == 0 else { throw POSIXError(errno: errno) }
        } catch {
            unlink(temporary) // our own temporary file; absent is fine
            throw error
        }
    }

    /// Creates one folder; one that already exists is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o777) != 0 && errno != EEXIST { throw POSIXError(errno: errno) }
    }

    /// Writes the whole buffer; returns errno on failure.
    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let result = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += result
        }
        return nil
    }
}

extension POSIXError {
    init(errno code: Int32) {
        self.init(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
}

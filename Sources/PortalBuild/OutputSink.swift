import Foundation
import PortalModel

/// Where rendered files go. Writes may come from several threads at once.
public protocol OutputSink: Sendable {
    /// Writes `bytes` at `path`, relative to the output root, creating folders as needed.
    func write(_ bytes: some Collection<UInt8> & Sendable, to path: String) throws
}

/// Passes writes on to another output and remembers their paths (to check links against).
final class RecordingOutput<Base: OutputSink>: OutputSink, @unchecked Sendable {
    private let base: Base
    private let lock = NSLock()
    private var recorded: Set<String> = []

    init(_ base: Base) {
        self.base = base
    }

    func write(_ bytes: some Collection<UInt8> & Sendable, to path: String) throws {
        try base.write(bytes, to: path)
        lock.withLock { _ = recorded.insert(path) }
    }

    /// Every path written so far.
    var paths: Set<String> { lock.withLock { recorded } }
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

/// A file a build wrote: its path in the output folder and the hash of its bytes.
public struct WrittenFile: Sendable, Equatable {
    public let path: String
    public let hash: UInt64
    /// Its size and times as written, when it is put in place as it is (a staged file moves
    /// with its folder); nil when it is renamed on its own later, which changes its change time.
    var stamp: FileStamp?
}

/// A file's size and times as one comparable pair. The time combines the modification and the
/// change time: `touch -r` can put back the first after a hand edit, never the second.
struct FileStamp: Sendable, Equatable {
    let size: Int
    let time: Int

    static let missing = FileStamp(size: -1, time: 0)

    init(size: Int, time: Int) {
        self.size = size
        self.time = time
    }

    init(_ info: stat) {
        let modified = info.st_mtim.tv_sec &* 1_000_000_000 &+ info.st_mtim.tv_nsec
        let changed = info.st_ctim.tv_sec &* 1_000_000_000 &+ info.st_ctim.tv_nsec
        self.init(size: Int(info.st_size), time: modified &* 31 &+ changed)
    }
}

/// An output that a full build fills and then puts in place of the previous output: nothing in
/// the output folder changes before `commit`, so a build that fails leaves it as it was.
public protocol ReplacingOutput: OutputSink {
    /// Puts the build's files in place; the output folder then holds what was written (and,
    /// when written over, files added to it by hand).
    func commit() throws
    /// Forgets the build after a failure (only scratch files are removed).
    func discard()
    /// Every file written, in path order.
    var writtenFiles: [WrittenFile] { get }
}

/// Writes into a fresh folder beside the final output, and swaps it into place only on success,
/// so a failed build leaves the previous output exactly as it was.
public final class StagedDirectoryOutput: ReplacingOutput, @unchecked Sendable {
    public let destination: URL
    public let staging: URL
    private let written = WrittenFiles()

    public var writtenFiles: [WrittenFile] { written.files }

    /// Creates the staging folder `.<name>.staging-<pid>` next to `destination`.
    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        staging = try ScratchFolder.make(beside: self.destination)
    }

    public func write(_ bytes: some Collection<UInt8> & Sendable, to path: String) throws {
        let relative = try SafeOutputPath.checked(path)
        let stamp = try PlainFile.write(bytes, to: relative, under: staging.path)
        written.add(WrittenFile(path: relative, hash: ContentHash.of(bytes), stamp: stamp))
    }

    /// Swaps the staged tree into `destination`; the old output is removed only after the swap.
    public func commit() throws {
        try OutputMarker.write(in: staging)
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

/// Writes a full build over the output of the previous one, when that output is known to be
/// exactly as the previous build left it: a file whose bytes are unchanged is left alone, a new
/// or changed one is staged beside the output and renamed into place at `commit`, and a file the
/// build no longer makes is removed then. Adding an article to a large portal changes a few
/// hundred list pages, not its 16,000 files; creating and deleting those was a third of the build.
public final class UpdatingDirectoryOutput: ReplacingOutput, @unchecked Sendable {
    public let destination: URL
    /// Holds only the new and changed files, in their folders.
    public let staging: URL
    private let previous: [String: UInt64]
    private let written = WrittenFiles()
    private let changed = WrittenFiles()

    public var writtenFiles: [WrittenFile] { written.files }
    /// The files `commit` puts in place: new, or with other bytes than before.
    public var changedFiles: [WrittenFile] { changed.files }
    /// How many files of the previous output `commit` removed.
    public private(set) var removedFiles = 0

    /// `previous` lists every file of the output folder and the hash of its bytes.
    public init(destination: URL, previous: [WrittenFile]) throws {
        self.destination = destination.standardizedFileURL
        self.previous = Dictionary(previous.map { ($0.path, $0.hash) }, uniquingKeysWith: { $1 })
        staging = try ScratchFolder.make(beside: self.destination)
    }

    public func write(_ bytes: some Collection<UInt8> & Sendable, to path: String) throws {
        let relative = try SafeOutputPath.checked(path)
        let file = WrittenFile(path: relative, hash: ContentHash.of(bytes))
        written.add(file)
        guard previous[relative] != file.hash else { return }
        try PlainFile.write(bytes, to: relative, under: staging.path)
        changed.add(file)
    }

    /// Removes the files no longer made (and the folders that leaves empty), then renames the new
    /// and changed files into place. An error here (an I/O failure: the content was fine) leaves
    /// the output partly updated: `OutputPartlyUpdated` says so, and the output no longer matches
    /// the stamps the cache recorded, so the next build replaces it as a whole.
    public func commit() throws {
        do {
            let kept = Set(writtenFiles.map(\.path))
            for path in previous.keys.sorted() where !kept.contains(path) {
                if unlink(destination.path + "/" + path) == 0 {
                    removedFiles += 1
                } else if errno != ENOENT {
                    throw POSIXError(errno: errno)
                }
                var folder = path
                while let slash = folder.lastIndex(of: "/") {
                    folder = String(folder[..<slash])
                    if rmdir(destination.path + "/" + folder) != 0 { break } // not empty: still in use
                }
            }
            for file in changedFiles {
                if !moveIntoPlace(file.path) {
                    clearWay(for: file.path) // a page became a folder or the other way round
                    guard moveIntoPlace(file.path) else { throw POSIXError(errno: errno) }
                }
            }
            if !OutputMarker.isPresent(in: destination) { try OutputMarker.write(in: destination) } // built by an older version
        } catch {
            throw OutputPartlyUpdated(folder: destination.path, reason: error.localizedDescription)
        }
        discard()
    }

    private func moveIntoPlace(_ path: String) -> Bool {
        if let slash = path.lastIndex(of: "/"), (try? PlainFile.makeFolders(String(path[..<slash]), under: destination.path)) == nil {
            return false
        }
        return rename(staging.path + "/" + path, destination.path + "/" + path) == 0
    }

    /// Removes what stands in the way of `path` in the output: a file where one of its folders
    /// must go, or a folder (with whatever was added to it by hand) where the file goes. A full
    /// build into a new folder would not have them either.
    private func clearWay(for path: String) {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += (folder.isEmpty ? "" : "/") + part
            var info = stat()
            if lstat(destination.path + "/" + folder, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                unlink(destination.path + "/" + folder) // our own output file, no longer made
            }
        }
        try? FileManager.default.removeItem(atPath: destination.path + "/" + path) // absent is fine
    }

    /// Removes the staging folder (after `commit`, only empty folders are left in it).
    public func discard() {
        try? FileManager.default.removeItem(at: staging) // only our own scratch files
    }
}

/// Putting a build's files in place failed part way (an I/O error; the content was fine).
public struct OutputPartlyUpdated: LocalizedError {
    public let folder: String
    public let reason: String

    public var errorDescription: String? {
        "\(folder) chỉ được cập nhật một phần (\(reason)); hãy dựng lại: lần dựng sau sẽ ghi lại toàn bộ thư mục."
    }
}

/// The files an output wrote, added from several threads.
private final class WrittenFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [WrittenFile] = []

    func add(_ file: WrittenFile) {
        lock.withLock { list.append(file) }
    }

    /// In path order.
    var files: [WrittenFile] { lock.withLock { list.sorted { $0.path < $1.path } } }
}

/// A small file at the top of every output folder a build writes. A build replaces its output
/// folder as a whole, so a folder given with `--output` must be empty or carry this mark: an
/// `index.html` alone does not show that a folder is ours to replace (it may be another site).
public enum OutputMarker {
    public static let name = ".dxportal-output"
    static let text = "Thư mục này do dxportal dựng; mỗi lần dựng sẽ thay thế toàn bộ nội dung của nó.\n"
        + "This folder is written by dxportal; every build replaces all of its content.\n"

    public static func isPresent(in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    static func write(in folder: URL) throws {
        try PlainFile.write(Array(text.utf8), to: folder.appendingPathComponent(name).path)
    }
}

/// The build's scratch folder beside the output: `.<name>.staging-<pid>`.
private enum ScratchFolder {
    static func make(beside destination: URL) throws -> URL {
        let parent = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).staging-"
        removeAbandoned(in: parent, prefix: prefix)
        removeAbandoned(in: parent, prefix: ".\(destination.lastPathComponent).old-") // killed during a swap
        let folder = parent.appendingPathComponent(prefix + "\(getpid())")
        // A staging folder left by a killed build of the same process id is stale: start afresh.
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Scratch folders of builds that were killed: their process no longer runs (on this
    /// machine: a build in another container sharing the folder is not seen).
    private static func removeAbandoned(in parent: URL, prefix: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name)) // only our own scratch files
        }
    }
}

/// Output paths must stay inside the output folder.
enum SafeOutputPath {
    /// The path, normalised, or an error when it would leave the output folder.
    static func checked(_ path: String) throws -> String {
        guard let relative = validate(path) else { throw CocoaError(.fileWriteInvalidFileName) }
        return relative
    }

    static func validate(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty, !path.hasPrefix("/"),
              parts.allSatisfy({ $0 != ".." && $0 != "." && !$0.contains("\0") }) else { return nil }
        return parts.joined(separator: "/")
    }
}

/// Plain POSIX file writes: one open, write and close per file, no temporary file and no fsync
/// (files are written into a staging folder and moved into place at the end; Foundation's
/// `Data.write` syncs every file).
enum PlainFile {
    /// Writes `bytes` at `relative` under the folder `root`, creating the folders it needs.
    @discardableResult
    static func write(_ bytes: some Collection<UInt8>, to relative: String, under root: String) throws -> FileStamp {
        if let slash = relative.lastIndex(of: "/") { try makeFolders(String(relative[..<slash]), under: root) }
        return try write(bytes, to: root + "/" + relative)
    }

    /// Creates `folder` (relative to `root`) and its missing parents. The folder itself is tried
    /// first (each page has its own, whose parent usually exists); `mkdir` is atomic and an
    /// existing folder counts as made, so threads need not wait for each other.
    static func makeFolders(_ folder: String, under root: String) throws {
        let path = root + "/" + folder
        guard mkdir(path, 0o777) != 0 else { return }
        let error = errno
        guard error == ENOENT, let slash = folder.lastIndex(of: "/") else {
            if error != EEXIST { throw POSIXError(errno: error) }
            return
        }
        try makeFolders(String(folder[..<slash]), under: root)
        try makeFolder(path)
    }

    /// Returns the file's stamp as written (taken from the open file: a later look-up by path
    /// costs a walk of the folders, 16,000 times at the end of a large build).
    @discardableResult
    static func write(_ bytes: some Collection<UInt8>, to path: String) throws -> FileStamp {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError(errno: errno) }
        defer { close(descriptor) }
        let written = bytes.withContiguousStorageIfAvailable { buffer in writeAll(buffer, to: descriptor) }
            ?? Array(bytes).withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        if let failure = written { throw POSIXError(errno: failure) }
        var info = stat()
        return fstat(descriptor, &info) == 0 ? FileStamp(info) : .missing
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

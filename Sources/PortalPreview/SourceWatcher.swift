import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders recursively with inotify and reports changed paths (relative to the root)
/// once no event came for `quiet` (debounce). Editors that save through a temporary file and a
/// rename are seen as `IN_MOVED_TO`; dot files and editor backups are ignored.
public final class SourceWatcher: @unchecked Sendable {
    private let root: URL
    private let folders: [String]
    private let quiet: Duration
    private let onChange: @Sendable (Set<String>) -> Void
    private let lock = NSLock()
    private var running = false
    private var thread: Thread?

    public init(root: URL, folders: [String], quiet: Duration = .milliseconds(25),
                onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root.standardizedFileURL
        self.folders = folders
        self.quiet = quiet
        self.onChange = onChange
    }

    /// Starts the watching thread; returns false when inotify is not available.
    @discardableResult
    public func start() -> Bool {
        #if canImport(Glibc)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return false }
        lock.withLock { running = true }
        // Watches are in place before `start` returns, so no edit made right after is missed.
        var directories: [Int32: String] = [:]
        for folder in folders { addTree(folder, fd: fd, into: &directories) }
        let watched = directories
        let thread = Thread { [self] in loop(fd, directories: watched) }
        thread.name = "dxportal-watcher"
        self.thread = thread
        thread.start()
        return true
        #else
        return false
        #endif
    }

    public func stop() {
        lock.withLock { running = false }
    }

    private var isRunning: Bool { lock.withLock { running } }

    #if canImport(Glibc)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE)

    private func loop(_ fd: Int32, directories initial: [Int32: String]) {
        defer { close(fd) }
        var directories = initial
        var pending: Set<String> = []
        var lastEvent = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while isRunning {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 10)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    for path in events(buffer, count: count, fd: fd, directories: &directories) { pending.insert(path) }
                    lastEvent = .now
                }
            }
            if !pending.isEmpty, ContinuousClock.now - lastEvent >= quiet {
                onChange(pending)
                pending.removeAll()
            }
        }
    }

    /// Decodes `inotify_event` records; new folders are watched as they appear.
    private func events(_ buffer: [UInt8], count: Int, fd: Int32, directories: inout [Int32: String]) -> [String] {
        var paths: [String] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + Int(event.len))]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += header + Int(event.len)
            guard let folder = directories[event.wd], !name.isEmpty, !Self.ignored(name) else { continue }
            let path = folder + "/" + name
            if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                addTree(path, fd: fd, into: &directories)
            }
            paths.append(path)
        }
        return paths
    }

    private func addTree(_ folder: String, fd: Int32, into directories: inout [Int32: String]) {
        let url = root.appendingPathComponent(folder)
        let wd = inotify_add_watch(fd, url.path, Self.mask)
        guard wd >= 0 else { return }
        directories[wd] = folder
        // A folder that vanished meanwhile simply has nothing to watch.
        let children = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey])) ?? []
        for child in children where (try? child.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            if !Self.ignored(child.lastPathComponent) { addTree(folder + "/" + child.lastPathComponent, fd: fd, into: &directories) }
        }
    }
    #endif

    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
    }
}

import Foundation
import PortalMarkdown
import PortalModel
import PortalTemplates

/// What the cache folder (`.dxportal-cache/` in the site root) remembers of the last good build:
/// the content hash of every file it read, the parsed items (without their Markdown), what each
/// body cites and links, which content files every page shows, the warnings, and the size and
/// time of every file written to the output folder.
///
/// A warm build trusts none of it blindly: the file carries a checksum, the program's identity
/// and the build options; the output folder must still hold exactly the files the cache lists,
/// unchanged. Anything else and the cache is ignored (and rewritten after a full build).
struct CachedBuild: Codable {
    var inputs: [InputFile]
    var articles: [Article]
    var documents: [Document]
    var stories: [Story]
    var pages: [Page]
    var bodies: [RenderedMarkdown]
    var records: [PageEntry]
    var warnings: [Diagnostic]
    var asOf: CalendarDate
    var filesWritten: Int
    var output: [OutputFile]

    struct InputFile: Codable, Equatable {
        var path: String
        var hash: UInt64
    }

    struct PageEntry: Codable {
        var path: String
        var plan: PagePlan
        var template: TemplateName
        var dependencies: [Int]
    }

    struct OutputFile: Codable, Equatable {
        var path: String
        var size: Int
        var modified: Int
    }
}

/// Reads and writes the cache file; every failure to read means "no cache".
struct BuildCache {
    static let folderName = ".dxportal-cache"
    /// Bumped whenever what is cached, or how it is rendered, changes meaning.
    static let format = "dxportal-cache-1"
    let folder: URL
    /// The program and the options the cached build was made with.
    let key: String

    private var file: URL { folder.appendingPathComponent("build.bin") }

    init(root: URL, key: String) {
        folder = root.appendingPathComponent(Self.folderName)
        self.key = key
    }

    func load() -> CachedBuild? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let bytes = [UInt8](data)
        let header = Array((Self.format + "\n" + key + "\n").utf8)
        guard bytes.count > header.count + 8, Array(bytes[..<header.count]) == header else { return nil }
        let payload = Array(bytes[header.count..<(bytes.count - 8)])
        let stored = bytes[(bytes.count - 8)...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard ContentHash.of(payload) == stored else { return nil }
        return try? CompactCoding.decode(CachedBuild.self, from: payload)
    }

    /// Writes the cache atomically (a new file renamed over the old one).
    func save(_ build: CachedBuild) {
        guard let payload = try? CompactCoding.encode(build) else { return }
        var bytes = Array((Self.format + "\n" + key + "\n").utf8)
        bytes += payload
        withUnsafeBytes(of: ContentHash.of(payload).littleEndian) { bytes += $0 }
        // A cache that cannot be written only makes the next build a full one.
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? PlainFile.replace(bytes, at: file.path)
    }

    /// Forgets the cache (before a build that cannot use it writes a new one).
    func remove() {
        try? FileManager.default.removeItem(at: file) // absent is fine
    }
}

/// A stable 64-bit content hash (FNV-1a over 8-byte words, then the tail bytes): the same bytes
/// give the same hash in every process, unlike Swift's seeded `Hasher`.
enum ContentHash {
    static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        let done = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            let raw = UnsafeRawBufferPointer(buffer)
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
                hash ^= hash >> 29
                offset += 8
            }
            for byte in raw[offset...] { hash = (hash ^ UInt64(byte)) &* prime }
            return true
        }
        if done == nil {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        }
        return hash
    }
}

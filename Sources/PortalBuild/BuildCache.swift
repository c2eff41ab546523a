import Foundation
import PortalMarkdown
import PortalModel
import PortalSource
import PortalTemplates

/// What the cache folder (`.dxportal-cache/` in the site root) keeps, in two files.
///
/// `site.bin`, the snapshot, is written by a full build: the content hash of every file it read,
/// the parsed items (without their Markdown), the index computed from them, each body's excerpt
/// and citations, which content files every page shows, and the build report. It is large
/// (about 3 KB an article) and is rewritten only after a full build or once many files have
/// changed since it was made.
///
/// `state.bin` is written by every build: the hashes of the files as they are now, the size and
/// time of every file in the output folder, the report, and the checksum of the snapshot it goes
/// with. A warm build re-reads the files changed since the snapshot and renders the pages that
/// show the files changed since the last build.
///
/// A warm build trusts none of it blindly: each file carries a checksum, the program's identity
/// and the build options; the output folder must still hold exactly the files the state lists,
/// unchanged. Anything else and the cache is ignored (and rewritten after a full build).
struct CachedBuild: Codable {
    var inputs: FileHashes
    var articles: FieldCoded<[Article]>
    var documents: [Document]
    var stories: FieldCoded<[Story]>
    var pages: [Page]
    var index: CachedIndex
    var bodies: BodyColumns
    var records: PageColumns
    var report: BuildReport

    /// What other pages need of each body, in index order: its excerpt and what it cites.
    struct BodyColumns: FieldCodable {
        var excerpts: [String]
        var citedDocuments: [[Int]]
    }

    /// The page records in the planner's order (the plans are planned again from the index):
    /// output path, template, and the content files shown, as positions in `inputs`.
    struct PageColumns: FieldCodable {
        var paths: [String] = []
        var templates: [TemplateName] = []
        var dependencies: [[Int]] = []
    }
}

// Field-by-field coding lives in extensions, so each type keeps its memberwise initializer.

extension CachedBuild.BodyColumns {
    init(from source: CompactSource) throws {
        self.init(excerpts: try source.read(), citedDocuments: try source.read())
    }

    func write(to sink: CompactSink) {
        excerpts.write(to: sink)
        citedDocuments.write(to: sink)
    }
}

extension CachedBuild.PageColumns {
    init(from source: CompactSource) throws {
        self.init(paths: try source.read(), templates: try source.read(), dependencies: try source.read())
    }

    func write(to sink: CompactSink) {
        paths.write(to: sink)
        templates.write(to: sink)
        dependencies.write(to: sink)
    }
}

/// The cache's record of the last build (see `CachedBuild`).
struct CacheState: Codable {
    /// The checksum of the snapshot this state goes with.
    var snapshot: UInt64
    var inputs: FileHashes
    var output: OutputStamps
    var report: BuildReport
    /// The output's search index is the one the snapshot's build wrote (false once a warm build
    /// wrote another: an edit put back later must then write it again).
    var searchIndexAsSnapshot: Bool
}

/// Content hashes of files, in path order (columns: no per-file record to encode), with the
/// stat stamp each hash was read under (0: read it again next time; see `InputFiles`).
struct FileHashes: FieldCodable, Equatable {
    var paths: [String]
    var hashes: [UInt64]
    var stamps: [UInt64]

    /// The files whose hash differs from `other`'s, which lists the same paths.
    func changed(since other: FileHashes) -> [String] {
        zip(paths, zip(hashes, other.hashes)).filter { $0.1.0 != $0.1.1 }.map(\.0)
    }
}

extension FileHashes {
    init(from source: CompactSource) throws {
        self.init(paths: try source.read(), hashes: try source.read(), stamps: try source.read())
    }

    func write(to sink: CompactSink) {
        paths.write(to: sink)
        hashes.write(to: sink)
        stamps.write(to: sink)
    }
}

/// Reads and writes the cache files; every failure to read means "no cache".
struct BuildCache {
    static let folderName = ".dxportal-cache"
    /// Bumped whenever what is cached, or how it is rendered, changes meaning.
    static let format = "dxportal-cache-17"
    let folder: URL
    /// The program and the options the cached build was made with.
    let key: String

    private var snapshotFile: String { folder.appendingPathComponent("site.bin").path }
    private var stateFile: String { folder.appendingPathComponent("state.bin").path }

    init(root: URL, key: String) {
        folder = root.appendingPathComponent(Self.folderName)
        self.key = key
    }

    func loadState() -> CacheState? {
        unseal(stateFile).flatMap { try? CompactCoding.decode(CacheState.self, from: $0.bytes, in: $0.payload) }
    }

    /// The snapshot, if it is the one `state` goes with.
    func loadSnapshot(for state: CacheState) -> CachedBuild? {
        guard let (bytes, payload, checksum) = unseal(snapshotFile), checksum == state.snapshot else { return nil }
        return try? CompactCoding.decode(CachedBuild.self, from: bytes, in: payload)
    }

    /// Writes a new snapshot and its state.
    func save(_ snapshot: CachedBuild, output: OutputStamps) {
        guard let payload = try? CompactCoding.encode(snapshot), let checksum = seal(payload, at: snapshotFile) else {
            remove()
            return
        }
        save(CacheState(snapshot: checksum, inputs: snapshot.inputs, output: output, report: snapshot.report, searchIndexAsSnapshot: true))
    }

    /// Writes the state; the snapshot stays.
    func save(_ state: CacheState) {
        guard let payload = try? CompactCoding.encode(state), seal(payload, at: stateFile) != nil else {
            remove()
            return
        }
    }

    /// Forgets the cache (before a build that cannot use it writes a new one).
    func remove() {
        for file in [stateFile, snapshotFile] { unlink(file) } // absent is fine
    }

    /// Writes header, payload and checksum atomically (a new file renamed over the old one);
    /// returns the checksum, nil when the file could not be written.
    private func seal(_ payload: [UInt8], at path: String) -> UInt64? {
        var bytes = Array((Self.format + "\n" + key + "\n").utf8)
        bytes += payload
        let checksum = ContentHash.of(payload)
        withUnsafeBytes(of: checksum.littleEndian) { bytes += $0 }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            try PlainFile.replace(bytes, at: path)
            return checksum
        } catch {
            return nil // a cache that cannot be written only makes the next build a full one
        }
    }

    /// The bytes of a file this program wrote with these options, where its payload lies in
    /// them, and its checksum; nil otherwise.
    private func unseal(_ path: String) -> (bytes: [UInt8], payload: Range<Int>, checksum: UInt64)? {
        guard let bytes = try? WholeFile.read(path) else { return nil }
        let header = Array((Self.format + "\n" + key + "\n").utf8)
        guard bytes.count > header.count + 8, bytes[..<header.count].elementsEqual(header) else { return nil }
        let payload = header.count..<(bytes.count - 8)
        let stored = bytes[payload.upperBound...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard ContentHash.of(bytes[payload]) == stored else { return nil }
        return (bytes, payload, stored)
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

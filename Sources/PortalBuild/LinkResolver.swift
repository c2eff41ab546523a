import Foundation
import PortalMarkdown
import PortalModel

/// Maps link and image targets written in a body to public URLs: content files (`../documents/
/// kh-96.md`) to their page, media files to `/media/…`, site paths (`/van-ban/`) under the base path.
struct LinkResolver: Sendable {
    let basePath: String
    let urlBySourcePath: [String: String]
    let media: [String: Int]
    let contentFolder: String
    /// Files that exist but could not be read; a link to one is not reported again.
    var unreadable: Set<String> = []

    func resolve(_ raw: String, from sourcePath: String) -> LinkTarget {
        // A file on the editor's computer (`C:\\Users\\…`, `file:///…`) is no address on the web.
        if Self.isLocalFile(raw) { return .broken }
        if raw.hasPrefix("#") || raw.hasPrefix("//") || Self.hasScheme(raw) { return .unchanged }
        let (path, suffix) = Self.splitSuffix(raw)
        if path.isEmpty { return .unchanged }
        if path.hasPrefix("/") { return .resolved(basePath + path.dropFirst() + suffix) }
        let directory = sourcePath.split(separator: "/").dropLast().map(String.init)
        guard let target = Self.normalize(directory + path.split(separator: "/").map(String.init)) else { return .broken }
        let decoded = target.removingPercentEncoding ?? target
        if let url = urlBySourcePath[decoded] { return .resolved(basePath + url.dropFirst() + suffix) }
        if unreadable.contains(decoded) { return .unchanged }
        let mediaPrefix = "\(contentFolder)/media/"
        if decoded.hasPrefix(mediaPrefix), media[String(decoded.dropFirst(mediaPrefix.count))] != nil {
            // Encoded from the file's name, as written to the output (composed): a `%` or a space
            // in the name is an escape in the address (`100%.pdf` → `100%25.pdf`).
            let name = String(decoded.dropFirst(mediaPrefix.count)).precomposedStringWithCanonicalMapping
            return .resolved(basePath + URLScheme.media(name).dropFirst() + suffix)
        }
        return .broken
    }

    /// `C:\\…`, `D:/…` (a drive letter) or `file:…`: a file on the editor's own computer.
    static func isLocalFile(_ url: String) -> Bool {
        let bytes = Array(url.utf8.prefix(3))
        let drive = bytes.count == 3 && (0x41...0x5A).contains(bytes[0] & 0xDF) && bytes[1] == UInt8(ascii: ":")
            && (bytes[2] == UInt8(ascii: "\\") || bytes[2] == UInt8(ascii: "/"))
        return drive || url.lowercased().hasPrefix("file:")
    }

    /// `mailto:`, `https:`, `tel:` … (a scheme is letters then `:` before any `/`).
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && scheme.first?.isLetter == true
    }

    static func splitSuffix(_ url: String) -> (String, String) {
        guard let index = url.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (url, "") }
        return (String(url[..<index]), String(url[index...]))
    }

    /// Resolves `.` and `..`; nil when the path climbs above the site root.
    static func normalize(_ parts: [String]) -> String? {
        var result: [String] = []
        for part in parts where !part.isEmpty && part != "." {
            if part == ".." {
                guard !result.isEmpty else { return nil }
                result.removeLast()
            } else {
                result.append(part)
            }
        }
        return result.joined(separator: "/")
    }
}

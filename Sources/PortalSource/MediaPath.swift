import PortalModel

/// Normalises a path written relative to `content/media/`; nil when it would leave that folder.
enum MediaPath {
    static func normalize(_ raw: String) -> String? {
        var text = raw
        if text.hasPrefix("media/") { text.removeFirst("media/".count) }
        guard !text.isEmpty, !text.hasPrefix("/"), !text.contains("\\"), !text.contains("\0"),
              !text.contains("://"), !text.hasPrefix("~") else { return nil }
        var parts: [Substring] = []
        for part in text.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: "/")
    }
}

extension YAMLMapping {
    /// A media path (`cover`, attachment `file`), checked not to leave `content/media/`.
    func media(_ key: String, required: Bool = false, log: DiagnosticLog) -> MediaReference? {
        guard let raw = text(key, required: required) else { return nil }
        let place = location(of: key)
        guard let path = MediaPath.normalize(raw) else {
            log.error(.mediaPathOutsideMedia(path: raw), at: place)
            return nil
        }
        return MediaReference(path: path, location: place)
    }
}

import PortalModel

/// Which front-matter and site.yml addresses may become links.
enum LinkSafety {
    static let schemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Spaces, quotes, angle brackets and backticks pasted into an address, percent-encoded (a
    /// browser would do the same; left as they are, they make the `href` invalid HTML).
    static func escaped(_ url: String) -> String {
        URLText.percentEncoded(url) { !" \"<>`".utf8.contains($0) }
    }

    /// A path or fragment without a scheme, or a URL with one of `schemes`. Browsers ignore tabs
    /// and line breaks inside a URL and spaces before it, so they do not hide a scheme here;
    /// any other control character makes the address unusable.
    static func isSafe(_ url: String) -> Bool {
        guard !url.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" || $0.value == 0x7F })
        else { return false }
        let visible = String(url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }).trimmingWhitespace()
        guard let colon = visible.firstIndex(of: ":") else { return true }
        let scheme = visible[..<colon]
        // A colon after a path, query or fragment has begun is not a scheme (`/a:b`, `?t=1:2`).
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return schemes.contains(scheme.lowercased())
    }
}

import PortalModel

/// Gives every item its URL and reports two sources (or an alias) that map to one output path.
enum OutputPaths {
    /// Top-level URL segments the portal itself uses; a page may not take them.
    static let reservedSegments = Set(["tin-tuc", "van-ban", "cau-chuyen-thanh-cong", "tim-kiem", "media", "assets", "trang"])
        .union(Taxonomy.allCases.map(\.pathSegment))

    static func assign(articles: [Article], documents: [Document], stories: [Story], pages: [Page],
                       diagnostics: inout [Diagnostic]) -> [String: String] {
        var owner: [String: String] = [:]
        var bySource: [String: String] = [:]
        func claim(_ url: String, by path: String, at location: SourceLocation) {
            if let other = owner[url] {
                diagnostics.append(Diagnostic(.error, .outputCollision(url: url, otherPath: other), at: location))
            } else {
                owner[url] = path
            }
        }
        let items: [(path: String, url: String, aliases: [String])] =
            articles.map { ($0.path, URLScheme.article($0), $0.aliases) }
            + documents.map { ($0.path, URLScheme.document($0), $0.aliases) }
            + stories.map { ($0.path, URLScheme.story($0), $0.aliases) }
            + pages.map { ($0.path, URLScheme.page($0), $0.aliases) }
        let inPathOrder = items.sorted { $0.path < $1.path }
        for item in inPathOrder {
            let location = SourceLocation(path: item.path)
            let segment = item.url.split(separator: "/").first.map(String.init) ?? ""
            if item.url.split(separator: "/").count == 1, reservedSegments.contains(segment) {
                diagnostics.append(Diagnostic(.error, .reservedAddress(url: item.url), at: location))
            }
            claim(item.url, by: item.path, at: location)
            bySource[item.path] = item.url
        }
        for item in inPathOrder {
            for alias in item.aliases {
                guard let url = normalizeAlias(alias) else {
                    diagnostics.append(Diagnostic(.error, .invalidAlias(alias: alias),
                                                  at: SourceLocation(path: item.path)))
                    continue
                }
                claim(url, by: item.path, at: SourceLocation(path: item.path))
            }
        }
        return bySource
    }

    /// `/tin-tuc/cu/` or `tin-tuc/cu` → `/tin-tuc/cu/`; nil for paths that could leave the site.
    static func normalizeAlias(_ raw: String) -> String? {
        let parts = raw.split(separator: "/").map(String.init)
        guard !parts.isEmpty, !raw.contains("://"), !raw.contains("\\"),
              parts.allSatisfy({ $0 != "." && $0 != ".." && !$0.hasPrefix(".") && !$0.contains("?") && !$0.contains("#") })
        else { return nil }
        return "/" + parts.joined(separator: "/") + "/"
    }
}

import PortalModel

/// Parses `content/site.yml` and `content/issuers.yml`.
public struct SiteConfigParser: Sendable {
    public init() {}

    static let siteKeys = ["title", "description", "owner", "address", "phone", "email", "base_url", "language",
                           "timezone", "page_size", "menu", "pillars", "sectors", "localities", "allow_unsafe_html"]

    /// The site configuration, or nil with diagnostics when it is unusable (not a mapping, or a
    /// vocabulary that is not a list). A config with errors still comes back, to check content.
    public func parseSite(path: String, bytes: [UInt8]) -> (SiteConfig?, [Diagnostic]) {
        let log = DiagnosticLog()
        guard let fields = mapping(path: path, bytes: bytes, allowed: Self.siteKeys, log: log) else {
            return (nil, log.entries)
        }
        let title = fields.text("title", required: true)
        let baseText = fields.text("base_url", required: true)
        let baseURL = baseText.flatMap { text in
            let url = BaseURL(text)
            if url == nil { log.error(.invalidBaseURL(text: text), at: fields.location(of: "base_url")) }
            return url
        }
        for (key, allowed) in [("language", "vi"), ("timezone", "Asia/Ho_Chi_Minh")] {
            if let value = fields.text(key), value != allowed {
                log.error(.invalidValue(key: key, value: value, allowed: [allowed]), at: fields.location(of: key))
            }
        }
        let pageSize = fields.integer("page_size") ?? 20
        if pageSize < 1 || pageSize > 1000 {
            log.error(.invalidValue(key: "page_size", value: String(pageSize), allowed: ["1…1000"]), at: fields.location(of: "page_size"))
        }
        let menu = fields.mappings("menu", allowed: ["title", "url"]).compactMap { item -> MenuItem? in
            guard let title = item.text("title", required: true), let url = item.link("url", required: true) else { return nil }
            return MenuItem(title: title, url: Self.siteRelative(url), location: item.location(of: "url"))
        }
        var brokenList = false
        let config = SiteConfig(
            title: title ?? "", description: fields.text("description"), owner: fields.text("owner"),
            address: fields.text("address"), phone: fields.text("phone"), email: fields.text("email"),
            baseURL: baseURL ?? .placeholder, pageSize: max(1, pageSize), menu: menu,
            pillars: terms(fields, "pillars", broken: &brokenList, log: log) ?? Term.nationalPillars,
            sectors: terms(fields, "sectors", broken: &brokenList, log: log) ?? Term.nationalSectors,
            localities: terms(fields, "localities", broken: &brokenList, log: log) ?? [],
            allowUnsafeHTML: fields.bool("allow_unsafe_html") ?? false)
        // A missing title or a bad address is reported and the build stops, but the vocabularies
        // still check the content, so every problem shows in one run.
        return (brokenList ? nil : config, log.entries)
    }

    /// The issuers registry (a YAML list of `{id, name, abbr, level, …}`).
    public func parseIssuers(path: String, bytes: [UInt8]) -> ([Issuer], [Diagnostic]) {
        let log = DiagnosticLog()
        guard let text = SourceText.decode(bytes) else {
            log.error(.invalidUTF8, at: SourceText.firstInvalidByte(in: bytes, path: path))
            return ([], log.entries)
        }
        guard let node = YAMLDocument.compose(text, path: path, lineOffset: 0, log: log) else { return ([], log.entries) }
        guard let items = node.sequence else {
            if node.mapping?.isEmpty != true {
                log.error(.wrongType(key: "issuers", expected: .list), at: SourceLocation(path: path))
            }
            return ([], log.entries)
        }
        let keys = ["id", "name", "abbr", "level", "parent", "valid_from", "valid_to", "successor"]
        let issuers = items.compactMap { item -> Issuer? in
            guard let fields = YAMLMapping(item, path: path, lineOffset: 0, allowed: keys, log: log) else { return nil }
            let id = Self.id(fields, log: log)
            let name = fields.text("name", required: true)
            let abbr = fields.text("abbr", required: true)
            let levelText = fields.text("level", required: true)
            let level = levelText.flatMap(Issuer.Level.init(rawValue:))
            if let levelText, level == nil {
                log.error(.invalidValue(key: "level", value: levelText, allowed: Issuer.Level.allCases.map(\.rawValue)),
                          at: fields.location(of: "level"))
            }
            let parent = fields.locatedText("parent")
            let validFrom = fields.date("valid_from")
            let validTo = fields.date("valid_to")
            if let validFrom, let validTo, validTo < validFrom {
                log.error(.datesOutOfOrder(key: "valid_to", date: VietnameseFormat.shortDate(validTo), earlierKey: "valid_from",
                                           earlierDate: VietnameseFormat.shortDate(validFrom)), at: fields.location(of: "valid_to"))
            }
            let successor = fields.locatedText("successor")
            guard let id, let name, let abbr, let level else { return nil }
            return Issuer(id: id, name: name, abbr: abbr, level: level, parent: parent, validFrom: validFrom,
                          validTo: validTo, successor: successor, location: fields.location)
        }
        return (issuers, log.entries)
    }

    private func mapping(path: String, bytes: [UInt8], allowed: [String], log: DiagnosticLog) -> YAMLMapping? {
        guard let text = SourceText.decode(bytes) else {
            log.error(.invalidUTF8, at: SourceText.firstInvalidByte(in: bytes, path: path))
            return nil
        }
        guard let node = YAMLDocument.compose(text, path: path, lineOffset: 0, log: log) else { return nil }
        return YAMLMapping(node, path: path, lineOffset: 0, allowed: allowed, log: log)
    }

    /// A list of `{id, name}`, nil when missing; an id given twice is an error at the second
    /// one. A value that is not a list is an error that makes site.yml unusable (`broken`), so
    /// articles are not also reported one by one for an unknown pillar or locality.
    private func terms(_ fields: YAMLMapping, _ key: String, broken: inout Bool, log: DiagnosticLog) -> [Term]? {
        guard fields.hasList(key) else {
            if fields.has(key) {
                _ = fields.mappings(key, allowed: [])
                broken = true
            }
            return nil
        }
        var seen: [String: SourceLocation] = [:]
        return fields.mappings(key, allowed: ["id", "name"]).compactMap { item in
            guard let id = Self.id(item, log: log), let name = item.text("name", required: true) else { return nil }
            if let first = seen[id] {
                log.error(.duplicateID(id: id, first: "\(first)"), at: item.location(of: "id"))
                return nil
            }
            seen[id] = item.location(of: "id")
            return Term(id: id, name: name)
        }
    }

    /// An entry's `id`: it becomes a folder of the site (`/dia-phuong/<id>/`), so it must already
    /// be in slug form (`Hà Nội/Ba Đình` would put a space and a folder in the address).
    private static func id(_ fields: YAMLMapping, log: DiagnosticLog) -> String? {
        guard let id = fields.text("id", required: true) else { return nil }
        let slug = Slug.make(id)
        if slug != id {
            log.error(.invalidID(id: id, suggestion: slug), at: fields.location(of: "id"))
        } else if id.utf8.count > Slug.maximumLength {
            log.error(.addressPartTooLong(key: "id", length: id.utf8.count, maximum: Slug.maximumLength), at: fields.location(of: "id"))
        }
        return id
    }

    /// Menu addresses are site-relative: `tin-tuc/` is `/tin-tuc/` (as written it would resolve
    /// against each page's own folder and lead nowhere from every page but the home page).
    static func siteRelative(_ url: String) -> String {
        let head = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !url.isEmpty, !head.contains(":"), !url.hasPrefix("/"), !url.hasPrefix("#"), !url.hasPrefix("?") else { return url }
        return "/" + url
    }
}

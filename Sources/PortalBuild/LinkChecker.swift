import Foundation
import PortalMarkdown
import PortalModel
import PortalTemplates

/// `dxportal check`: every internal link and `#anchor` of the rendered site must land on a page
/// and, with a fragment, on an element with that id. Broken links written in a body are reported
/// at their file:line:column, menu links at their site.yml line, the others at the template that
/// rendered the page.
struct LinkChecker {
    let basePath: String
    let files: [String: [UInt8]]
    /// The template that rendered each HTML page.
    let templates: [String: TemplateName]
    /// Body links by the output page they appear on.
    let bodyLinks: [String: [BodyLink]]
    /// The menu's links as pages write them, and where site.yml gives each: a broken one is on
    /// every page, and is reported once, there.
    var menu: [String: SourceLocation] = [:]

    func check() -> [Diagnostic] {
        var found: Set<Diagnostic> = []
        var ids = IDCache(files: files)
        for (page, bytes) in files where page.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            for raw in Self.attributes(in: html) {
                let url = raw.replacingOccurrences(of: "&amp;", with: "&")
                guard let problem = problem(url, on: page, ids: &ids) else { continue }
                let written = bodyLinks[page]?.filter { $0.url == url } ?? []
                if let place = menu[raw] {
                    found.insert(Diagnostic(.error, problem, at: place))
                } else if written.isEmpty {
                    let template = templates[page]?.rawValue ?? "base"
                    found.insert(Diagnostic(.error, .brokenTemplateLink(target: url, page: basePath + page),
                                            at: SourceLocation(path: "templates/\(template).mustache")))
                } else {
                    for link in written { found.insert(Diagnostic(.error, problem, at: link.location)) }
                }
            }
        }
        return found.sorted()
    }

    /// Nil when `url` (as written on `page`) is external or resolves.
    private func problem(_ url: String, on page: String, ids: inout IDCache) -> Problem? {
        let (path, fragment) = Self.split(url)
        let target: String
        if path.isEmpty {
            guard url.hasPrefix("#") else { return nil }
            target = page
        } else if path.hasPrefix(basePath) {
            let relative = String(path.dropFirst(basePath.count)).removingPercentEncoding ?? String(path.dropFirst(basePath.count))
            guard let file = Self.file(for: relative, in: files) else { return .brokenLink(target: url) }
            target = file
        } else {
            return nil
        }
        guard let fragment, !fragment.isEmpty, target.hasSuffix(".html") else { return nil }
        let id = fragment.removingPercentEncoding ?? fragment
        return ids.ids(of: target).contains(id) ? nil : .brokenAnchor(target: url)
    }

    static func file(for relative: String, in files: [String: [UInt8]]) -> String? {
        if relative.isEmpty || relative.hasSuffix("/") { return files[relative + "index.html"] != nil ? relative + "index.html" : nil }
        if files[relative] != nil { return relative }
        return files[relative + "/index.html"] != nil ? relative + "/index.html" : nil
    }

    static func split(_ url: String) -> (String, String?) {
        let noQuery = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
        guard let hash = noQuery.firstIndex(of: "#") else { return (noQuery, nil) }
        return (String(noQuery[..<hash]), String(noQuery[noQuery.index(after: hash)...]))
    }

    /// The values of `href` and `src` attributes.
    static func attributes(in html: String) -> [String] {
        var values: [String] = []
        for name in [" href=\"", " src=\""] {
            var rest = html[...]
            while let start = rest.range(of: name) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                values.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return values
    }
}

/// The `id` attributes of pages, read once per page.
private struct IDCache {
    let files: [String: [UInt8]]
    private var cache: [String: Set<String>] = [:]

    init(files: [String: [UInt8]]) {
        self.files = files
    }

    mutating func ids(of page: String) -> Set<String> {
        if let known = cache[page] { return known }
        var found: Set<String> = []
        var rest = String(decoding: files[page] ?? [], as: UTF8.self)[...]
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            found.insert(String(rest[..<end]))
            rest = rest[end...]
        }
        cache[page] = found
        return found
    }
}

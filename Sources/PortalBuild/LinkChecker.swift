import Foundation
import PortalMarkdown
import PortalModel
import PortalSource
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
        // A broken link of the theme is on many pages: reported once, for the first page in order.
        var themeLinks: [String: Diagnostic] = [:]
        for (page, bytes) in files.sorted(by: { $0.key < $1.key }) where page.hasSuffix(".html") {
            // cmark writes a body's link percent-encoded (`#m%E1%BB%A5c`): compared decoded.
            let written = Dictionary(grouping: bodyLinks[page] ?? []) { Self.decoded($0.url) }
            var seen: Set<String> = [] // a link repeated on a page is checked, and reported, once
            for raw in Self.attributes(in: bytes) where seen.insert(raw).inserted {
                let url = Self.unescaped(raw)
                guard let problem = problem(url, on: page, ids: &ids) else { continue }
                if let place = menu[raw] {
                    found.insert(Diagnostic(.error, problem, at: place))
                } else if let links = written[Self.decoded(url)] {
                    for link in links { found.insert(Diagnostic(.error, problem, at: link.location)) }
                } else if themeLinks[url] == nil {
                    let template = templates[page]?.rawValue ?? "base"
                    themeLinks[url] = Diagnostic(.error, .brokenTemplateLink(target: Self.decoded(url), page: basePath + page),
                                                 at: SourceLocation(path: "templates/\(template).mustache"))
                }
            }
        }
        return (found.union(themeLinks.values)).sorted()
    }

    private static func decoded(_ url: String) -> String { url.removingPercentEncoding ?? url }

    /// An attribute's value as the browser reads it: `&amp;`, `&#39;`, `&#x27;` … back to their
    /// characters (the theme and cmark escape `&`, quotes and angle brackets in addresses).
    static func unescaped(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = value[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let entity = rest[ampersand...].prefix(12)
            if let semicolon = entity.firstIndex(of: ";"), let character = character(of: entity[entity.index(after: ampersand)..<semicolon]) {
                result.append(character)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest[rest.index(after: ampersand)...]
            }
        }
        return result + rest
    }

    private static func character(of name: Substring) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.first == "#" else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// Nil when `url` (as written on `page`) is external or resolves.
    private func problem(_ url: String, on page: String, ids: inout IDCache) -> Problem? {
        var (path, fragment) = Self.split(url)
        let target: String
        if !path.isEmpty, !path.hasPrefix("/"), !Self.hasScheme(path) {
            // Relative to the page (a theme's `href="khong-co/"`, a body's link as written).
            let pageURL = URL(string: "http://portal" + basePath + page)
            path = URL(string: path, relativeTo: pageURL).map { $0.absoluteURL.path + ($0.absoluteString.hasSuffix("/") ? "/" : "") } ?? path
        }
        if path.isEmpty {
            guard url.hasPrefix("#") || url.hasPrefix("?") else { return nil }
            target = page
        } else if path.hasPrefix(basePath) {
            let relative = String(path.dropFirst(basePath.count)).removingPercentEncoding ?? String(path.dropFirst(basePath.count))
            guard let file = Self.file(for: relative, in: files) else { return .brokenLink(target: Self.decoded(url)) }
            target = file
        } else {
            return nil
        }
        guard let fragment, !fragment.isEmpty, target.hasSuffix(".html") else { return nil }
        let id = fragment.removingPercentEncoding ?? fragment
        return ids.ids(of: target).contains(id) ? nil : .brokenAnchor(target: Self.decoded(url))
    }

    static func file(for relative: String, in files: [String: [UInt8]]) -> String? {
        if relative.isEmpty || relative.hasSuffix("/") { return files[relative + "index.html"] != nil ? relative + "index.html" : nil }
        if files[relative] != nil { return relative }
        return files[relative + "/index.html"] != nil ? relative + "/index.html" : nil
    }

    /// The path (without query) and the fragment: `a/?x=1#b` → (`a/`, `b`).
    static func split(_ url: String) -> (String, String?) {
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return (path, parts.count > 1 ? String(parts[1]) : nil)
    }

    /// `https:`, `mailto:`, `tel:` …: a scheme before any `/`.
    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return !url[..<colon].contains("/")
    }

    /// The values of `href` and `src` attributes, in one pass over the bytes (a page may be
    /// megabytes long with thousands of links).
    static func attributes(in html: [UInt8]) -> [String] {
        values(of: [" href=\"", " src=\""], in: html)
    }

    /// The values of the attributes that start with one of `openers` (` id="`).
    static func values(of openers: [String], in html: [UInt8]) -> [String] {
        let patterns = openers.map { Array($0.utf8) }
        var values: [String] = []
        var index = 0
        let quote = UInt8(ascii: "\"")
        while index < html.count {
            guard html[index] == UInt8(ascii: " "),
                  let pattern = patterns.first(where: { html.count - index >= $0.count && html[index..<index + $0.count].elementsEqual($0) }) else {
                index += 1
                continue
            }
            let start = index + pattern.count
            guard let end = html[start...].firstIndex(of: quote) else { break }
            values.append(String(decoding: html[start..<end], as: UTF8.self))
            index = end + 1
        }
        return values
    }
}

/// Where in the theme a broken link of its own is written.
enum ThemeLinks {
    /// A theme's broken link at the line of the template or partial that writes it, when one
    /// writes it as it is (`href="khong-co/"`, or `{{site.homeURL}}khong-co/` under the base path);
    /// else where the checker put it, at the page's template.
    static func placed(_ diagnostic: Diagnostic, basePath: String, fileSystem: any FileSystem, folder: String) -> Diagnostic {
        guard case .brokenTemplateLink(let target, _) = diagnostic.problem,
              let names = try? fileSystem.files(under: folder) else { return diagnostic }
        let written = [target, target.hasPrefix(basePath) ? String(target.dropFirst(basePath.count)) : nil].compactMap { $0 }
        for name in names where name.hasSuffix(".mustache") {
            let path = "\(folder)/\(name)"
            guard let bytes = try? fileSystem.read(path) else { continue }
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let quoted = written.lazy.compactMap { line.range(of: "\"\($0)\"").map { ($0, 1) } ?? line.range(of: "}}\($0)\"").map { ($0, 2) } }
                guard let (found, opener) = quoted.first else { continue }
                let column = line[..<found.lowerBound].count + opener + 1
                return Diagnostic(diagnostic.severity, diagnostic.problem, at: SourceLocation(path: path, line: number + 1, column: column))
            }
        }
        return diagnostic
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
        let found = Set(LinkChecker.values(of: [" id=\""], in: files[page] ?? []))
        cache[page] = found
        return found
    }
}

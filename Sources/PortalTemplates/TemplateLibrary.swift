import Foundation
import Mustache
import PortalModel

/// The theme's compiled Mustache templates; every page template and every partial they use is
/// checked when loaded, so a missing one is an error before any page is rendered.
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary

    /// Compiles `[name: text]` (name without `.mustache`); `folder` is used in diagnostics.
    public static func load(_ sources: [String: String], folder: String) -> Result<TemplateLibrary, DiagnosticsError> {
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The parser notices an unclosed block at the end of the file; point at its opening.
                let opening = "\(error.error)" == "expectedSectionEnd" ? PartialReferences.unclosedBlock(in: text) : nil
                diagnostics.append(Diagnostic(.error, .templateSyntax(detail: "\(error.error)"),
                                              at: SourceLocation(path: "\(folder)/\(name).mustache",
                                                                 line: opening ?? max(error.context.lineNumber - 1, 1),
                                                                 column: opening == nil ? error.context.columnNumber : 1)))
            } catch {
                diagnostics.append(Diagnostic(.error, .templateSyntax(detail: "\(error)"),
                                              at: SourceLocation(path: "\(folder)/\(name).mustache")))
            }
        }
        if sources[cardPartial] != nil {
            for level in PartialHTML.cardLevels {
                // Cannot fail: fixed text; a card template with errors was reported above.
                if let wrapper = try? MustacheTemplate(string: HTMLEscaping.pragma + "{{<\(cardPartial)}}{{$h}}\(level){{/h}}{{/\(cardPartial)}}") {
                    library.register(wrapper, named: cardTemplate(level))
                }
            }
        }
        for name in TemplateName.allCases where sources[name.rawValue] == nil {
            diagnostics.append(Diagnostic(.error, .templateMissing(name: name.rawValue, page: name.rawValue),
                                          at: SourceLocation(path: "\(folder)/\(name.rawValue).mustache")))
        }
        var references: [String: [(name: String, line: Int)]] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            references[name] = PartialReferences.find(in: text)
            for (partial, line) in references[name] ?? [] where sources[partial] == nil {
                diagnostics.append(Diagnostic(.error, .templateMissing(name: partial, page: "\(name).mustache"),
                                              at: SourceLocation(path: "\(folder)/\(name).mustache", line: line)))
            }
        }
        diagnostics += PartialReferences.cycles(in: references, folder: folder)
        if !diagnostics.isEmpty { return .failure(DiagnosticsError(diagnostics)) }
        return .success(TemplateLibrary(library: library))
    }

    /// The partial that draws an item in a list; its `{{$h}}` block is the title's heading level.
    static let cardPartial = "card"

    /// The library's name for `card` with its title at `level`.
    private static func cardTemplate(_ level: String) -> String { "_\(cardPartial)-\(level)" }

    /// A card's HTML with its title at `level` (`h2` … `h6`); empty when the theme has no card.
    public func card(_ card: CardView, level: String) -> String {
        fragment(card, template: Self.cardTemplate(level))
    }

    /// A document row's HTML by one of `PartialHTML.documentPartials`; empty when the theme
    /// does not have that partial.
    public func document(_ row: DocumentRowView, partial: String) -> String {
        fragment(row, template: partial)
    }

    /// Renders the `header` and `footer` partials for `site` into its `headerHTML` and `footerHTML`.
    public func renderChrome(of site: SiteView) {
        let context: [String: Any] = ["site": site]
        site.headerHTML = fragment(context, template: "header")
        site.footerHTML = fragment(context, template: "footer")
    }

    /// A partial's HTML, empty when the theme does not have it. The last line break is left
    /// out: the tag that inserts the fragment sits on a line of its own.
    private func fragment(_ view: Any, template: String) -> String {
        let html = library.render(view, withTemplate: template) ?? ""
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    /// Renders a view model; a template that cannot be found is an error naming the page.
    public func render(_ view: Any, with template: TemplateName, page: String) throws(DiagnosticsError) -> String {
        guard let html = library.render(view, withTemplate: template.rawValue) else {
            throw DiagnosticsError([Diagnostic(.error, .templateMissing(name: template.rawValue, page: page),
                                               at: SourceLocation(path: "templates/\(template.rawValue).mustache"))])
        }
        return html
    }
}

/// Finds `{{> name}}` and `{{< name}}` references, with their line numbers.
enum PartialReferences {
    static func find(in text: String) -> [(name: String, line: Int)] {
        tags(in: text).compactMap { tag, line in
            if let first = tag.first, first == ">" || first == "<" {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                return name.isEmpty ? nil : (name, line)
            }
            return renderedPartial(tag).map { ($0, line) }
        }
    }

    /// The line of the innermost block (`{{#…}}`, `{{^…}}`, `{{$…}}`, `{{<…}}`) left open at the end.
    static func unclosedBlock(in text: String) -> Int? {
        var open: [(name: String, line: Int)] = []
        for (tag, line) in tags(in: text) {
            guard let sigil = tag.first else { continue }
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            if "#^$<".contains(sigil) {
                open.append((name, line))
            } else if sigil == "/", let index = open.lastIndex(where: { $0.name == name }) {
                open.removeSubrange(index...)
            }
        }
        return open.last?.line
    }

    /// The inside of every `{{…}}` tag, trimmed, with its line number.
    private static func tags(in text: String) -> [(tag: String, line: Int)] {
        var found: [(String, Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                found.append((rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces), number + 1))
                rest = rest[close.upperBound...]
            }
        }
        return found
    }

    /// Templates that include themselves, directly or through others: swift-mustache would
    /// recurse until the stack overflows. Each loop is reported once, at the reference that
    /// closes it.
    static func cycles(in references: [String: [(name: String, line: Int)]], folder: String) -> [Diagnostic] {
        var state: [String: Int] = [:] // 1 being visited, 2 done
        var found: [Diagnostic] = []
        func visit(_ name: String, _ path: [String]) {
            state[name] = 1
            for (partial, line) in references[name] ?? [] where references[partial] != nil {
                let stack = path + [name]
                if state[partial] == 1, let start = stack.firstIndex(of: partial) {
                    let chain = (stack[start...] + [partial]).joined(separator: " → ")
                    found.append(Diagnostic(.error, .templateRecursion(chain: chain),
                                            at: SourceLocation(path: "\(folder)/\(name).mustache", line: line)))
                } else if state[partial] == nil {
                    visit(partial, path + [name])
                }
            }
            state[name] = 2
        }
        for name in references.keys.sorted() where state[name] == nil { visit(name, []) }
        return found
    }

    /// The partial whose once-rendered HTML a tag inserts (`{{{site.headerHTML}}}`, `{{{html.h2}}}`,
    /// `{{{html.document-item}}}`).
    private static func renderedPartial(_ tag: String) -> String? {
        let name = tag.drop { $0 == "{" || $0 == "&" }.trimmingCharacters(in: .whitespaces)
        switch name {
        case "site.headerHTML": return "header"
        case "site.footerHTML": return "footer"
        default:
            // `html.h2` is a card at a heading level, `html.document-item` a document partial;
            // any other `html.…` would insert nothing: named as a missing template.
            guard name.hasPrefix("html.") else { return nil }
            let partial = String(name.dropFirst("html.".count))
            if PartialHTML.cardLevels.contains(partial) { return TemplateLibrary.cardPartial }
            return PartialHTML.documentPartials.contains(partial) ? partial : name
        }
    }
}

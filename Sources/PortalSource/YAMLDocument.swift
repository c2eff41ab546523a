import PortalModel
import Yams

/// Composes YAML text into a Yams node, turning syntax errors into located diagnostics.
enum YAMLDocument {
    static func compose(_ yaml: String, path: String, lineOffset: Int, log: DiagnosticLog) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: yaml, frontMatterResolver, .default, .utf8) else {
                return Node.mapping(.init([]))
            }
            return node
        } catch let error as YamlError {
            let (detail, mark) = describe(error)
            let line = (mark?.line ?? 1) + lineOffset
            if case .duplicatedKeysInMapping(let keys, _) = error {
                // Yams marks the mapping; the mistake is the key's second line.
                let repeated = keys.first.flatMap { secondLine(of: $0, in: yaml, from: mark?.line ?? 1) }
                log.error(.duplicateKey(key: keys.joined(separator: ", ")),
                          at: SourceLocation(path: path, line: (repeated?.line ?? mark?.line ?? 1) + lineOffset,
                                             column: repeated?.column ?? mark?.column ?? 1))
            } else if let quote = unclosedQuote(in: yaml, through: mark?.line ?? 1) {
                log.error(.yamlSyntax(detail: "while scanning a quoted scalar"),
                          at: SourceLocation(path: path, line: quote.line + lineOffset, column: quote.column))
            } else {
                log.error(.yamlSyntax(detail: detail), at: SourceLocation(path: path, line: line, column: mark?.column ?? 1))
            }
            return nil
        } catch {
            log.error(.yamlSyntax(detail: String(describing: error)), at: SourceLocation(path: path, line: 1 + lineOffset))
            return nil
        }
    }

    /// No tag resolution while composing: Yams would run every key through each rule's regular
    /// expression (to check duplicate keys), a few percent of reading 10,000 files. The values
    /// read as booleans or numbers are resolved by `YAMLMapping`.
    private static let frontMatterResolver = Resolver.basic

    /// The second line, from `first` on, that starts with `key:` (possibly after `- `).
    static func secondLine(of key: String, in yaml: String, from first: Int) -> (line: Int, column: Int)? {
        var seen = false
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= first {
            let indent = line.prefix { $0 == " " || $0 == "-" }
            let rest = line.dropFirst(indent.count)
            guard rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            if seen { return (index + 1, indent.count + 1) }
            seen = true
        }
        return nil
    }

    /// The first line, up to `last`, that opens a double-quoted value and does not close it.
    /// libyaml then reads on into the next lines and complains later about something else
    /// ("did not find expected key" on the line after), far from the mistake.
    static func unclosedQuote(in yaml: String, through last: Int) -> (line: Int, column: Int)? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).prefix(last).enumerated() {
            guard let open = line.range(of: ": \"") ?? (line.hasPrefix("- \"") ? line.range(of: "- \"") : nil) else { continue }
            var closed = false
            var escaped = false
            for character in line[open.upperBound...] {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { closed = true; break }
            }
            if !closed { return (index + 1, line[..<open.upperBound].count) }
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml's context mark points where the broken construct starts (an unclosed quote).
            return ([context?.text, problem].compactMap { $0 }.joined(separator: " "), context?.mark ?? mark)
        case .duplicatedKeysInMapping(let keys, let context):
            return (keys.joined(separator: ", "), context.mark)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return (String(describing: error), nil)
        }
    }
}

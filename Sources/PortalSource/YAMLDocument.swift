import PortalModel
import Yams

/// Composes YAML text into a Yams node, turning syntax errors into located diagnostics.
enum YAMLDocument {
    static func compose(_ yaml: String, path: String, lineOffset: Int, log: DiagnosticLog) -> Node? {
        // libyaml refuses a control character (pasted from Word or PDF) without saying where.
        var yaml = ControlCharacters.removed(from: yaml, firstLine: 1 + lineOffset, place: .frontMatter, path: path, log: log)
        // libyaml counts U+0085, U+2028 and U+2029 (pasted from web pages) as line breaks, which
        // no editor shows: every later line would be reported one too far. Read as spaces.
        if yaml.unicodeScalars.contains(where: isInvisibleLineBreak) {
            yaml = String(String.UnicodeScalarView(yaml.unicodeScalars.map { isInvisibleLineBreak($0) ? " " : $0 }))
        }
        if let alias = aliasKey(in: yaml) {
            log.error(.yamlSyntax(detail: YAMLProblemText.aliasAsKey), at: SourceLocation(path: path, line: alias.line + lineOffset, column: alias.column))
            return nil
        }
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
            } else if quoteSymptoms.contains(where: detail.contains),
                      let quote = unclosedQuote(in: yaml, errorLine: problemLine(error) ?? mark?.line ?? 1) {
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

    private static func isInvisibleLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// An alias (`*a`) used as a key: Yams compares keys by value, and an alias of nested aliases
    /// stands for a structure that doubles at each level (`&a1 [*a0, *a0]` …): comparing it
    /// would never end. No field name is an alias, so it is refused before composing. Only text
    /// holding an anchor (`&`) can hold an alias; quoted text (over several lines too) and the
    /// lines of a `|` or `>` block are text, not keys.
    static func aliasKey(in yaml: String) -> (line: Int, column: Int)? {
        guard yaml.utf8.contains(UInt8(ascii: "&")) else { return nil }
        var quote: Character?
        var blockIndent: Int? // the indentation of the key whose value is a `|` or `>` block
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if line.allSatisfy({ $0 == " " }) || indent > block { continue }
                blockIndent = nil
            }
            let characters = Array(line)
            var nodeStart = quote == nil // where a key or value may begin: line start, `- `, `? `, `{`, `[`, `,`, `: `
            var column = 0
            while column < characters.count {
                let character = characters[column]
                column += 1
                let next = column < characters.count ? characters[column] : " "
                if let open = quote {
                    if character == open { quote = nil }
                    continue
                }
                switch character {
                case " ":
                    continue
                case _ where nodeStart && (character == "-" || character == "?"):
                    continue
                case _ where nodeStart && (character == "\"" || character == "'"):
                    quote = character
                case "#" where column == 1 || characters[column - 2] == " ":
                    column = characters.count
                case "{", "[", ",":
                    nodeStart = true
                    continue
                case ":" where next == " ":
                    nodeStart = true
                    continue
                case _ where nodeStart && (character == "|" || character == ">"):
                    blockIndent = indent
                    column = characters.count
                case "*" where nodeStart:
                    let name = characters[column...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                    let after = characters[(column + name.count)...].drop { $0 == " " }
                    if !name.isEmpty, after.first == ":", after.dropFirst().first.map({ " ,}".contains($0) }) ?? true {
                        return (index + 1, column)
                    }
                default:
                    break
                }
                nodeStart = false
            }
        }
        return nil
    }

    /// The second line, from `first` on, that starts with `key:` (possibly after `- `) at the
    /// same column as the first one (a key of a nested mapping is another key).
    static func secondLine(of key: String, in yaml: String, from first: Int) -> (line: Int, column: Int)? {
        var column: Int?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= first {
            let indent = line.prefix { $0 == " " || $0 == "-" }
            let rest = line.dropFirst(indent.count)
            guard rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            if let column {
                if indent.count + 1 == column { return (index + 1, column) }
            } else {
                column = indent.count + 1
            }
        }
        return nil
    }

    /// What libyaml says when an unclosed quote swallowed the lines after it.
    private static let quoteSymptoms = ["did not find expected key", "could not find expected ':'",
                                        "mapping values are not allowed", "while scanning a quoted scalar"]

    /// The line and column of a double-quoted value that opens before `errorLine` and is still
    /// open there: libyaml then read on into the next lines and complained later, about something
    /// else, far from the mistake. A value that closes on an earlier line (a quoted text over two
    /// lines) is not the mistake.
    static func unclosedQuote(in yaml: String, errorLine: Int) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < min(errorLine - 1, lines.count) {
            let line = lines[index]
            guard let open = line.range(of: ": \"") ?? (line.hasPrefix("- \"") ? line.range(of: "- \"") : nil) else {
                index += 1
                continue
            }
            guard let closing = closingLine(of: lines, from: index, after: open.upperBound), closing + 1 < errorLine else {
                return (index + 1, line[..<open.upperBound].count)
            }
            index = closing + 1
        }
        return nil
    }

    /// The index of the line where a double-quoted value opened at `start` closes (escapes honoured).
    private static func closingLine(of lines: [Substring], from line: Int, after start: Substring.Index) -> Int? {
        var escaped = false
        for index in line..<lines.count {
            for character in index == line ? lines[index][start...] : lines[index][...] {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { return index }
            }
        }
        return nil
    }

    /// The line libyaml found the problem on (its context mark may be earlier).
    private static func problemLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml's context mark points where the broken construct starts (an unclosed quote,
            // a flow list, a key without its colon); for a block mapping or list that is its first
            // key, lines above the line whose indentation is wrong: that one is the problem mark.
            let blockStart = context?.text.hasPrefix("while parsing a block") == true
            return ([context?.text, problem].compactMap { $0 }.joined(separator: " "), blockStart ? mark : context?.mark ?? mark)
        case .duplicatedKeysInMapping(let keys, let context):
            return (keys.joined(separator: ", "), context.mark)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return (String(describing: error), nil)
        }
    }
}

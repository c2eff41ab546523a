import PortalModel
import Yams

/// Reads typed values out of one YAML mapping, strictly: unknown keys, wrong types, missing
/// required keys and impossible dates become located diagnostics, never crashes.
struct YAMLMapping {
    let path: String
    let lineOffset: Int
    let location: SourceLocation
    private let entries: [String: (key: Node, value: Node)]
    private let log: DiagnosticLog

    /// Checks keys against `allowed` (and duplicates) and keeps the rest for typed reads.
    init?(_ node: Node, path: String, lineOffset: Int, allowed: [String], log: DiagnosticLog) {
        self.path = path
        self.lineOffset = lineOffset
        self.log = log
        let here = SourceLocation(path: path, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        self.location = here
        guard let mapping = node.mapping else {
            log.error(.notAMapping, at: here)
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            let keyLocation = YAMLMapping.locate(key, path: path, lineOffset: lineOffset, fallback: here)
            if !allowed.contains(name) {
                log.error(.unknownKey(key: name, allowed: allowed), at: keyLocation)
            } else if entries[name] != nil {
                log.error(.duplicateKey(key: name), at: keyLocation)
            } else {
                entries[name] = (key, value)
            }
        }
        self.entries = entries
    }

    static func locate(_ node: Node, path: String, lineOffset: Int, fallback: SourceLocation) -> SourceLocation {
        guard let mark = node.mark else { return fallback }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// The place of a key's value (or of the mapping when the key is absent).
    func location(of key: String) -> SourceLocation {
        guard let entry = entries[key] else { return location }
        return locate(entry.value)
    }

    func locate(_ node: Node) -> SourceLocation {
        YAMLMapping.locate(node, path: path, lineOffset: lineOffset, fallback: location)
    }

    /// The value node, treating `null`/`~`/empty as absent; reports a missing required key.
    private func value(_ key: String, required: Bool) -> Node? {
        guard let node = entries[key]?.value, !isNull(node) else {
            if required { log.error(.missingKey(key: key), at: entries[key].map { locate($0.key) } ?? location) }
            return nil
        }
        return node
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func has(_ key: String) -> Bool { value(key, required: false) != nil }

    /// True when `key` holds a list (of anything).
    func hasList(_ key: String) -> Bool { value(key, required: false)?.sequence != nil }

    /// A text value (numbers and booleans written plainly are read as their text).
    func text(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        guard let scalar = node.scalar else {
            log.error(.wrongType(key: key, expected: .text), at: locate(node))
            return nil
        }
        let trimmed = cleaned(scalar.string, key: key, at: node).trimmingWhitespace()
        if trimmed.isEmpty && required {
            log.error(.missingKey(key: key), at: locate(node))
            return nil
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An address to link to: `http(s)://…`, `mailto:`, `tel:` or a path without a scheme.
    /// Anything else (`javascript:`, `data:`, `file:` …) is an error: the value goes into an
    /// `href` on every page that shows it.
    func link(_ key: String, required: Bool = false) -> String? {
        guard let url = text(key, required: required) else { return nil }
        guard LinkSafety.isSafe(url) else {
            log.error(.unsafeURL(key: key, url: url), at: location(of: key))
            return nil
        }
        return LinkSafety.escaped(url)
    }

    func locatedText(_ key: String, required: Bool = false) -> Located<String>? {
        guard let text = text(key, required: required) else { return nil }
        return Located(text, at: location(of: key))
    }

    /// A date, validated strictly (`2024-02-30` and `17/17/2023` are errors, never rolled over).
    func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let raw = text(key, required: required) else { return nil }
        switch CalendarDate.parse(raw) {
        case .success(let date): return date
        case .failure(let error):
            log.error(.invalidDate(text: raw, reason: error.reason), at: location(of: key))
            return nil
        }
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key, required: false) else { return nil }
        guard node.scalar != nil, let bool = Self.resolved(node).bool else {
            log.error(.wrongType(key: key, expected: .boolean), at: locate(node))
            return nil
        }
        return bool
    }

    func integer(_ key: String) -> Int? {
        guard let node = value(key, required: false) else { return nil }
        guard let int = Self.decimalInteger(node) else {
            log.error(.wrongType(key: key, expected: .integer), at: locate(node))
            return nil
        }
        return int
    }

    func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = value(key, required: required) else { return nil }
        guard let number = Self.decimalNumber(node), number.isFinite else {
            log.error(.wrongType(key: key, expected: .number), at: locate(node))
            return nil
        }
        guard abs(number) < VietnameseFormat.largestNumber else {
            log.error(.numberOutOfRange(key: key, text: node.scalar?.string ?? ""), at: locate(node))
            return nil
        }
        // Vietnamese writes thousands with a dot: `1.864` may well mean 1864.
        if let text = node.scalar?.string, Self.looksLikeThousands(text) {
            log.warning(.numberLooksLikeThousands(key: key, text: text, read: VietnameseFormat.number(number),
                                                  thousands: text.replacingOccurrences(of: ".", with: "")), at: locate(node))
        }
        return number
    }

    /// `1.864`, `-12.500`: one to three digits, a dot, then exactly three.
    static func looksLikeThousands(_ text: String) -> Bool {
        let bytes = Array(text.utf8.drop { $0 == UInt8(ascii: "-") })
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), (1...3).contains(dot), bytes.count - dot - 1 == 3,
              bytes[0] != UInt8(ascii: "0") else { return false } // `0.125` is no thousands
        return bytes.enumerated().allSatisfy { $0.offset == dot || (0x30...0x39).contains($0.element) }
    }

    /// Plain `true`, `yes` or `off` typed as YAML 1.1 does (front matter is composed without tag
    /// resolution, see `YAMLDocument`); quoted scalars stay text.
    private static let valueResolver = Resolver.basic.appending(.bool)

    /// A plain scalar of decimal digits, as YAML 1.2 and every reader take it: `017` is 17 (YAML
    /// 1.1 read it as octal 15), `1:20:00` is no number (YAML 1.1: base 60, 4800), nor is `1_000`.
    static func decimalInteger(_ node: Node) -> Int? {
        guard let text = plainText(node) else { return nil }
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard text.utf8.count - digits.count <= 1, !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
        return Int(text)
    }

    /// A decimal number: digits with at most one `.` and an exponent (`88.14`, `-5`, `1e6`).
    static func decimalNumber(_ node: Node) -> Double? {
        if let int = decimalInteger(node) { return Double(int) }
        guard let text = plainText(node), text.utf8.contains(where: isDigit),
              text.utf8.allSatisfy({ isDigit($0) || numberMarks.contains($0) }) else { return nil }
        return Double(text)
    }

    private static let numberMarks = Set("+-.eE".utf8)

    private static func plainText(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              scalar.tag.rawValue == Tag.Name.implicit.rawValue else { return nil }
        return scalar.string
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func resolved(_ node: Node) -> Node {
        guard case .scalar(let scalar) = node, scalar.style == .plain, scalar.tag.rawValue == Tag.Name.implicit.rawValue else { return node }
        let name = valueResolver.resolveTag(of: node)
        return .scalar(Node.Scalar(scalar.string, Tag(name), scalar.style, scalar.mark))
    }

    /// Text written with a YAML escape for a control character (`"X\u0007Y"`, `"\e"`) is
    /// invisible on a page and not allowed in the XML of the feeds: left out, with a warning.
    private func cleaned(_ text: String, key: String, at node: Node) -> String {
        guard let found = ControlCharacters.stripped(text) else { return text }
        log.warning(.controlCharacters(count: found.count, first: found.first, in: .value(key: key)), at: locate(node))
        return found.text
    }

    /// A list of texts; a single text is accepted as a list of one.
    func textList(_ key: String) -> [Located<String>] {
        guard let node = value(key, required: false) else { return [] }
        if let scalar = node.scalar {
            let text = cleaned(scalar.string, key: key, at: node).trimmingWhitespace()
            return text.isEmpty ? [] : [Located(text, at: locate(node))]
        }
        guard let sequence = node.sequence else {
            log.error(.wrongType(key: key, expected: .list), at: locate(node))
            return []
        }
        return sequence.compactMap { item in
            if isNull(item) { return nil } // `- ~`, `[null]`: no value, not the word "null"
            guard let scalar = item.scalar else {
                log.error(.wrongType(key: key, expected: .text), at: locate(item))
                return nil
            }
            let text = cleaned(scalar.string, key: key, at: item).trimmingWhitespace()
            return text.isEmpty ? nil : Located(text, at: locate(item))
        }
    }

    /// A nested mapping (e.g. `source: {name, url}`).
    func mapping(_ key: String, allowed: [String]) -> YAMLMapping? {
        guard let node = value(key, required: false) else { return nil }
        guard node.mapping != nil else {
            log.error(.wrongType(key: key, expected: .mapping), at: locate(node))
            return nil
        }
        return YAMLMapping(node, path: path, lineOffset: lineOffset, allowed: allowed, log: log)
    }

    /// A list of mappings (metrics, tasks, attachments).
    func mappings(_ key: String, allowed: [String]) -> [YAMLMapping] {
        guard let node = value(key, required: false) else { return [] }
        guard let sequence = node.sequence else {
            log.error(.wrongType(key: key, expected: .list), at: locate(node))
            return []
        }
        return sequence.compactMap { YAMLMapping($0, path: path, lineOffset: lineOffset, allowed: allowed, log: log) }
    }
}

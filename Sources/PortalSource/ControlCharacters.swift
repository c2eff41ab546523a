import PortalModel

/// Control characters other than tab and line breaks: invisible in an editor, not allowed in the
/// XML of the feeds and errors in HTML. They come in with text pasted from Word or PDF.
enum ControlCharacters {
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// The body without them; a warning at the first one says how many there were.
    static func removed(from body: MarkdownBody, path: String, log: DiagnosticLog) -> MarkdownBody {
        MarkdownBody(text: removed(from: body.text, firstLine: body.firstLine, place: .body, path: path, log: log),
                     firstLine: body.firstLine)
    }

    /// `text`, whose first line is line `firstLine` of the file, without them; a warning at the
    /// first one says how many there were.
    static func removed(from text: String, firstLine: Int, place: TextPlace, path: String, log: DiagnosticLog) -> String {
        // Almost every text has none: a plain loop over the bytes first (10,000 bodies, 70 MB).
        var copy = text
        guard copy.withUTF8({ $0.contains(where: isControl) }) else { return text }
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: isControl) else { return text }
        let before = text[..<first]
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let location = SourceLocation(path: path, line: firstLine + before.utf8.count { $0 == 0x0A },
                                      column: text[lineStart..<first].unicodeScalars.count + 1)
        log.warning(.controlCharacters(count: bytes.count(where: isControl), first: code(bytes[first]), in: place), at: location)
        return String(decoding: bytes.filter { !isControl($0) }, as: UTF8.self)
    }

    /// `text` without them, how many there were and the first (`U+0007`); nil when it has none.
    static func stripped(_ text: String) -> (text: String, count: Int, first: String)? {
        let bytes = text.utf8
        guard let first = bytes.first(where: isControl) else { return nil }
        return (String(decoding: bytes.filter { !isControl($0) }, as: UTF8.self), bytes.count(where: isControl), code(first))
    }

    private static func code(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

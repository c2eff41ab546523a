import PortalModel

/// Control characters other than tab and line breaks: invisible in an editor, not allowed in the
/// XML of the feeds and errors in HTML. They come in with text pasted from Word or PDF.
enum ControlCharacters {
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// The body without them; a warning at the first one says how many there were.
    static func removed(from body: MarkdownBody, path: String, log: DiagnosticLog) -> MarkdownBody {
        // Almost every body has none: a plain loop over the bytes first (10,000 bodies, 70 MB).
        var text = body.text
        guard text.withUTF8({ $0.contains(where: isControl) }) else { return body }
        let bytes = body.text.utf8
        guard let first = bytes.firstIndex(where: isControl) else { return body }
        let before = body.text[..<first]
        let lineStart = before.lastIndex(of: "\n").map { body.text.index(after: $0) } ?? body.text.startIndex
        let location = SourceLocation(path: path, line: body.firstLine + before.utf8.count { $0 == 0x0A },
                                      column: body.text[lineStart..<first].unicodeScalars.count + 1)
        log.warning(.controlCharacters(count: bytes.count(where: isControl), first: code(bytes[first])), at: location)
        return MarkdownBody(text: String(decoding: bytes.filter { !isControl($0) }, as: UTF8.self), firstLine: body.firstLine)
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

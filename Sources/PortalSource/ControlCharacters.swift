import PortalModel

/// Invisible characters that come in with text pasted from Word, PDF or web pages: control
/// characters other than tab and line breaks (C0 and C1: not allowed in the XML of the feeds,
/// errors in HTML), and the invisible formatting marks a symbol or a tag can hide (soft hyphen,
/// zero-width space, word joiner, byte-order mark, left-to-right and bidirectional marks). They
/// are left out (NEL becomes a space), with a warning at the first. The zero-width joiners of
/// emoji stay.
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
        guard let found = stripped(text) else { return text }
        let before = Array(text.utf8.prefix(found.offset))
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        let location = SourceLocation(path: path, line: firstLine + before.count { $0 == 0x0A }, column: column)
        log.warning(.controlCharacters(count: found.count, first: found.first, in: place), at: location)
        return found.text
    }

    /// `text` without them, how many there were, the first (`U+200B`) and its byte offset; nil
    /// when it has none.
    static func stripped(_ text: String) -> (text: String, count: Int, first: String, offset: Int)? {
        var copy = text
        return copy.withUTF8 { bytes -> (String, Int, String, Int)? in
            guard var index = firstInvisible(bytes) else { return nil }
            let offset = index
            let first = code(String(decoding: bytes[index..<(index + invisibleLength(bytes, at: index))], as: UTF8.self))
            var kept: [UInt8] = Array(bytes[..<index])
            kept.reserveCapacity(bytes.count)
            var count = 0
            while index < bytes.count {
                let length = invisibleLength(bytes, at: index)
                if length > 0 {
                    // NEL (U+0085) stands between two words (a line break in text from some
                    // systems, `…` in mis-decoded text): a space keeps them apart.
                    if length == 2, bytes[index + 1] == 0x85 { kept.append(UInt8(ascii: " ")) }
                    count += 1
                    index += length
                } else {
                    kept.append(bytes[index])
                    index += 1
                }
            }
            return (String(decoding: kept, as: UTF8.self), count, first, offset)
        }
    }

    /// Where the first one starts. Almost every text has none: 8 bytes at a time are tested
    /// for a byte such a character can start with, by word arithmetic (10,000 bodies are 60 MB).
    private static func firstInvisible(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if mayHoldInvisible(word), let found = (index..<(index + 8)).first(where: { invisibleLength(bytes, at: $0) > 0 }) {
                    return found
                }
                index += 8
            }
        }
        return (index..<bytes.count).first { invisibleLength(bytes, at: $0) > 0 }
    }

    /// Whether one of the 8 bytes of `word` is below 0x20 or is 0x7F, 0xC2, 0xE2 or 0xEF (the
    /// "has zero byte" and "has less than" tests of Bit Twiddling Hacks).
    @inline(__always)
    private static func mayHoldInvisible(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return (word &- ones &* 0x20) & ~word & highs != 0
            || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2))
            || hasZero(word ^ (ones &* 0xE2)) || hasZero(word ^ (ones &* 0xEF))
    }

    /// The length in bytes of the invisible character that starts at `index`; 0 for any other.
    private static func invisibleLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return isControl(byte) ? 1 : 0 }
        guard byte == 0xC2 || byte == 0xE2 || byte == 0xEF, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return (0x80...0x9F).contains(second) || second == 0xAD ? 2 : 0 } // C1, soft hyphen
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE2, 0x80): // zero-width space, LRM, RLM; embeddings and overrides U+202A…202E
            return third == 0x8B || third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) ? 3 : 0
        case (0xE2, 0x81): // word joiner, isolates U+2066…2069
            return third == 0xA0 || (0xA6...0xA9).contains(third) ? 3 : 0
        case (0xEF, 0xBB): // byte-order mark inside the text
            return third == 0xBF ? 3 : 0
        default:
            return 0
        }
    }

    private static func code(_ character: String) -> String {
        let hex = String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

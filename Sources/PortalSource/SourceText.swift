import Foundation
import PortalModel

/// Decodes a file's bytes into the text every later stage sees: UTF-8 without a BOM,
/// `\n` line ends, NFC.
enum SourceText {
    static func decode(_ bytes: [UInt8]) -> String? {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        let hasCarriageReturn = slice.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0x0D, slice.count) != nil } ?? false }
        guard var text = String(validating: slice, as: UTF8.self) else { return nil }
        if hasCarriageReturn {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if mayNeedComposition(text) {
            text = text.precomposedStringWithCanonicalMapping
        }
        return text
    }

    /// Where the first byte that is not UTF-8 sits (line, and column counted in characters
    /// before it, plus one), for the `invalid-utf8` diagnostic.
    static func firstInvalidByte(in bytes: [UInt8], path: String) -> SourceLocation {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return SourceLocation(path: path)
            case .error:
                return SourceLocation(path: path, line: line, column: column)
            }
        }
    }

    /// True when the text holds combining marks or conjoining jamo, the only things NFC composes
    /// in practice; precomposed Vietnamese text skips the (slow) Foundation normalisation.
    /// Looks at UTF-8 lead bytes: ASCII, Latin up to U+02FF, Latin Extended Additional (the
    /// precomposed Vietnamese letters) and general punctuation are passed over without decoding.
    static func mayNeedComposition(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0xCC { index += 1; continue } // ASCII, U+0080…U+02FF, continuation bytes
                if lead == 0xE1, index + 1 < bytes.count, (0xB8...0xBB).contains(bytes[index + 1]) { index += 3; continue }
                if lead == 0xE2, index + 1 < bytes.count, (0x80...0x81).contains(bytes[index + 1]) { index += 3; continue }
                if needsComposition(scalarAt: index, in: bytes) { return true }
                index += 1
            }
            return false
        }
    }

    private static func needsComposition(scalarAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.canonicalCombiningClass != .notReordered
            || (0x1100...0x11FF).contains(scalar.value) || (0x0300...0x036F).contains(scalar.value)
    }
}

/// A content file split into its YAML front matter and Markdown body.
struct FrontMatterSplit {
    /// The YAML between the `---` lines.
    var yaml: String
    /// Add this to a YAML line number to get the file's line number.
    var yamlLineOffset: Int
    var body: MarkdownBody

    /// Splits `---\n<yaml>\n---\n<body>`; the problem when there is no (closed) front matter.
    /// Scans line by line up to the closing `---` only; the body is taken as one slice.
    static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        var lineStart = text.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let isFence = text[lineStart..<lineEnd].trimmingTrailingSpaces() == "---"
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard isFence else { return .failure(.missingFrontMatter) }
                yamlStart = next
            } else if isFence, let yamlStart {
                let yaml = String(text[yamlStart..<lineStart].dropLast(lineStart > yamlStart ? 1 : 0))
                return .success(FrontMatterSplit(yaml: yaml, yamlLineOffset: 1,
                                                 body: MarkdownBody(text: String(text[next...]), firstLine: lineNumber + 1)))
            }
            lineStart = next
            lineNumber += 1
        }
        return .failure(lineNumber == 1 ? .missingFrontMatter : .unterminatedFrontMatter)
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

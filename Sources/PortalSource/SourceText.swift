import Foundation
import PortalModel

/// Decodes a file's bytes into the text every later stage sees: UTF-8 without a BOM,
/// `\n` line ends, NFC.
enum SourceText {
    static func decode(_ bytes: [UInt8]) -> String? {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        guard var text = String(validating: slice, as: UTF8.self) else { return nil }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        return text
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
    static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(.missingFrontMatter)
        }
        lines = lines.dropFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingTrailingSpaces() == "---" }) else {
            return .failure(.unterminatedFrontMatter)
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return .success(FrontMatterSplit(yaml: yaml, yamlLineOffset: 1,
                                         body: MarkdownBody(text: body, firstLine: end + 2)))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

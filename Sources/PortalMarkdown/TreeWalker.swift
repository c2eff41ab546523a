import CCmark
import PortalModel

/// One pass over a cmark tree: collects headings, links and images, and the first paragraph's text.
struct TreeWalker {
    let body: MarkdownBody
    let path: String
    private(set) var headings: [(node: OpaquePointer, level: Int, text: String)] = []
    private(set) var links: [OpaquePointer] = []
    /// Runs of adjacent text and soft-break nodes outside links and images (citations live here).
    private(set) var textRuns: [[OpaquePointer]] = []
    private(set) var excerpt = ""
    /// The body's lines, split once when a first place is asked for (a body may have thousands of links).
    private let lines = Lines()

    private final class Lines {
        var split: [Substring]?
    }

    init(body: MarkdownBody, path: String) {
        self.body = body
        self.path = path
    }

    mutating func collect(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var excerptDone = false
        var inFirstParagraph = false
        var linkDepth = 0
        var imageDepth = 0
        var run: [OpaquePointer] = []
        func closeRun() {
            if run.contains(where: { cmark_node_get_type($0) == CMARK_NODE_TEXT }) { textRuns.append(run) }
            run = []
        }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_HEADING where entering:
                headings.append((node, Int(cmark_node_get_heading_level(node)), TreeWalker.plainText(of: node)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering { links.append(node) }
                linkDepth += entering ? 1 : -1
                if type == CMARK_NODE_IMAGE { imageDepth += entering ? 1 : -1 }
            case CMARK_NODE_PARAGRAPH where !excerptDone:
                if entering, cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT {
                    inFirstParagraph = true
                } else if !entering, inFirstParagraph {
                    // A paragraph of only an image (its alt text is no summary): the next one.
                    excerptDone = !excerpt.allSatisfy(\.isWhitespace)
                    if !excerptDone { excerpt = "" }
                    inFirstParagraph = false
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if inFirstParagraph, imageDepth == 0, let literal = cmark_node_get_literal(node) { excerpt += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if inFirstParagraph { excerpt += " " }
            default: break
            }
            let joinsRun = linkDepth == 0 && (type == CMARK_NODE_TEXT || type == CMARK_NODE_SOFTBREAK)
            if joinsRun, let last = run.last, cmark_node_next(last) != node { closeRun() }
            if joinsRun { run.append(node) } else if !run.isEmpty { closeRun() }
        }
        closeRun()
    }

    /// The text of a node's descendants (for heading ids).
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }

    /// The file position of a node (plus a byte offset into its text): cmark counts lines from
    /// the body and columns in bytes; diagnostics count characters.
    /// `byteOffset` counts in the node's text as cmark decoded it; `finding`, the bytes found
    /// there, is looked for in the source line from the node on (its same occurrence), where an
    /// entity (`&amp;`) or an escape (`\\*`) before it made the source longer than the text.
    func location(of node: OpaquePointer, byteOffset: Int = 0, finding: [UInt8] = []) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let start = Int(cmark_node_get_start_column(node))
        var byteColumn = start + byteOffset
        let lineText = self.line(line)
        if !finding.isEmpty, let lineText, let literal = cmark_node_get_literal(node) {
            let text = Array(String(cString: literal).utf8)
            let before = Self.occurrences(of: finding, in: text.prefix(byteOffset)).count
            let bytes = Array(lineText.utf8)
            let inSource = Self.occurrences(of: finding, in: bytes.suffix(from: min(max(0, start - 1), bytes.count)))
            if before < inSource.count { byteColumn = inSource[before] + 1 }
        }
        return SourceLocation(path: path, line: line + body.firstLine - 1, column: Self.characterColumn(in: lineText, byteColumn: byteColumn))
    }

    /// Where `pattern` starts in `bytes` (indices of `bytes`), without overlaps.
    static func occurrences(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> [Int] {
        var found: [Int] = []
        var index = bytes.startIndex
        while index + pattern.count <= bytes.endIndex {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) {
                found.append(index)
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Line `number` (1-based) of the body.
    private func line(_ number: Int) -> Substring? {
        if lines.split == nil { lines.split = body.text.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let split = lines.split, number >= 1, number <= split.count else { return nil }
        return split[number - 1]
    }

    static func characterColumn(in lineText: Substring?, byteColumn: Int) -> Int {
        guard let lineText else { return byteColumn }
        let bytes = Array(lineText.utf8.prefix(max(0, byteColumn - 1)))
        return (String(decoding: bytes, as: UTF8.self).count) + 1
    }
}

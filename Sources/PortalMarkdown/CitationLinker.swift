import CCmark
import Foundation
import PortalModel

/// What a citation found in a body refers to (decided by the build, which knows the documents).
public enum CitationTarget: Sendable, Hashable {
    /// An indexed document: link to it. `correctSymbol`: the document's symbol, when the
    /// citation writes it in other capitals (a warning).
    case document(id: Int, url: String, title: String, correctSymbol: String? = nil)
    /// The document whose body this is: no link.
    case itself
    /// A document that is not in the index (reported as a warning).
    case notIndexed
    /// An ambiguous or misdated citation (reported as an error).
    case problem(Problem)
}

/// Turns citations in text runs into links, splitting text nodes; never inside links or code.
struct CitationLinker {
    let walker: TreeWalker
    let resolve: (Citation) -> CitationTarget

    /// Links every citation and returns the ids of the documents cited, in order, plus diagnostics.
    func link() -> (cited: [Int], diagnostics: [Diagnostic]) {
        var cited: [Int] = []
        var diagnostics: [Diagnostic] = []
        // Every citation has a `/`; most paragraphs have none and are skipped without a copy.
        for run in walker.textRuns where run.contains(where: { Self.literal(of: $0)?.contains(UInt8(ascii: "/")) == true }) {
            var segments: [(node: OpaquePointer, start: Int, bytes: [UInt8])] = []
            var text: [UInt8] = []
            for node in run {
                let bytes = cmark_node_get_type(node) == CMARK_NODE_TEXT
                    ? Array(Self.literal(of: node) ?? UnsafeBufferPointer(start: nil, count: 0)) : [UInt8(ascii: " ")]
                segments.append((node, text.count, bytes))
                text += bytes
            }
            var cuts: [OpaquePointer: [(Range<Int>, String, String)]] = [:]
            for var match in CitationScanner.scan(bytes: text) {
                if match.citation.date == nil, match.invalidDate == nil, match.range.upperBound == text.count, let last = run.last {
                    Self.takeDateAfterEmphasis(&match, symbol: Array(text[match.symbolRange]), emphasised: last)
                }
                guard let segment = segments.last(where: { $0.start <= match.symbolRange.lowerBound }),
                      cmark_node_get_type(segment.node) == CMARK_NODE_TEXT else { continue }
                // Places are computed only for diagnostics: it takes a walk over the body's lines.
                var location: SourceLocation {
                    walker.location(of: segment.node, byteOffset: match.symbolRange.lowerBound - segment.start,
                                    finding: Array(text[match.symbolRange]))
                }
                // A wrong date is told at the date, when it is in the symbol's run of text.
                var dateLocation: SourceLocation {
                    guard let dates = match.dateRange, dates.upperBound <= segment.start + segment.bytes.count else { return location }
                    return walker.location(of: segment.node, byteOffset: dates.lowerBound - segment.start, finding: Array(text[dates]))
                }
                if let invalid = match.invalidDate {
                    diagnostics.append(Diagnostic(.error, .invalidDate(text: invalid.text, reason: invalid.reason), at: dateLocation))
                    continue
                }
                switch resolve(match.citation) {
                case .document(let id, let url, let title, let correctSymbol):
                    if !cited.contains(id) { cited.append(id) }
                    if let correctSymbol {
                        diagnostics.append(Diagnostic(.warning, .symbolCase(written: match.citation.symbol.text, symbol: correctSymbol), at: location))
                    }
                    let lower = max(match.range.lowerBound, segment.start) - segment.start
                    let upper = min(match.range.upperBound, segment.start + segment.bytes.count) - segment.start
                    cuts[segment.node, default: []].append((lower..<upper, url, title))
                case .itself: break
                case .notIndexed:
                    diagnostics.append(Diagnostic(.warning, .unresolvedCitation(text: match.citation.text), at: location))
                case .problem(let problem):
                    if case .citationDateMismatch = problem {
                        diagnostics.append(Diagnostic(.error, problem, at: dateLocation))
                    } else {
                        diagnostics.append(Diagnostic(.error, problem, at: location))
                    }
                }
            }
            for segment in segments {
                if let ranges = cuts[segment.node] { Self.split(segment.node, segment.bytes, ranges) }
            }
        }
        return (cited, diagnostics)
    }

    /// `**749/QĐ-TTg** ngày 04/6/2020`: the date is in the text after the bold or italic symbol;
    /// it still dates (and checks) the citation, which stays the symbol alone.
    private static func takeDateAfterEmphasis(_ match: inout CitationScanner.Match, symbol: [UInt8], emphasised node: OpaquePointer) {
        guard let parent = cmark_node_parent(node), [CMARK_NODE_EMPH, CMARK_NODE_STRONG].contains(cmark_node_get_type(parent)),
              cmark_node_last_child(parent) == node, let next = cmark_node_next(parent), let following = literal(of: next),
              let dated = CitationScanner.scan(bytes: symbol + Array(following)).first, dated.symbolRange.lowerBound == 0,
              dated.citation.symbol == match.citation.symbol else { return }
        match.citation = Citation(text: match.citation.text, symbol: match.citation.symbol, date: dated.citation.date)
        match.invalidDate = dated.invalidDate
    }

    /// A text node's literal, in place (valid until the node changes).
    private static func literal(of node: OpaquePointer) -> UnsafeBufferPointer<UInt8>? {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else { return nil }
        return UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
    }

    /// Replaces a text node by text, link, text, … pieces.
    private static func split(_ node: OpaquePointer, _ bytes: [UInt8], _ ranges: [(Range<Int>, String, String)]) {
        var cursor = 0
        func insertText(_ range: Range<Int>) {
            guard !range.isEmpty, let piece = cmark_node_new(CMARK_NODE_TEXT) else { return }
            cmark_node_set_literal(piece, String(decoding: bytes[range], as: UTF8.self))
            cmark_node_insert_before(node, piece)
        }
        for (range, url, title) in ranges.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) where range.lowerBound >= cursor {
            insertText(cursor..<range.lowerBound)
            guard let link = cmark_node_new(CMARK_NODE_LINK), let label = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_url(link, url)
            cmark_node_set_title(link, title)
            cmark_node_set_literal(label, String(decoding: bytes[range], as: UTF8.self))
            cmark_node_append_child(link, label)
            cmark_node_insert_before(node, link)
            cursor = range.upperBound
        }
        insertText(cursor..<bytes.count)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}

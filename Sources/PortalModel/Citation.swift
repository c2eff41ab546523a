/// A reference to a document as editors write it: a symbol, optionally with the issue date
/// (`571/QĐ-UBND ngày 17/3/2022`, `Quyết định số 749/QĐ-TTg ngày 03/6/2020`).
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let symbol: DocumentSymbol
    public let date: CalendarDate?

    public init(text: String, symbol: DocumentSymbol, date: CalendarDate?) {
        self.text = text
        self.symbol = symbol
        self.date = date
    }

    public var description: String { text }

    /// Parses one citation written alone (front matter); nil when it is not a citation.
    public static func parse(_ raw: String) -> Citation? {
        let text = raw.trimmingWhitespace()
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var date: CalendarDate?
        if let index = words.lastIndex(where: { $0.lowercased() == "ngày" }) {
            let dateText = words[(index + 1)...].joined(separator: " ")
            guard case .success(let parsed) = parseCitationDate(dateText) else { return nil }
            date = parsed
            words.removeSubrange(index...)
        }
        if let index = words.firstIndex(where: { $0.lowercased() == "số" }) {
            words.removeSubrange(...index)
        }
        guard !words.isEmpty, let symbol = DocumentSymbol.parse(words.joined()) else { return nil }
        return Citation(text: text, symbol: symbol, date: date)
    }

    /// Why a citation written alone did not parse, when the reason is its date (`ngày 31/2/2020`):
    /// the date's text and what is wrong with it.
    public static func dateProblem(_ raw: String) -> (text: String, reason: DateProblem)? {
        let words = raw.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let index = words.lastIndex(where: { $0.lowercased() == "ngày" }) else { return nil }
        let dateText = words[(index + 1)...].joined(separator: " ")
        guard case .failure(let error) = parseCitationDate(dateText), error.reason != .format else { return nil }
        return (dateText, error.reason)
    }

    /// `03/6/2020`, `2020-06-03` or `03 tháng 6 năm 2020`.
    static func parseCitationDate(_ text: String) -> Result<CalendarDate, DateValidationError> {
        let words = text.split(whereSeparator: \.isWhitespace)
        if words.count == 5, words[1].lowercased() == "tháng", words[3].lowercased() == "năm",
           let d = Int(digits: words[0]), let m = Int(digits: words[2]), let y = Int(digits: words[4]) {
            return CalendarDate.validated(year: y, month: m, day: d)
        }
        // `04.6.2020`, as the press writes it, is `04/6/2020`.
        let dotted = text.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3, dotted.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
            return CalendarDate.parse(dotted.joined(separator: "/"))
        }
        return CalendarDate.parse(text)
    }
}

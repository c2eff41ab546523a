/// Finds document citations in running text, the way Vietnamese documents write them:
/// `749/QĐ-TTg`, `Quyết định số 749/QĐ-TTg ngày 03/6/2020`, `Kế hoạch 96 /KH-UBND`,
/// `02-NQ/TU ngày 19 tháng 11 năm 2021`, and `QD` written without its diacritic.
/// Works on UTF-8 byte offsets (cmark's text) and only looks around `/`, so it is linear.
public enum CitationScanner {
    /// One citation found in a text.
    public struct Match: Sendable, Hashable {
        /// The whole citation (type name and date included), as UTF-8 byte offsets.
        public var range: Range<Int>
        /// The symbol alone, as UTF-8 byte offsets.
        public var symbolRange: Range<Int>
        public var citation: Citation
        /// A date was written after the symbol but is not a real day.
        public var invalidDate: (text: String, reason: DateProblem)?
        /// Where the date after the symbol is written (`03/6/2020`), as UTF-8 byte offsets.
        public var dateRange: Range<Int>? = nil

        public static func == (lhs: Match, rhs: Match) -> Bool {
            lhs.range == rhs.range && lhs.citation == rhs.citation
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(range.lowerBound)
            hasher.combine(range.upperBound)
        }
    }

    public static func scan(_ text: String) -> [Match] {
        scan(bytes: Array(text.utf8))
    }

    /// The citations in UTF-8 text.
    public static func scan(bytes: [UInt8]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "/"), let match = match(around: index, in: bytes) else {
                index += 1
                continue
            }
            matches.append(match)
            index = max(index + 1, match.range.upperBound)
        }
        return matches
    }

    private static func match(around slash: Int, in bytes: [UInt8]) -> Match? {
        var start = slash
        if start > 0, bytes[start - 1] == space { start -= 1 } // `96 /KH-UBND`
        let leftEnd = start
        while start > 0, isSymbolByte(bytes, start - 1) { start -= 1 }
        start = realign(bytes, start)
        // A dash before the number belongs to the sentence (`danh sách:–749/QĐ-TTg`).
        while start < leftEnd {
            if bytes[start] == UInt8(ascii: "-") { start += 1 } else if dashStart(bytes, around: start) == start { start += 3 } else { break }
        }
        guard start < leftEnd, !continuesWord(scalarEnding(at: start, bytes)) else { return nil }
        // Inside a web address (`https://vanban.gov.vn/749/QĐ-TTg/`) a symbol is part of the address.
        if start > 0, [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "="), UInt8(ascii: "_")].contains(bytes[start - 1]) { return nil }
        var end = slash + 1
        if end < bytes.count, bytes[end] == space { end += 1 } // `96/ KH-UBND`
        let rightStart = end
        while end < bytes.count, isSymbolByte(bytes, end) || bytes[end] == UInt8(ascii: "/") { end += 1 }
        while end > rightStart {
            if [UInt8(ascii: "-"), UInt8(ascii: "/")].contains(bytes[end - 1]) { end -= 1 }
            else if end >= 3, dashStart(bytes, around: end - 1) == end - 3 { end -= 3 } // `749/QĐ-TTg– phê duyệt`
            else { break }
        }
        guard end > rightStart, !continuesWord(scalarStarting(at: end, bytes)) else { return nil }
        // Every symbol has letters (a type or issuer code) after its first `/`; dates do not.
        guard bytes[rightStart..<end].contains(where: { isASCIILetter($0) || $0 == 0xC4 || $0 == 0xC3 }) else { return nil }
        let symbolText = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let symbol = DocumentSymbol.parse(symbolText), symbol.numericValue > 0 else { return nil }
        var match = Match(range: start..<end, symbolRange: start..<end,
                          citation: Citation(text: symbol.text, symbol: symbol, date: nil))
        extendBefore(&match, bytes)
        extendAfter(&match, bytes)
        match.citation = Citation(text: String(decoding: bytes[match.range], as: UTF8.self), symbol: symbol,
                                  date: match.citation.date)
        return match
    }

    /// `Quyết định số ` or `Kế hoạch ` right before the symbol joins the citation.
    private static func extendBefore(_ match: inout Match, _ bytes: [UInt8]) {
        let before = String(decoding: bytes[max(0, match.range.lowerBound - lookBehind)..<match.range.lowerBound], as: UTF8.self)
        // Lowercased text is NFC like its source, so comparing bytes compares characters.
        var prefix = Array(before.lowercased().utf8)[...]
        var taken = 0
        if prefix.hasSuffix(numberWord) {
            prefix = prefix.dropLast(numberWord.count)
            taken += numberWord.count
        }
        for name in typeNamesLongestFirst where prefix.hasSuffix(name) {
            let nameStart = prefix.endIndex - name.count
            let boundary = !continuesWord(scalarEnding(at: nameStart, Array(prefix)))
            if boundary {
                taken += name.count
                match.range = (match.range.lowerBound - taken)..<match.range.upperBound
            }
            return
        }
    }

    /// ` ngày 03/6/2020` or ` ngày 03 tháng 6 năm 2020` right after the symbol joins the citation;
    /// so does ` (ngày 03/6/2020)`. (Not `, ngày …`: after a comma the date may well begin the
    /// next clause, `Thực hiện 749/QĐ-TTg, ngày 5/5/2024 Sở đã họp`.)
    private static func extendAfter(_ match: inout Match, _ bytes: [UInt8]) {
        var start = match.range.upperBound
        guard let afterSymbol = afterSpaces(bytes, from: start) else { return }
        start = afterSymbol
        let parenthesised = start < bytes.count && bytes[start] == UInt8(ascii: "(")
        if parenthesised { start += 1 }
        // `ngày ` in any case, compared as bytes (`à` is C3 A0, `À` C3 80).
        guard start + 5 <= bytes.count, bytes[start] | 0x20 == UInt8(ascii: "n"),
              bytes[start + 1] | 0x20 == UInt8(ascii: "g"), bytes[start + 2] == 0xC3, bytes[start + 3] | 0x20 == 0xA0,
              bytes[start + 4] | 0x20 == UInt8(ascii: "y"), let afterDay = afterSpaces(bytes, from: start + 5) else { return }
        start = afterDay
        // `03 tháng 6 năm 2020`, its words apart by any spaces; else `03/6/2020`.
        var words: [(text: String, end: Int)] = []
        var wordStart = start
        while words.count < 5, wordStart < min(bytes.count, start + 60) {
            var wordEnd = wordStart
            while wordEnd < bytes.count, bytes[wordEnd] != space, !(bytes[wordEnd] == 0xC2 && wordEnd + 1 < bytes.count && bytes[wordEnd + 1] == 0xA0) {
                wordEnd += 1
            }
            words.append((String(decoding: bytes[wordStart..<wordEnd], as: UTF8.self), wordEnd))
            guard let next = afterSpaces(bytes, from: wordEnd) else { break }
            wordStart = next
        }
        let trimmed: String
        var end: Int
        if words.count == 5, words[1].text.lowercased() == "tháng", words[3].text.lowercased() == "năm" {
            let year = words[4].text.prefix { $0.isASCII && $0.isNumber }
            trimmed = "\(words[0].text) tháng \(words[2].text) năm \(year)"
            end = words[4].end - words[4].text.utf8.count + year.utf8.count
        } else {
            // Digits, `/`, `-` and `.` (`04.6.2020`), starting and ending with a digit.
            let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
            end = start
            while end < bytes.count, isDigit(bytes[end]) || [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(bytes[end]) { end += 1 }
            while end > start, !isDigit(bytes[end - 1]) { end -= 1 }
            guard end > start else { return }
            trimmed = String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let dates = start..<end
        if parenthesised {
            guard end < bytes.count, bytes[end] == UInt8(ascii: ")") else { return }
            end += 1
        }
        switch Citation.parseCitationDate(trimmed) {
        case .success(let date):
            match.range = match.range.lowerBound..<end
            match.dateRange = dates
            match.citation = Citation(text: "", symbol: match.citation.symbol, date: date)
        case .failure(let error) where error.reason == .format && Self.isDayAndMonth(trimmed):
            return // `ngày 17/7`: a day of this year, as news writes it; no date of the citation's
        case .failure(let error):
            match.range = match.range.lowerBound..<end
            match.dateRange = dates
            match.invalidDate = (trimmed, error.reason)
        }
    }

    /// `17/7` or `17.7`: a day and a month without the year.
    private static func isDayAndMonth(_ text: String) -> Bool {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." }
        return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }

    /// The index after one or more spaces at `index` (plain or non-breaking, as Word pastes them).
    private static func afterSpaces(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == space {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                break
            }
        }
        return index > start ? index : nil
    }

    private static let space = UInt8(ascii: " ")

    /// Lowercased type names with their following space, as UTF-8, longest first.
    private static let typeNamesLongestFirst: [[UInt8]] = DocumentTypes.codes.keys
        .map { Array(($0.lowercased() + " ").utf8) }.sorted { $0.count > $1.count }

    private static let numberWord = Array("số ".utf8)

    /// Bytes before a symbol that can hold its type name and `số ` (capitals take as many bytes
    /// as small letters in composed Vietnamese), with room to spare.
    private static let lookBehind = (typeNamesLongestFirst.first?.count ?? 0) + numberWord.count + 8

    /// ASCII letters and digits, `-`, `&`, `Đ`/`đ` (C4 90 / C4 91), and their look-alikes `Ð`/`ð`
    /// (C3 90 / C3 B0, the Icelandic eth, which some keyboards and fonts give for Đ); and the
    /// dashes word processors put for `-` (U+2010…2013: E2 80 90…93; the minus U+2212: E2 88 92).
    private static func isSymbolByte(_ bytes: [UInt8], _ i: Int) -> Bool {
        if let dashStart = dashStart(bytes, around: i) { return dashStart >= 0 }
        let byte = bytes[i]
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"), UInt8(ascii: "&"):
            return true
        case 0xC4: return i + 1 < bytes.count && (bytes[i + 1] == 0x90 || bytes[i + 1] == 0x91)
        case 0xC3: return i + 1 < bytes.count && (bytes[i + 1] == 0x90 || bytes[i + 1] == 0xB0)
        case 0x90: return i > 0 && (bytes[i - 1] == 0xC4 || bytes[i - 1] == 0xC3)
        case 0x91: return i > 0 && bytes[i - 1] == 0xC4
        case 0xB0: return i > 0 && bytes[i - 1] == 0xC3
        default: return false
        }
    }

    /// When byte `i` is part of a three-byte dash, where that dash starts; nil otherwise.
    private static func dashStart(_ bytes: [UInt8], around i: Int) -> Int? {
        for start in max(0, i - 2)...i where start + 2 < bytes.count && bytes[start] == 0xE2 {
            let (second, third) = (bytes[start + 1], bytes[start + 2])
            if (second == 0x80 && (0x90...0x93).contains(third)) || (second == 0x88 && third == 0x92) { return start }
        }
        return nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    /// Never start in the middle of a two-byte `Đ` or `Ð`.
    private static func realign(_ bytes: [UInt8], _ start: Int) -> Int {
        start < bytes.count && [0x90, 0x91, 0xB0].contains(bytes[start]) && (start == 0 || ![0xC3, 0xC4].contains(bytes[start - 1]))
            ? start + 1 : start
    }

    /// Letters and digits continue a word (so `abc749/QĐ-TTg` or `749/QĐ-TTgx` are not citations);
    /// spaces, punctuation and quotes (“ ”) do not.
    private static func continuesWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func scalarEnding(at index: Int, _ bytes: [UInt8]) -> Unicode.Scalar? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0, start > index - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars.last
    }

    private static func scalarStarting(at index: Int, _ bytes: [UInt8]) -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        return String(decoding: bytes[index..<min(bytes.count, index + 4)], as: UTF8.self).unicodeScalars.first
    }
}

private extension ArraySlice<UInt8> {
    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }
}

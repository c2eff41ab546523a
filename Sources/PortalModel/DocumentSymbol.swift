/// A document symbol (số ký hiệu) parsed into its parts (DESIGN.md §3).
///
/// - administrative `749/QĐ-TTg`: number / type-issuer
/// - legal-normative `13/2023/NĐ-CP`: number / year / type-issuer (a law: `20/2023/QH15`)
/// - Party `02-NQ/TU`: number-type / issuer
/// - official letter `4878/BTTTT-CĐSQG`: number / issuer-unit (no type code)
public struct DocumentSymbol: Sendable, Hashable, CustomStringConvertible, Codable {
    /// The four symbol shapes of Vietnamese documents.
    public enum Family: String, Sendable, Hashable, Codable {
        case administrative, legalNormative = "legal-normative", party, officialLetter = "official-letter"
    }

    public let text: String
    public let family: Family
    /// The number as printed, zero pad kept (`02`, `06`).
    public let number: String
    public let year: Int?
    /// Case-sensitive type code (`QĐ`, `TTr`, `QyĐ`); nil for official letters and laws.
    public let typeCode: String?
    /// The issuer part (`TTg`, `UBND`, `TU`, `BTTTT`), without drafting-unit suffixes.
    public let issuerCode: String

    public var description: String { text }

    /// The symbol as citations compare it: its identity key folded like a slug (`QD` finds
    /// `QĐ`, capitals aside; `09/QĐ-UBND` is `9/QĐ-UBND`).
    public var matchKey: String { Slug.make(identityKey) }

    /// The symbol as identity compares it: exactly as printed (type codes are case-sensitive:
    /// `ĐA` Đề án is not `DA` Dự án), but for the zero pad of the number (`09` is `9`).
    public var identityKey: String {
        let digits = number.drop { $0 == "0" }
        return (digits.isEmpty ? "0" : String(digits)) + text.dropFirst(number.count)
    }

    /// Whether `other`, found as this symbol, is written in other capitals (`749/qđ-ttg` for
    /// `749/QĐ-TTg`): type codes are case-sensitive (`QyĐ`, `CTr`). The missing mark of `Đ`
    /// (`QD`) and the zero pad do not count.
    public func differsInCase(from other: DocumentSymbol) -> Bool {
        if text == other.text { return false } // nearly every citation
        func folded(_ symbol: DocumentSymbol) -> String {
            symbol.identityKey.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
        }
        return folded(self) != folded(other)
    }

    /// The number's value, for numeric sorting (`2` < `10`).
    public var numericValue: Int { Int(number.prefix { $0.isNumber }) ?? 0 }

    /// Parses a symbol written exactly as printed; a stray space around `/` or `-` is tolerated.
    public static func parse(_ raw: String) -> DocumentSymbol? {
        let text = raw.utf8.allSatisfy(isPlainSymbolByte) ? raw : normalized(raw)
        let slashParts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard slashParts.allSatisfy({ !$0.isEmpty }) else { return nil }
        switch slashParts.count {
        case 2: return parseTwoPart(text, slashParts[0], slashParts[1])
        case 3: return parseLegal(text, slashParts)
        default: return nil
        }
    }

    /// ASCII letters, digits, `/`, `-`, `&`, and the bytes of `Đ`/`đ` (C4 90, C4 91): a symbol
    /// made of these alone needs no normalising (the citation scanner meets thousands).
    private static func isPlainSymbolByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "&"), 0xC4, 0x90, 0x91: true
        default: false
        }
    }

    /// The symbol without spaces, with the look-alikes editors type put back.
    private static func normalized(_ raw: String) -> String {
        // `Ð`/`ð` (the Icelandic eth) look exactly like `Đ`/`đ` and are typed for them.
        String(raw.trimmingWhitespace().compactMap { character -> Character? in
            switch character {
            case "Ð": "Đ"
            case "ð": "đ"
            // Word and phones turn `-` into a dash or a non-breaking hyphen.
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}": "-"
            case let other where other.isWhitespace: nil
            default: character
            }
        })
    }

    private static func parseTwoPart(_ text: String, _ head: String, _ tail: String) -> DocumentSymbol? {
        if isNumber(head) {
            let codes = tail.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard codes.allSatisfy(isCode) else { return nil }
            if codes.count >= 2, DocumentTypes.isTypeCode(codes[0]) {
                return DocumentSymbol(text: text, family: .administrative, number: head, year: nil,
                                      typeCode: codes[0], issuerCode: codes[1])
            }
            return DocumentSymbol(text: text, family: .officialLetter, number: head, year: nil,
                                  typeCode: nil, issuerCode: codes[0])
        }
        let pieces = head.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count == 2, isNumber(pieces[0]), isCode(pieces[1]), isCode(tail) || isDashedCode(tail) else {
            return nil
        }
        let issuer = String(tail.split(separator: "-").first ?? Substring(tail))
        return DocumentSymbol(text: text, family: .party, number: pieces[0], year: nil,
                              typeCode: pieces[1], issuerCode: issuer)
    }

    private static func parseLegal(_ text: String, _ parts: [String]) -> DocumentSymbol? {
        guard isNumber(parts[0]), parts[1].count == 4, let year = Int(parts[1]) else { return nil }
        let codes = parts[2].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard codes.allSatisfy(isCode) else { return nil }
        if codes.count >= 2 {
            return DocumentSymbol(text: text, family: .legalNormative, number: parts[0], year: year,
                                  typeCode: codes[0], issuerCode: codes[1])
        }
        return DocumentSymbol(text: text, family: .legalNormative, number: parts[0], year: year,
                              typeCode: nil, issuerCode: codes[0])
    }

    private static func isNumber(_ part: String) -> Bool {
        !part.isEmpty && part.count <= 6 && part.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isCode(_ part: String) -> Bool {
        !part.isEmpty && part.allSatisfy { $0.isLetter || ($0.isASCII && $0.isNumber) || $0 == "&" }
            && part.contains(where: \.isLetter)
    }

    private static func isDashedCode(_ part: String) -> Bool {
        part.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { isCode(String($0)) }
    }
}

import PortalModel

/// The symbol checks of DESIGN.md §3: type code ↔ type, year ↔ issued, issuer code ↔ abbr, Party term.
struct DocumentChecks {
    let document: Document
    let issuer: Issuer?

    func run() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let symbol = document.symbol
        let at = document.symbolLocation
        if let expected = DocumentTypes.codes(forName: document.type) {
            let code = symbol.typeCode ?? ""
            if !expected.contains(code) {
                found.append(Diagnostic(.error, .symbolTypeMismatch(
                    symbol: symbol.text, code: code.isEmpty ? "—" : code, type: document.type,
                    expected: expected.map { $0.isEmpty ? "—" : $0 }), at: at))
            }
        } else {
            found.append(Diagnostic(.error, .unknownDocumentType(type: document.type), at: at))
        }
        if let year = symbol.year, year != document.issued.year {
            found.append(Diagnostic(.error, .symbolYearMismatch(symbol: symbol.text, symbolYear: year, issuedYear: document.issued.year), at: at))
        }
        if let issuer, !matches(code: symbol.issuerCode, abbr: issuer.abbr) {
            found.append(Diagnostic(.error, .symbolIssuerMismatch(symbol: symbol.text, code: symbol.issuerCode, issuer: issuer.name, abbr: issuer.abbr), at: at))
        }
        if symbol.family == .party {
            if let term = document.term {
                if !Self.isTerm(term) { found.append(Diagnostic(.error, .invalidTerm(text: term), at: at)) }
            } else {
                found.append(Diagnostic(.error, .partyDocumentWithoutTerm(symbol: symbol.text), at: at))
            }
        }
        return found
    }

    /// The symbol's issuer code is the abbreviation, possibly followed by a drafting unit.
    private func matches(code: String, abbr: String) -> Bool {
        code == abbr || abbr.split(separator: "-").first.map(String.init) == code
    }

    /// `2020-2025`: two years, the second after the first.
    static func isTerm(_ text: String) -> Bool {
        let years = text.split(separator: "-").map { Int(String($0).trimmingWhitespace()) }
        guard years.count == 2, let start = years[0], let end = years[1] else { return false }
        return (1930...2200).contains(start) && start < end && end - start <= 10
    }
}

import PortalModel

/// The symbol checks of DESIGN.md §3: type code ↔ type, year ↔ issued, issuer code ↔ abbr, Party term.
struct DocumentChecks {
    let document: Document
    let issuer: Issuer?

    func run() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let symbol = document.symbol
        let at = document.symbolLocation
        var issuerCode: String? = symbol.issuerCode
        if let expected = DocumentTypes.codes(forName: document.type) {
            let code = symbol.typeCode ?? ""
            if let caseSlip = caseSlip(expected: expected) {
                // `01/CTR-UBND`: the code is read as the issuer's; one error, about the case.
                found.append(caseSlip)
                if symbol.typeCode == nil { issuerCode = symbol.text.split(separator: "-").dropFirst().first.map(String.init) }
            } else if !expected.contains(code) {
                found.append(Diagnostic(.error, .symbolTypeMismatch(
                    symbol: symbol.text, code: code.isEmpty ? "—" : code, type: document.type,
                    expected: expected.map { $0.isEmpty ? "—" : $0 }), at: at))
            }
        } else {
            found.append(Diagnostic(.error, .unknownDocumentType(type: document.type), at: document.typeLocation ?? at))
        }
        if let year = symbol.year, year != document.issued.year {
            found.append(Diagnostic(.error, .symbolYearMismatch(symbol: symbol.text, symbolYear: year, issuedYear: document.issued.year), at: at))
        }
        if let issuer, let issuerCode, !matches(code: issuerCode, abbr: issuer.abbr) {
            found.append(Diagnostic(.error, .symbolIssuerMismatch(symbol: symbol.text, code: issuerCode, issuer: issuer.name, abbr: issuer.abbr), at: at))
        }
        // issuers.yml may say when a body existed (`valid_from`, `valid_to`: merged, renamed).
        if let issuer, issuer.validFrom.map({ document.issued < $0 }) == true || issuer.validTo.map({ document.issued > $0 }) == true {
            found.append(Diagnostic(.warning, .issuedOutsideIssuerPeriod(
                issuer: issuer.name, issued: VietnameseFormat.shortDate(document.issued),
                from: issuer.validFrom.map(VietnameseFormat.shortDate), to: issuer.validTo.map(VietnameseFormat.shortDate)),
                at: document.issuer.location))
        }
        let termAt = document.termLocation ?? at
        if symbol.family == .party {
            if let term = document.term {
                if let years = Self.termYears(term) {
                    if !years.contains(document.issued.year) {
                        found.append(Diagnostic(.warning, .issuedOutsideTerm(year: document.issued.year, term: term), at: termAt))
                    }
                } else {
                    found.append(Diagnostic(.error, .invalidTerm(text: term), at: termAt))
                }
            } else {
                found.append(Diagnostic(.error, .partyDocumentWithoutTerm(symbol: symbol.text), at: at))
            }
        } else if document.term != nil {
            found.append(Diagnostic(.warning, .termOnStateDocument(symbol: symbol.text), at: termAt))
        }
        return found
    }

    /// A type code written in the wrong case (`CTR`, `ct`, `QYĐ`) is not recognised as one, so the
    /// symbol reads as an official letter whose issuer code is that word: said as a case slip.
    private func caseSlip(expected: [String]) -> Diagnostic? {
        let symbol = document.symbol
        guard symbol.typeCode == nil || !expected.contains(symbol.typeCode ?? "") else { return nil }
        let written = symbol.typeCode ?? symbol.issuerCode
        guard let right = expected.first(where: { !$0.isEmpty && $0 != written && $0.lowercased() == written.lowercased() }),
              let range = symbol.text.range(of: written) else { return nil }
        return Diagnostic(.error, .typeCodeCase(symbol: symbol.text, written: written, expected: right,
                                                corrected: symbol.text.replacingCharacters(in: range, with: right)),
                          at: document.symbolLocation)
    }

    /// The symbol's issuer code is the abbreviation, possibly followed by a drafting unit.
    private func matches(code: String, abbr: String) -> Bool {
        code == abbr || abbr.split(separator: "-").first.map(String.init) == code
    }

    /// `2020-2025`: two years, the second after the first.
    static func isTerm(_ text: String) -> Bool { termYears(text) != nil }

    static func termYears(_ text: String) -> ClosedRange<Int>? {
        let years = text.split(separator: "-").map { Int(String($0).trimmingWhitespace()) }
        guard years.count == 2, let start = years[0], let end = years[1],
              (1930...2200).contains(start), start < end, end - start <= 10 else { return nil }
        return start...end
    }
}

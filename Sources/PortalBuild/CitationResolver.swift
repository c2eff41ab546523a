import PortalModel

/// Resolves citations to documents by symbol; the date picks between documents sharing a symbol.
struct CitationResolver: Sendable {
    private let documents: [Document]
    private let bySymbol: [String: [Int]]

    init(documents: [Document]) {
        self.documents = documents
        var bySymbol: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            bySymbol[Self.key(document.symbol), default: []].append(index)
        }
        self.bySymbol = bySymbol
    }

    /// Symbols are matched on their folded form (`QD` finds `QĐ`, `5/CTr-UBND` finds `05/CTr-UBND`);
    /// type-code case and the zero pad are kept in display.
    static func key(_ symbol: DocumentSymbol) -> String { symbol.matchKey }

    /// The outcome of resolving one citation.
    enum Outcome: Equatable {
        case document(Int)
        case notIndexed
        case problem(Problem)
    }

    /// `citing`: the document whose text holds the citation, if any. A document that names its
    /// own symbol means itself, even when another issuer's document shares the symbol.
    func resolve(_ citation: Citation, citing: Int? = nil) -> Outcome {
        var candidates = bySymbol[Self.key(citation.symbol)] ?? []
        guard !candidates.isEmpty else { return .notIndexed }
        if let date = citation.date {
            let sameDate = candidates.filter { documents[$0].issued == date }
            guard !sameDate.isEmpty else {
                let issued = candidates.map { VietnameseFormat.shortDate(documents[$0].issued) }
                return .problem(.citationDateMismatch(text: citation.text, issued: issued.joined(separator: ", ")))
            }
            candidates = sameDate
        }
        if candidates.count == 1 { return .document(candidates[0]) }
        if let citing, candidates.contains(citing) { return .document(citing) }
        let described = candidates.map { "\(documents[$0].symbol.text) ngày \(VietnameseFormat.shortDate(documents[$0].issued)) (\(documents[$0].path))" }
        // A date tells apart only a document issued on a day none of the others was.
        let dated = candidates.first { candidate in candidates.count { documents[$0].issued == documents[candidate].issued } == 1 }
        let example = citation.date == nil
            ? dated.map { "\(citation.text) ngày \(VietnameseFormat.shortDate(documents[$0].issued))" } : nil
        return .problem(.ambiguousCitation(text: citation.text, candidates: described, example: example))
    }

    /// Resolves front-matter citations, reporting malformed, ambiguous and unindexed ones. Each
    /// distinct text is parsed and looked up once per build (`known`), however many items cite it.
    func resolve(_ references: [Located<String>], known: inout [String: Outcome], diagnostics: inout [Diagnostic]) -> [Int] {
        var result: [Int] = []
        for reference in references {
            let outcome: Outcome
            if let seen = known[reference.value] {
                outcome = seen
            } else {
                outcome = Citation.parse(reference.value).map { resolve($0) }
                    ?? Citation.dateProblem(reference.value).map { .problem(.invalidDate(text: $0.text, reason: $0.reason)) }
                    ?? .problem(.invalidCitation(text: reference.value))
                known[reference.value] = outcome
            }
            switch outcome {
            case .document(let index):
                if !result.contains(index) { result.append(index) }
                let symbol = documents[index].symbol
                if !reference.value.contains(symbol.text), let written = Citation.parse(reference.value)?.symbol,
                   symbol.differsInCase(from: written) {
                    diagnostics.append(Diagnostic(.warning, .symbolCase(written: written.text, symbol: symbol.text), at: reference.location))
                }
            case .notIndexed:
                diagnostics.append(Diagnostic(.warning, .unresolvedCitation(text: reference.value), at: reference.location))
            case .problem(let problem):
                diagnostics.append(Diagnostic(.error, problem, at: reference.location))
            }
        }
        return result
    }
}

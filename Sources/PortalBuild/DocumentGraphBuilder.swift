import PortalModel

/// Resolves the typed relations between documents (both directions), what cites each document,
/// and each document's status on the build date.
struct DocumentGraphBuilder {
    let documents: [Document]
    let asOf: CalendarDate

    func build(articles: [Article], stories: [Story], diagnostics: inout [Diagnostic]) -> DocumentGraph {
        let resolver = CitationResolver(documents: documents)
        var known: [String: CitationResolver.Outcome] = [:]
        let count = documents.count
        let empty = Array(repeating: [Int](), count: count)
        var graph = DocumentGraph(
            basedOn: empty, basedOnBy: empty, replaces: empty, replacedBy: empty, amends: empty, amendedBy: empty,
            guides: empty, guidedBy: empty, citedBy: Array(repeating: [], count: count), articleDocuments: [],
            storyDocuments: [], status: [], unindexed: Array(repeating: UnindexedRelations(), count: count))
        for (index, document) in documents.enumerated() {
            let relations = document.relations
            // A document relates to earlier documents only, and never to itself; a document cited
            // twice in one list (with and without its date) is listed once.
            func own(_ list: [Located<String>], unindexed: inout [String]) -> [Int] {
                var targets: [Int] = []
                for citation in list {
                    defer { if known[citation.value] == .notIndexed { Self.add(citation.value, to: &unindexed) } }
                    for target in resolver.resolve([citation], known: &known, diagnostics: &diagnostics) {
                        let other = documents[target]
                        if target == index {
                            diagnostics.append(Diagnostic(.error, .relationToItself(symbol: document.symbol.text), at: citation.location))
                            continue
                        }
                        if other.issued > document.issued {
                            diagnostics.append(Diagnostic(.error, .relationToLaterDocument(
                                symbol: other.symbol.text, issued: VietnameseFormat.shortDate(other.issued),
                                ownIssued: VietnameseFormat.shortDate(document.issued)), at: citation.location))
                        }
                        if !targets.contains(target) { targets.append(target) }
                    }
                }
                return targets
            }
            graph.basedOn[index] = own(relations.basedOn, unindexed: &graph.unindexed[index].basedOn)
            graph.replaces[index] = own(relations.replaces, unindexed: &graph.unindexed[index].replaces)
            graph.amends[index] = own(relations.amends, unindexed: &graph.unindexed[index].amends)
            graph.guides[index] = own(relations.guides, unindexed: &graph.unindexed[index].guides)
            for target in graph.basedOn[index] { graph.basedOnBy[target].append(index) }
            for target in graph.replaces[index] { graph.replacedBy[target].append(index) }
            for target in graph.amends[index] { graph.amendedBy[target].append(index) }
            for target in graph.guides[index] { graph.guidedBy[target].append(index) }
        }
        graph.articleDocuments = articles.map { resolver.resolve($0.documents, known: &known, diagnostics: &diagnostics) }
        graph.storyDocuments = stories.map { resolver.resolve($0.documents, known: &known, diagnostics: &diagnostics) }
        graph.status = documents.indices.map { status(of: $0, replacedBy: graph.replacedBy[$0]) }
        // Only documents of one day can close a cycle: a relation to a later one is an error of its own.
        let relatedTo = documents.indices.map { i in
            Array(Set(graph.basedOn[i] + graph.replaces[i] + graph.amends[i] + graph.guides[i])
                .filter { documents[$0].issued == documents[i].issued }).sorted()
        }
        diagnostics += RelationCycles.find(in: relatedTo, documents: documents)
        return graph
    }

    /// A citation of a document the index does not have, added once: written with and without
    /// its date it is one document (the dated form is kept); with two dates, two.
    private static func add(_ citation: String, to list: inout [String]) {
        guard let parsed = Citation.parse(citation) else { return list.append(citation) }
        let same = list.firstIndex { written in
            guard let other = Citation.parse(written), other.symbol.matchKey == parsed.symbol.matchKey else { return false }
            return other.date == nil || parsed.date == nil || other.date == parsed.date
        }
        if let same {
            if parsed.date != nil, Citation.parse(list[same])?.date == nil { list[same] = citation }
        } else {
            list.append(citation)
        }
    }

    /// `status` when given; else from `effective`, `expires` and replacement, as of the build date.
    private func status(of index: Int, replacedBy: [Int]) -> DocumentStatus {
        let document = documents[index]
        if let status = document.status { return status }
        if replacedBy.contains(where: { (documents[$0].effective ?? documents[$0].issued) <= asOf }) { return .replaced }
        // Without `effective` a document takes effect when issued: one issued after the build
        // date is not in force yet.
        if (document.effective ?? document.issued) > asOf { return .notYetEffective }
        if let expires = document.expires, expires < asOf { return .expired }
        return .inEffect
    }
}

/// Finds cycles in the relations (A is based on B, which amends A): a document relates only to
/// earlier ones, but two issued the same day can still point at each other. Each cycle is
/// reported once, at its first document.
enum RelationCycles {
    static func find(in relatedTo: [[Int]], documents: [Document]) -> [Diagnostic] {
        var state = Array(repeating: 0, count: relatedTo.count) // 0 new, 1 on stack, 2 done
        var found: [Diagnostic] = []
        func visit(_ node: Int, _ stack: [Int]) {
            state[node] = 1
            for next in relatedTo[node] {
                if state[next] == 1, let start = (stack + [node]).firstIndex(of: next) {
                    // Told from the document whose file comes first, round to it again.
                    var cycle = Array((stack + [node])[start...])
                    if let first = cycle.indices.min(by: { documents[cycle[$0]].path < documents[cycle[$1]].path }) {
                        cycle = Array(cycle[first...] + cycle[..<first])
                    }
                    let chain = (cycle + cycle.prefix(1)).map { documents[$0].symbol.text }.joined(separator: " → ")
                    found.append(Diagnostic(.error, .relationCycle(chain: chain), at: documents[cycle[0]].symbolLocation))
                } else if state[next] == 0 {
                    visit(next, stack + [node])
                }
            }
            state[node] = 2
        }
        for node in relatedTo.indices where state[node] == 0 { visit(node, []) }
        return found
    }
}

import PortalModel

/// Builds the `SiteIndex`: publishes, sorts, assigns URLs (collisions are errors), resolves the
/// document graph and groups items into taxonomies. Linear in the content.
struct SiteIndexer {
    let content: SiteContent
    let asOf: CalendarDate
    let includeDrafts: Bool

    func index() -> (SiteIndex, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let visible = { (publication: Publication, date: CalendarDate) in includeDrafts || publication.isPublished(date: date, asOf: asOf) }
        let articles = Self.newestFirst(content.articles.filter { visible($0.publication, $0.date) }, date: \.date, path: \.path)
        let stories = Self.newestFirst(content.stories.filter { visible($0.publication, $0.date) }, date: \.date, path: \.path)
        // An item dated after the build date waits for it; said (unless `publish_at` schedules
        // it on purpose), as a typo in the year would otherwise hide it without a word.
        let waiting = includeDrafts ? [] : content.articles.filter { $0.date > asOf }.map { ($0.path, $0.date, $0.publication) }
            + content.stories.filter { $0.date > asOf }.map { ($0.path, $0.date, $0.publication) }
        for (path, date, publication) in waiting where !publication.draft && publication.publishAt == nil {
            diagnostics.append(Diagnostic(.warning, .datedInTheFuture(date: VietnameseFormat.shortDate(date), asOf: VietnameseFormat.shortDate(asOf)),
                                          at: publication.dateLocation ?? SourceLocation(path: path)))
        }
        let documents = Self.firstOfEachIdentity(content.documents).sorted(by: Self.newestDocumentFirst)
        let pages = content.pages.filter { includeDrafts || !$0.draft }.sorted(by: Self.menuOrder)
        let urls = OutputPaths.assign(articles: articles, documents: documents, stories: stories, pages: pages,
                                      basePath: content.config.baseURL.path, diagnostics: &diagnostics)
        let graph = DocumentGraphBuilder(documents: documents, asOf: asOf)
            .build(articles: articles, stories: stories, diagnostics: &diagnostics)
        let index = SiteIndex(
            config: content.config, asOf: asOf,
            issuers: Dictionary(content.issuers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            articles: articles, documents: documents, stories: stories, pages: pages, urlBySourcePath: urls,
            graph: graph, taxonomies: [:], mediaSizes: content.media)
        return (index.withTaxonomies(TaxonomyBuilder(index: index).build()), diagnostics)
    }

    /// Newest first, then by path: sorts positions on small keys, not the large items themselves.
    static func newestFirst<T>(_ items: [T], date: (T) -> CalendarDate, path: (T) -> String) -> [T] {
        let keys = items.map { (day: date($0).daysSinceEpoch, path: path($0)) }
        return items.indices.sorted { a, b in
            keys[a].day != keys[b].day ? keys[a].day > keys[b].day : Self.naturalPrecedes(keys[a].path, keys[b].path)
        }.map { items[$0] }
    }

    /// File paths in the order a person numbers them: `bai-2.md` before `bai-10.md` (digit runs
    /// compared by value), otherwise byte by byte.
    static func naturalPrecedes(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var (i, j) = (0, 0)
        while i < x.count, j < y.count {
            if isDigit(x[i]), isDigit(y[j]) {
                var (iEnd, jEnd) = (i, j)
                while iEnd < x.count, isDigit(x[iEnd]) { iEnd += 1 }
                while jEnd < y.count, isDigit(y[jEnd]) { jEnd += 1 }
                let left = x[i..<iEnd].drop { $0 == 0x30 }, right = y[j..<jEnd].drop { $0 == 0x30 }
                if left.count != right.count { return left.count < right.count }
                if !left.elementsEqual(right) { return left.lexicographicallyPrecedes(right) }
                if iEnd - i != jEnd - j { return iEnd - i < jEnd - j } // `05` after `5`
                (i, j) = (iEnd, jEnd)
            } else {
                if x[i] != y[j] { return x[i] < y[j] }
                (i, j) = (i + 1, j + 1)
            }
        }
        return x.count - i < y.count - j
    }

    static func newestDocumentFirst(_ a: Document, _ b: Document) -> Bool {
        if a.issued != b.issued { return a.issued > b.issued }
        if a.symbol.numericValue != b.symbol.numericValue { return a.symbol.numericValue > b.symbol.numericValue }
        return (a.symbol.text, a.path) < (b.symbol.text, b.path)
    }

    /// A duplicated document (reported by the validator) is indexed once, from its first file.
    static func firstOfEachIdentity(_ documents: [Document]) -> [Document] {
        var seen: Set<String> = []
        return documents.sorted { $0.path < $1.path }.filter { seen.insert($0.identity).inserted }
    }

    static func menuOrder(_ a: Page, _ b: Page) -> Bool {
        switch (a.menu, b.menu) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default:
            if a.title != b.title { return VietnameseCollation.precedes(a.title, b.title) }
            return a.path < b.path
        }
    }
}

extension SiteIndex {
    func withTaxonomies(_ taxonomies: [Taxonomy: [TermEntry]]) -> SiteIndex {
        SiteIndex(config: config, asOf: asOf, issuers: issuers, articles: articles, documents: documents,
                  stories: stories, pages: pages, urlBySourcePath: urlBySourcePath, graph: graph, taxonomies: taxonomies,
                  mediaSizes: mediaSizes)
    }
}

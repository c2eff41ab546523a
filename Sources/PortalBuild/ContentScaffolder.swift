import PortalModel

/// Writes the text of a new content file (`dxportal new`): the required keys filled in, the
/// optional ones commented out, values checked against site.yml and issuers.yml first.
public struct ContentScaffolder: Sendable {
    public let config: SiteConfig
    public let issuers: [Issuer]

    public init(config: SiteConfig, issuers: [Issuer]) {
        self.config = config
        self.issuers = issuers
    }

    /// What the editor asked for.
    public enum Request: Sendable {
        case article(title: String, date: CalendarDate, pillar: String?)
        case document(number: String, type: String, issuer: String, issued: CalendarDate, title: String)
        case story(title: String, date: CalendarDate, locality: String)
        case page(title: String)
    }

    /// A file to create: its path under the root, its text and the URL it will have.
    public struct NewFile: Sendable, Equatable {
        public let path: String
        public let text: String
        public let url: String
    }

    /// The new file, or the problems with the given values (located at the command line).
    /// A document already in `content/documents/`.
    public struct ExistingDocument: Sendable {
        public let path: String
        public let number: String
        public let year: Int
        public let issuer: String
        /// Its address's last part (`slug`, else from its symbol).
        public let slug: String

        public init(path: String, number: String, year: Int, issuer: String, slug: String) {
            (self.path, self.number, self.year, self.issuer, self.slug) = (path, number, year, issuer, slug)
        }
    }

    /// `documents`: those already written. A number used before gets a file name of its own: the
    /// year in it when the same issuer used the number in another year (numbers restart yearly),
    /// the issuer when another issuer did, both when those are taken too; and a `slug` when
    /// another document of that year has the address. The same issuer's number in the same year
    /// is the same document (for state documents): refused, naming its file.
    public func scaffold(_ request: Request, documents: [ExistingDocument] = []) -> Result<NewFile, DiagnosticsError> {
        let problems = check(request)
        if !problems.isEmpty { return .failure(DiagnosticsError(problems)) }
        switch request {
        case .article(let title, let date, let pillar):
            let slug = Self.fileSlug(title)
            return .success(file("content/articles/\(date.year)/\(slug).md", url: "/tin-tuc/\(date.year)/\(slug)/", text: Templates.article(
                title: title, date: date, pillar: pillar, config: config)))
        case .document(let number, let type, let issuer, let issued, let title):
            let slug = Slug.make(number)
            let sameNumber = documents.filter { Slug.make($0.number) == slug }
            // (A Party document is one by its term, which `new` is not told: two of a number in
            // one year may belong to two terms, and the build says when they do not.)
            if DocumentSymbol.parse(number)?.family != .party,
               let twin = sameNumber.first(where: { $0.issuer == issuer && $0.year == issued.year }) {
                return .failure(DiagnosticsError([Diagnostic(.error, .documentAlreadyWritten(symbol: number, path: twin.path),
                                                             at: SourceLocation(path: "dxportal new"))]))
            }
            let ownSlug = sameNumber.contains { $0.year == issued.year && $0.slug == slug } ? "\(slug)-\(issuer)" : nil
            let others = sameNumber.contains { $0.issuer == issuer }
                ? ["\(slug)-\(issued.year)", "\(slug)-\(issuer)-\(issued.year)"] : ["\(slug)-\(issuer)", "\(slug)-\(issuer)-\(issued.year)"]
            let taken = Set(documents.map(\.path))
            let name = ([slug] + others).first { !taken.contains("content/documents/\($0).md") } ?? "\(slug)-\(issuer)-\(issued.year)"
            return .success(file("content/documents/\(name).md", url: "/van-ban/\(issued.year)/\(ownSlug ?? slug)/", text: Templates.document(
                number: number, type: type, issuer: issuer, issued: issued, title: title, slug: ownSlug)))
        case .story(let title, let date, let locality):
            let slug = Self.fileSlug(title)
            return .success(file("content/stories/\(slug).md", url: "/cau-chuyen-thanh-cong/\(slug)/", text: Templates.story(
                title: title, date: date, locality: locality, config: config)))
        case .page(let title):
            let slug = Self.fileSlug(title)
            return .success(file("content/pages/\(slug).md", url: "/\(slug)/", text: Templates.page(title: title)))
        }
    }

    /// A file name from a title, cut at a word boundary to at most 80 characters: a long title
    /// stays whole in the file, the address need not carry all of it.
    static func fileSlug(_ title: String) -> String {
        let slug = Slug.make(title)
        guard slug.utf8.count > 80 else { return slug }
        let head = slug.prefix(81)
        return String(head.lastIndex(of: "-").map { head[..<$0] } ?? head.prefix(80))
    }

    private func file(_ path: String, url: String, text: String) -> NewFile {
        NewFile(path: path, text: text, url: config.baseURL.absolute(url))
    }

    private func check(_ request: Request) -> [Diagnostic] {
        let here = SourceLocation(path: "dxportal new", line: 1, column: 1)
        var problems: [Problem] = []
        /// A title must give a file name: letters or digits.
        func titled(_ title: String) {
            if title.trimmingWhitespace().isEmpty {
                problems.append(.missingKey(key: "title"))
            } else if Slug.make(title).isEmpty {
                problems.append(.emptySlug(name: title))
            }
        }
        func known(_ id: String?, in terms: [Term], _ kind: ReferenceKind) {
            if let id, !terms.contains(where: { $0.id == id }) { problems.append(.unknownReference(kind: kind, id: id, known: terms.map(\.id))) }
        }
        switch request {
        case .article(let title, _, let pillar):
            titled(title)
            known(pillar, in: config.pillars, .pillar)
        case .story(let title, _, let locality):
            titled(title)
            known(locality, in: config.localities, .locality)
        case .page(let title):
            titled(title)
            if OutputPaths.reservedSegments.contains(Slug.make(title)) {
                problems.append(.reservedAddress(url: "/\(Slug.make(title))/"))
            }
        case .document(let number, let type, let issuerID, let issued, let title):
            if title.trimmingWhitespace().isEmpty { problems.append(.missingKey(key: "title")) }
            guard let symbol = DocumentSymbol.parse(number) else {
                problems.append(.invalidSymbol(text: number))
                break
            }
            guard let issuer = issuers.first(where: { $0.id == issuerID }) else {
                problems.append(.unknownReference(kind: .issuer, id: issuerID, known: issuers.map(\.id)))
                break
            }
            let document = Document(path: "", symbol: symbol, symbolLocation: here, type: type, issuer: Located(issuerID, at: here),
                                    issued: issued, title: title, term: symbol.family == .party ? "2020-2025" : nil,
                                    body: MarkdownBody(text: "", firstLine: 1))
            problems += DocumentChecks(document: document, issuer: issuer).run().map(\.problem)
        }
        return problems.map { Diagnostic(.error, $0, at: here) }
    }
}

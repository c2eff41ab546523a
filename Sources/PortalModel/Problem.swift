/// What is wrong, with the values needed to explain it. The wording lives in `DiagnosticPrinter`.
public enum Problem: Error, Sendable, Hashable, Codable {
    case unreadableFile(reason: String)
    case invalidUTF8
    case missingFrontMatter
    case unterminatedFrontMatter
    case yamlSyntax(detail: String)
    case notAMapping
    case unknownKey(key: String, allowed: [String])
    case duplicateKey(key: String)
    case missingKey(key: String)
    case wrongType(key: String, expected: ValueKind)
    case invalidDate(text: String, reason: DateProblem)
    case invalidValue(key: String, value: String, allowed: [String])
    /// `known`: the ids that may be used, for the hint.
    case unknownReference(kind: ReferenceKind, id: String, known: [String])
    case coverWithoutAlt
    case mediaPathOutsideMedia(path: String)
    case missingMediaFile(path: String)
    case invalidSymbol(text: String)
    case unknownDocumentType(type: String)
    case symbolTypeMismatch(symbol: String, code: String, type: String, expected: [String])
    case symbolYearMismatch(symbol: String, symbolYear: Int, issuedYear: Int)
    case symbolIssuerMismatch(symbol: String, code: String, issuer: String, abbr: String)
    case partyDocumentWithoutTerm(symbol: String)
    case invalidTerm(text: String)
    case duplicateDocument(symbol: String, otherPath: String)
    case outputCollision(url: String, otherPath: String, slugExample: String, isDocument: Bool)
    case invalidCitation(text: String)
    case unresolvedCitation(text: String)
    case ambiguousCitation(text: String, candidates: [String], example: String?)
    case citationDateMismatch(text: String, issued: String)
    case relationCycle(chain: String)
    case brokenLink(target: String)
    case brokenAnchor(target: String)
    case brokenTemplateLink(target: String, page: String)
    case templateMissing(name: String, page: String)
    case templateSyntax(detail: String)
    case invalidBaseURL(text: String)
    case emptySlug(name: String)
    case slugTooLong(length: Int, maximum: Int)
    /// A tag, an id of site.yml or a part of an alias that becomes a folder name too long for one.
    case addressPartTooLong(key: String, length: Int, maximum: Int)
    case numberOutOfRange(key: String, text: String)
    case unsafeURL(key: String, url: String)
    case unsafeLink(url: String)
    case symbolCase(written: String, symbol: String)
    case aliasOfItself(alias: String)
    case datedInTheFuture(date: String, asOf: String)
    case controlCharacters(count: Int, first: String, in: TextPlace = .body)
    case relationToItself(symbol: String)
    case relationToLaterDocument(symbol: String, issued: String, ownIssued: String)
    case datesOutOfOrder(key: String, date: String, earlierKey: String, earlierDate: String)
    case ignoredFile(name: String, reason: IgnoredFile)
    case brokenMenuLink(url: String)
    case issuerRefersToItself(key: String)
    /// `parent` or `successor` leading back to where it started: `a → b → a`.
    case issuerCycle(key: String, chain: String)
    case articleInOtherYearFolder(folder: Int, year: Int)
    /// No `content/site.yml`: most likely not the portal's folder.
    case missingSiteFile
    case altWithoutCover
    /// `dxportal new document` for a document already written (same number, issuer and year).
    case documentAlreadyWritten(symbol: String, path: String)
    case issuedOutsideIssuerPeriod(issuer: String, issued: String, from: String?, to: String?)
    /// `alias`: the address is an alias of the item (the fix is in `aliases`, not the file name).
    case reservedAddress(url: String, alias: Bool = false)
    case invalidAlias(alias: String)
    case templateRecursion(chain: String)
    case duplicateID(id: String, first: String)
    case tagCollision(tag: String, other: String, url: String, otherPlace: String)
    case numberLooksLikeThousands(key: String, text: String, read: String, thousands: String)
    case typeCodeCase(symbol: String, written: String, expected: String, corrected: String)
    case termOnStateDocument(symbol: String)
    case issuedOutsideTerm(year: Int, term: String)
    case aliasCollision(alias: String, url: String, otherPath: String)
    case invalidID(id: String, suggestion: String)

    /// The stable code printed in brackets and used by tools, e.g. `invalid-date`.
    public var code: String {
        switch self {
        case .unreadableFile: "unreadable-file"
        case .invalidUTF8: "invalid-utf8"
        case .missingFrontMatter: "missing-front-matter"
        case .unterminatedFrontMatter: "unterminated-front-matter"
        case .yamlSyntax: "yaml-syntax"
        case .notAMapping: "not-a-mapping"
        case .unknownKey: "unknown-key"
        case .duplicateKey: "duplicate-key"
        case .missingKey: "missing-key"
        case .wrongType: "wrong-type"
        case .invalidDate: "invalid-date"
        case .invalidValue: "invalid-value"
        case .unknownReference(let kind, _, _): "unknown-\(kind.rawValue)"
        case .coverWithoutAlt: "cover-without-alt"
        case .mediaPathOutsideMedia: "path-outside-media"
        case .missingMediaFile: "missing-media-file"
        case .invalidSymbol: "invalid-symbol"
        case .unknownDocumentType: "unknown-document-type"
        case .symbolTypeMismatch: "symbol-type-mismatch"
        case .symbolYearMismatch: "symbol-year-mismatch"
        case .symbolIssuerMismatch: "symbol-issuer-mismatch"
        case .partyDocumentWithoutTerm: "missing-term"
        case .invalidTerm: "invalid-term"
        case .duplicateDocument: "duplicate-document"
        case .outputCollision: "output-collision"
        case .invalidCitation: "invalid-citation"
        case .unresolvedCitation: "unresolved-citation"
        case .ambiguousCitation: "ambiguous-citation"
        case .citationDateMismatch: "citation-date-mismatch"
        case .relationCycle: "relation-cycle"
        case .brokenLink: "broken-link"
        case .brokenAnchor: "broken-anchor"
        case .brokenTemplateLink: "broken-link"
        case .templateMissing: "template-missing"
        case .templateSyntax: "template-syntax"
        case .invalidBaseURL: "invalid-base-url"
        case .emptySlug: "empty-slug"
        case .slugTooLong, .addressPartTooLong: "slug-too-long"
        case .numberOutOfRange: "number-out-of-range"
        case .unsafeURL: "unsafe-url"
        case .unsafeLink: "unsafe-url"
        case .symbolCase: "symbol-case"
        case .aliasOfItself: "alias-collision"
        case .datedInTheFuture: "future-date"
        case .controlCharacters: "control-character"
        case .relationToItself: "relation-to-itself"
        case .relationToLaterDocument: "relation-to-later-document"
        case .datesOutOfOrder: "dates-out-of-order"
        case .ignoredFile: "ignored-file"
        case .brokenMenuLink: "broken-link"
        case .issuerRefersToItself: "issuer-refers-to-itself"
        case .issuerCycle: "issuer-cycle"
        case .articleInOtherYearFolder: "year-folder"
        case .missingSiteFile: "unreadable-file"
        case .altWithoutCover: "alt-without-cover"
        case .documentAlreadyWritten: "duplicate-document"
        case .issuedOutsideIssuerPeriod: "issuer-period"
        case .reservedAddress: "output-collision"
        case .invalidAlias: "invalid-value"
        case .templateRecursion: "template-recursion"
        case .duplicateID: "duplicate-id"
        case .tagCollision: "tag-collision"
        case .numberLooksLikeThousands: "number-looks-like-thousands"
        case .typeCodeCase: "type-code-case"
        case .termOnStateDocument: "term-on-state-document"
        case .issuedOutsideTerm: "issued-outside-term"
        case .aliasCollision: "output-collision"
        case .invalidID: "invalid-id"
        }
    }
}

/// The kind of YAML value a key expects.
/// Where in a file a text problem is.
public enum TextPlace: Sendable, Hashable, Codable {
    case body
    /// Between the `---` lines (or in site.yml, issuers.yml).
    case frontMatter
    /// In the value of a key (a YAML escape such as `\u0007` in it).
    case value(key: String)
}

public enum ValueKind: String, Sendable, Hashable, Codable {
    case text, date, number, integer, boolean, list, mapping
}

/// Why a date was rejected.
public enum DateProblem: Sendable, Hashable, Codable {
    case format
    case year(range: ClosedRange<Int>)
    case month
    case day(maximum: Int)
}

/// Why a file under `content/` is not read.
public enum IgnoredFile: Sendable, Hashable, Codable {
    /// `.MD`, `.markdown`: Markdown, but not named `.md`.
    case markdownExtension
    /// Another kind of file in a folder of Markdown files.
    case notMarkdown(folder: String)
    /// Outside the folders content is read from.
    case outsideContentFolders
    /// A symbolic link that leads to a folder, outside the site's folder or to no file.
    case unfollowedLink
}

/// What an id refers to, for `unknown-…` diagnostics.
public enum ReferenceKind: String, Sendable, Hashable, Codable {
    case pillar, sector, locality, issuer
}

/// English wording of every problem (`--lang en`).
enum EnglishMessages {
    static func text(for problem: Problem) -> (message: String, hint: String?) {
        switch problem {
        case .unreadableFile(let reason):
            ("cannot read the file (\(reason))", "check that the file exists and is readable")
        case .invalidUTF8:
            ("the file is not UTF-8 text", "open it in an editor and save it as UTF-8")
        case .missingFrontMatter:
            ("missing front matter", "the first line must be \"---\", then keys such as title:, date:, then another \"---\" line")
        case .unterminatedFrontMatter:
            ("the front matter has no closing \"---\" line", "add a line holding only \"---\" after the last key")
        case .yamlSyntax(let detail):
            ("YAML syntax error: \(detail)", "check colons, indentation and quotes around values with special characters")
        case .notAMapping:
            ("expected \"key: value\" lines", "write one key per line, e.g. title: \"Title\"")
        case .unknownKey(let key, let allowed):
            ("unknown key \"\(key)\"", "check the spelling; valid keys: \(allowed.joined(separator: ", "))")
        case .duplicateKey(let key):
            ("key \"\(key)\" is given twice", "remove one of the two lines")
        case .missingKey(let key):
            ("missing required key \"\(key)\"", "add a line \(key): …")
        case .wrongType(let key, let expected):
            ("\"\(key)\" must be \(kindName(expected))", "see the content contract in the README")
        case .invalidDate(let text, let reason):
            ("invalid date \"\(text)\" (\(dateReason(reason)))", "write D/M/YYYY such as 03/6/2020 or YYYY-MM-DD such as 2020-06-03")
        case .invalidValue(let key, let value, let allowed):
            ("invalid value \"\(value)\" for \"\(key)\"", "use one of: \(allowed.joined(separator: ", "))")
        case .unknownReference(let kind, let id, let known):
            ("unknown \(kind.rawValue) \"\(id)\"",
             (ReferenceSuggestion.closest(to: id, in: known).map { "did you mean \"\($0)\"? " } ?? "")
                + (kind == .issuer ? "use an id declared in content/issuers.yml" : "use an id declared in content/site.yml")
                + (known.isEmpty ? "" : "; the ids are: " + ReferenceSuggestion.list(known)))
        case .coverWithoutAlt:
            ("the cover image has no cover_alt", "add cover_alt: \"a short description of the image\"")
        case .mediaPathOutsideMedia(let path):
            ("path \"\(path)\" leaves content/media", "put the file in content/media and give its path from there")
        case .missingMediaFile(let path):
            ("no file \"\(path)\" in content/media", "check the name (case matters) or copy the file into content/media")
        case .invalidSymbol(let text):
            ("malformed document symbol \"\(text)\"", "write it as printed: 749/QĐ-TTg, 13/2023/NĐ-CP, 02-NQ/TU or 4878/BTTTT-CĐSQG")
        case .unknownDocumentType(let type):
            ("unsupported document type \"\(type)\"", "use a full type name such as Quyết định, Nghị quyết, Kế hoạch, Công văn")
        case .symbolTypeMismatch(let symbol, let code, let type, let expected):
            ("symbol \"\(symbol)\" has type code \"\(code)\" but the type is \"\(type)\"", code == "—"
                ? "this symbol has no type code (an official letter's form, like 4878/BTTTT-CĐSQG): if it is one, set type: Công văn; otherwise add the type code (\(type) uses \(expected.joined(separator: " or ")))"
                : "fix type or the symbol (\(type) uses \(expected.joined(separator: " or ")))")
        case .symbolYearMismatch(let symbol, let symbolYear, let issuedYear):
            ("year \(symbolYear) in symbol \"\(symbol)\" differs from the issue year \(issuedYear)", "fix issued or the year in the symbol")
        case .symbolIssuerMismatch(let symbol, let code, let issuer, let abbr):
            ("issuer code \"\(code)\" in \"\(symbol)\" does not match issuer \"\(issuer)\" (abbr \"\(abbr)\")", "fix issuer, or the issuer's abbr in issuers.yml")
        case .partyDocumentWithoutTerm(let symbol):
            ("Party document \"\(symbol)\" has no term", "add term: \"2020-2025\" (the committee's term)")
        case .invalidTerm(let text):
            ("invalid term \"\(text)\"", "write YEAR-YEAR, e.g. 2020-2025")
        case .duplicateDocument(let symbol, let other):
            ("document \"\(symbol)\" is already declared in \(other)", "declare each document once")
        case .outputCollision(let url, let other, let slugExample, let isDocument):
            ("page \(url) has the same address as \(other)",
             isDocument ? "a document's address comes from its symbol: give one of the two a slug field with another name, e.g. slug: \(slugExample)"
                        : "rename one of the two files, or give it a slug field (or change the one it has) with another name, e.g. slug: \(slugExample)")
        case .invalidCitation(let text):
            ("malformed citation \"\(text)\"", "write the symbol, optionally with a date: 749/QĐ-TTg ngày 03/6/2020")
        case .unresolvedCitation(let text):
            ("document \"\(text)\" is not in the index", "add it to content/documents or check the symbol")
        case .ambiguousCitation(let text, let candidates, let example):
            ("citation \"\(text)\" matches several documents: \(candidates.joined(separator: ", "))",
             example.map { "add the issue date of the document you mean, e.g. \($0)" }
                ?? "these documents share the symbol and the issue date; in body text, link to the document's file with a Markdown link, relative to this file's folder (from an article: [\(text)](../../documents/file-name.md)); in front matter, leave this citation out of the list")
        case .citationDateMismatch(let text, let issued):
            ("the date in citation \"\(text)\" differs from the document's issue date (\(issued))", "correct the date")
        case .relationCycle(let chain):
            ("documents relate to each other in a cycle: \(chain)",
             "a document is based on, replaces, amends or guides earlier documents only; remove the wrong relation (based_on, replaces, amends or guides) in one document of the cycle")
        case .brokenLink(let target):
            ("link \"\(target)\" points to no page",
             "paths start from this file's folder (from content/articles/2024/ to a document: ../../documents/96-kh-ubnd.md; to an image: ../../media/anh.jpg), or use a page address starting with /")
        case .brokenAnchor(let target):
            ("link \"\(target)\" points to a part the page does not have", "the part after # must be the id of a heading on the target page, e.g. #muc-tieu for \"Mục tiêu\"")
        case .brokenTemplateLink(let target, let page):
            ("link \"\(target)\" on page \(page) points to no page", "fix the link in this template")
        case .templateMissing(let name, let page):
            ("missing template \"\(name)\" (needed by \(page))", "add templates/\(name).mustache")
        case .templateSyntax(let detail) where EnglishMessages.templateProblems[detail] != nil:
            ("template syntax error: \(EnglishMessages.templateProblems[detail] ?? detail)", "check that every {{#…}} has its {{/…}}")
        case .templateSyntax(let detail):
            ("template syntax error: \(detail)", "check that every {{#…}} has its {{/…}}")
        case .invalidBaseURL(let text):
            ("invalid base_url \"\(text)\"", "write it in full, without a user name or password, e.g. https://thaibinh.gov.vn/chuyen-doi-so/")
        case .emptySlug(let name):
            ("\"\(name)\" has no letters or digits to make the page's address",
             "rename the file with letters and digits, e.g. chuyen-doi-so.md, or add slug: \"chuyen-doi-so\"")
        case .addressPartTooLong(let key, let length, let maximum):
            ("the value of \(key) becomes a part of an address \(length) characters long, over the limit of \(maximum)",
             "shorten it (a tag, an id or an old address needs only a few words)")
        case .slugTooLong(let length, let maximum):
            ("the page's address is \(length) characters long, over the limit of \(maximum)",
             "use a shorter file name, or add a slug of a few key words, e.g. slug: \"chuyen-doi-so-cap-xa\"")
        case .numberOutOfRange(let key, let text):
            ("the number \"\(text)\" in \"\(key)\" is too large",
             "use a number below 10^15; for very large amounts change the unit, e.g. unit: \"tỷ đồng\"")
        case .datedInTheFuture(let date, let asOf):
            ("the item is dated \(date), after the build date (\(asOf)), so it is not published yet",
             "it appears once the build date (--as-of, SOURCE_DATE_EPOCH or the last commit's date) reaches \(date); if the date is a mistake, correct the date field; preview it with --drafts")
        case .aliasOfItself(let alias):
            ("the old address (aliases) \"\(alias)\" is this page's own address", "remove it from aliases: list only other, older addresses")
        case .symbolCase(let written, let symbol):
            ("the symbol \"\(written)\" differs in capitals from the document's \(symbol)",
             "write it as the document does: \(symbol) (capitals in a type code carry meaning: QĐ, QyĐ, CTr)")
        case .unsafeLink(let url):
            ("the link to \"\(url)\" is unsafe and was removed; its words stay",
             "use an address starting with https://, http://, mailto: or tel:, or a path to a file of the portal such as ../../media/photo.jpg")
        case .unsafeURL(let key, let url):
            ("the address \"\(url)\" in \"\(key)\" cannot be used as a link",
             "use an address starting with https://, http://, mailto: or tel:, or a path in the portal such as /gioi-thieu/")
        case .controlCharacters(let count, let first, .value(let key)):
            ("the value of \(key) has \(count) invisible character(s) (\(first)); they were left out",
             "remove the \\u… or \\x… escape from the value (it cannot show on a page and breaks the RSS feeds)")
        case .controlCharacters(let count, let first, let place):
            ("\(place == .body ? "the body" : "the front matter (between the --- lines)") has \(count) invisible character(s) (\(first)); they were left out",
             "usually pasted from Word or PDF; delete them in the editor to clean the file")
        case .relationToItself(let symbol):
            ("document \(symbol) cannot be based on, replace, amend or guide itself", "remove \(symbol) from this list")
        case .relationToLaterDocument(let symbol, let issued, let ownIssued):
            ("document \(symbol) was issued on \(issued), after this one (\(ownIssued)): "
                + "a document is based on, replaces, amends or guides earlier documents only",
             "check the symbol and the issue date (issued) of both documents")
        case .ignoredFile(let name, .markdownExtension):
            ("\"\(name)\" is not read: content file names end in .md (lower case)", "rename it to \(VietnameseMessages.markdownName(name))")
        case .ignoredFile(let name, .notMarkdown(let folder)):
            ("\"\(name)\" is not a Markdown (.md) file and is not used", "put only .md files in \(folder)/; images and attachments go in content/media/")
        case .ignoredFile(let name, .outsideContentFolders):
            ("\"\(name)\" is outside the content folders and is not read",
             "articles go in content/articles/YEAR/, documents in content/documents/, stories in content/stories/, pages in content/pages/, images and attachments in content/media/")
        case .ignoredFile(let name, .unfollowedLink):
            ("\"\(name)\" is a symbolic link and is not used: only a link to a file inside the site's folder is read",
             "copy the file or folder itself here instead of the link")
        case .brokenMenuLink(let url):
            ("the menu links to \"\(url)\" but the portal has no page at that address",
             "use the address of a page of the portal, e.g. /tin-tuc/ or /van-ban/, or a full https://… address")
        case .issuerRefersToItself(let key):
            ("an issuer cannot be its own \(key)", "remove \(key), or give the id of another issuer in issuers.yml")
        case .issuedOutsideIssuerPeriod(let issuer, let issued, let from, let to):
            ("issued on \(issued), outside the time \(issuer) existed (\([from.map { "from \($0)" }, to.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")))",
             "check the issue date, the issuer id, or the issuer's valid_from/valid_to in issuers.yml")
        case .documentAlreadyWritten(let symbol, let path):
            ("the document \(symbol) of this issuer and year is already in \(path)",
             "edit that file; if this is another document, check its number, issuer and issue date")
        case .altWithoutCover:
            ("cover_alt is given without a cover image; the description is not used", "add a cover: line for the image, or remove cover_alt")
        case .missingSiteFile:
            ("there is no site.yml; is this the portal's folder?", "run the command in the portal's folder, or point to it with --root")
        case .articleInOtherYearFolder(let folder, let year):
            ("an article dated \(year) is in the folder \(folder); it is still published under /tin-tuc/\(year)/",
             "move the file to content/articles/\(year)/ to find it easily, or correct the year of its date if it is a typo")
        case .issuerCycle(let key, let chain):
            ("the \(key) links of these issuers go round in a circle: \(chain)", "change the \(key) of one issuer in the chain")
        case .reservedAddress(let url, let alias):
            ("the address \(url) belongs to a page the portal makes itself (news, documents, stories, pillars, sectors…)",
             alias ? "remove or change this entry of aliases: a redirect here would replace that page"
                : "rename the file, or add a slug, to give the page another address")
        case .invalidAlias(let alias):
            ("the old address \"\(alias)\" in aliases is not valid", "give the page's old address in the portal, starting with /, e.g. aliases: [\"/tin-tuc/2023/ten-cu/\"]")
        case .templateRecursion(let chain):
            ("the template includes itself: \(chain); this never ends", "remove the {{> …}} (or {{< …}}) that closes the loop; the portal's data has no tree to recurse over")
        case .duplicateID(let id, let first):
            ("id \"\(id)\" is already used at \(first)", "each entry needs its own id: change the id or remove one of the two entries")
        case .tagCollision(let tag, let other, let url, let place):
            ("tag \"\(tag)\" has the same address \(url) as tag \"\(other)\" (\(place))",
             "if it is one tag, spell it the same in every article (\"\(other)\"); if they are two tags, give them names that differ without marks too")
        case .numberLooksLikeThousands(let key, let text, let read, let thousands):
            ("\"\(key): \(text)\" is read as the decimal number \(read) (the dot is the decimal point)",
             "if it is thousands, write it without the dot: \(key): \(thousands); if \(read) is right, ignore this warning")
        case .typeCodeCase(let symbol, let written, let expected, let corrected):
            ("type code \"\(written)\" in symbol \"\(symbol)\" must be written \"\(expected)\"",
             "write \(corrected): type codes are case-sensitive, as in the original document")
        case .termOnStateDocument(let symbol):
            ("\"\(symbol)\" is not a Party document's symbol, so it has no term", "remove the term line; terms are for Party committees' documents (symbols like 02-NQ/TU)")
        case .issuedOutsideTerm(let year, let term):
            ("document issued in \(year), outside its term \(term)", "check term and issued against the original document")
        case .aliasCollision(let alias, let url, let other):
            ("old address (aliases) \"\(alias)\" is the address \(url) of \(other)", "remove or change this entry of aliases: each address leads to one page")
        case .invalidID(let id, let suggestion):
            ("id \"\(id)\" cannot be used in page addresses",
             "an id has only lower-case letters without marks, digits and hyphens" + (suggestion.isEmpty ? ", e.g. thai-binh" : ": write \(suggestion)"))
        case .datesOutOfOrder(let key, let date, let earlierKey, let earlierDate):
            ("\"\(key)\" (\(date)) is before \"\(earlierKey)\" (\(earlierDate))", "check both dates against the original document")
        }
    }

    /// swift-mustache's parser errors (by case name) in plain words.
    static let templateProblems: [String: String] = [
        "expectedSectionEnd": "the {{#…}}, {{^…}} or {{$…}} block opened here has no closing {{/…}}",
        "sectionCloseNameIncorrect": "{{/…}} closes another block than the one that is open",
        "unfinishedName": "a {{ … }} tag is not closed with }} or its name is malformed",
        "invalidSetDelimiter": "the {{=… …=}} delimiter tag is malformed",
        "transformAppliedToInheritanceSection": "only {{$…}} blocks may appear inside {{<…}}",
        "illegalTokenInsideInheritSection": "only {{$…}} blocks may appear inside {{<…}}",
        "textInsideInheritSection": "only {{$…}} blocks may appear inside {{<…}}",
    ]

    static func kindName(_ kind: ValueKind) -> String {
        switch kind {
        case .text: "text"
        case .date: "a date"
        case .number: "a number"
        case .integer: "a whole number"
        case .boolean: "true or false"
        case .list: "a list"
        case .mapping: "a group of keys"
        }
    }

    static func dateReason(_ reason: DateProblem) -> String {
        switch reason {
        case .format: "not a date"
        case .year(let range): "the year must be \(range.lowerBound) to \(range.upperBound)"
        case .month: "the month must be 1 to 12"
        case .day(let maximum): "the day must be 1 to \(maximum)"
        }
    }
}

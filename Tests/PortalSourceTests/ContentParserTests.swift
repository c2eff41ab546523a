import PortalModel
import Testing
@testable import PortalSource

@Suite struct ContentParserTests {
    let parser = ContentParser()

    func parse(_ kind: ContentKind, _ text: String, path: String = "content/articles/2024/a.md") -> (ContentItem?, [Diagnostic]) {
        parser.parse(kind: kind, path: path, bytes: Array(text.utf8))
    }

    /// A story whose metrics are `metrics` (flow mappings), one per line from line 6.
    func story(metrics: [String]) -> (ContentItem?, [Diagnostic]) {
        let lines = ["---", "title: \"Câu chuyện\"", "date: 2024-01-02", "locality: thai-binh", "metrics:"]
            + metrics.map { "  - " + $0 } + ["---", ""]
        return parse(.story, lines.joined(separator: "\n"), path: "content/stories/a.md")
    }

    func article(_ text: String) throws -> Article {
        let (item, diagnostics) = parse(.article, text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        return article
    }

    enum Failure: Error { case notAnArticle }

    /// An article in the folder of another year is still published under its date's year: said.
    @Test func anArticleInAnotherYearsFolderIsWarnedAbout() {
        let (_, diagnostics) = parse(.article, "---\ntitle: A\ndate: 2023-12-31\n---\n")
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" } == ["3:7 warning year-folder"])
    }

    /// A description of a cover that is not there: a lost or misspelt `cover` line, said.
    @Test func aCoverDescriptionWithoutACoverIsWarnedAbout() {
        let (_, diagnostics) = parse(.article, "---\ntitle: A\ndate: 2024-12-31\ncover_alt: \"Ảnh hội nghị\"\n---\n")
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" } == ["4:12 warning alt-without-cover"])
    }

    @Test func readsAnArticle() throws {
        let article = try article("""
        ---
        title: "Ngày Chuyển đổi số"
        date: 10/10/2024
        tags: [chuyển đổi số, "dịch vụ công", ~]
        pillar: xa-hoi-so
        ---
        Nội dung **bài**.
        """)
        #expect(article.title == "Ngày Chuyển đổi số")
        #expect(article.date.iso == "2024-10-10")
        #expect(article.tags.map(\.value) == ["chuyển đổi số", "dịch vụ công"])
        #expect(article.pillar?.location == SourceLocation(path: "content/articles/2024/a.md", line: 5, column: 9))
        #expect(article.slug == "a")
        #expect(article.body.firstLine == 7)
        #expect(article.body.text.hasPrefix("Nội dung"))
    }

    /// `1.864` is one point eight six four to YAML, but one thousand eight hundred sixty-four to a
    /// Vietnamese reader: read as written, and warned about.
    @Test func warnsWhenADecimalLooksLikeThousands() {
        let (item, diagnostics) = story(metrics: ["{label: \"Hồ sơ\", value: 1.864}", "{label: \"Tỷ lệ\", value: 88.14, unit: \"%\"}",
                                                  "{label: \"Người dùng\", value: 12.5}"])
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" }
            == ["6:29 warning number-looks-like-thousands"])
        guard case .story(let story) = item else { return #expect(Bool(false)) }
        #expect(story.metrics.map(\.value) == [1.864, 88.14, 12.5])
        #expect(YAMLMapping.looksLikeThousands("-12.500") && !YAMLMapping.looksLikeThousands("1234.567") && !YAMLMapping.looksLikeThousands("1.86") && !YAMLMapping.looksLikeThousands("0.125"))
    }

    /// Numbers as YAML 1.2 and every reader take them, not as YAML 1.1: `017` is seventeen (not
    /// octal 15) and `1:20:00` is no number (not base-60 4800).
    @Test func readsNumbersInDecimalOnly() {
        let (item, diagnostics) = story(metrics: ["{label: \"Xã\", value: 017}", "{label: \"Điểm\", value: +08.5}",
                                                  "{label: \"Thời gian\", value: 1:20:00}", "{label: \"Hồ sơ\", value: 1_000}"])
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["8:33 wrong-type", "9:29 wrong-type"])
        guard case .story(let story) = item else { return #expect(Bool(false)) }
        #expect(story.metrics.prefix(2).map(\.value) == [17, 8.5])
    }

    /// A YAML escape (`\u0007`, `\e`) puts an invisible control character in a value; it would
    /// break the feeds' XML. Left out, with a warning at the value.
    @Test func controlCharactersWrittenAsEscapesAreDroppedWithAWarning() throws {
        let (item, diagnostics) = parse(.article, "---\ntitle: \"X\\u0007Y\\e\"\ndate: 2024-01-02\ntags: [\"a\\x00b\"]\n---\n")
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        #expect(article.title == "XY")
        #expect(article.tags.map(\.value) == ["ab"])
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" }
            == ["2:8 warning control-character", "4:8 warning control-character"])
    }

    @Test func aCommitteeTermIsOneTermHoweverItsDashIsWritten() {
        #expect(Document.normalizedTerm("2020 – 2025") == "2020-2025")
        #expect(Document.normalizedTerm("2020 - 2025") == "2020-2025")
        #expect(Document.normalizedTerm("2020—2025") == "2020-2025")
        #expect(Document.normalizedTerm("2020-2025") == "2020-2025")
    }

    @Test func toleratesByteOrderMarkCRLFAndDecomposedText() throws {
        let text = "\u{FEFF}---\r\ntitle: \"Chuyển đổi số\"\r\ndate: 2024-01-05\r\n---\r\nThân bài\r\n"
        let article = try article(text.decomposedStringWithCanonicalMapping)
        #expect(article.title == "Chuyển đổi số")
        #expect(article.title.unicodeScalars.count == "Chuyển đổi số".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(article.body.text == "Thân bài\n")
    }

    @Test func reportsUnknownKeysAtTheirLine() {
        let (_, diagnostics) = parse(.article, "---\ntitle: A\ndate: 2024-01-05\nauthors: X\n---\n")
        #expect(diagnostics.map(\.code) == ["unknown-key"])
        #expect(diagnostics.first?.location == SourceLocation(path: "content/articles/2024/a.md", line: 4, column: 1))
    }

    @Test func reportsImpossibleDatesWithoutRollingOver() {
        let (item, diagnostics) = parse(.article, "---\ntitle: A\ndate: 2024-02-30\n---\n")
        #expect(item == nil)
        #expect(diagnostics.map(\.problem) == [.invalidDate(text: "2024-02-30", reason: .day(maximum: 29))])
        #expect(diagnostics.first?.location.line == 3)
        #expect(diagnostics.first?.location.column == 7)
    }

    @Test func reportsMissingRequiredKeysAndWrongTypes() {
        let (_, diagnostics) = parse(.article, "---\ntitle: [a, b]\ntags: {x: 1}\n---\n")
        #expect(Set(diagnostics.map(\.code)) == ["wrong-type", "missing-key"])
        #expect(diagnostics.count == 3)
    }

    @Test func reportsFilesWithoutFrontMatter() {
        #expect(parse(.page, "# Tiêu đề\n").1.map(\.code) == ["missing-front-matter"])
        #expect(parse(.page, "---\ntitle: A\n").1.map(\.code) == ["unterminated-front-matter"])
    }

    @Test func reportsInvalidUTF8() {
        let (item, diagnostics) = parser.parse(kind: .page, path: "content/pages/x.md", bytes: [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE])
        #expect(item == nil)
        #expect(diagnostics.map(\.code) == ["invalid-utf8"])
    }

    @Test func reportsYamlSyntaxErrorsAtTheirLine() {
        let (_, diagnostics) = parse(.article, "---\ntitle: \"A\ndate: 2023-01-01\n---\n")
        #expect(diagnostics.map(\.code) == ["yaml-syntax"])
        #expect((diagnostics.first?.location.line ?? 0) >= 2)
    }

    @Test func keepsAttachmentsInsideMedia() {
        let (_, diagnostics) = parse(.document, """
        ---
        number: "96/KH-UBND"
        type: Kế hoạch
        issuer: ubnd
        issued: 17/7/2023
        title: Truyền thông
        attachments:
          - {file: ../../etc/passwd, title: X}
          - {file: /etc/passwd, title: Y}
          - {file: van-ban/ok.pdf, title: Z}
        ---
        """, path: "content/documents/96.md")
        #expect(diagnostics.map(\.code) == ["path-outside-media", "path-outside-media"])
        #expect(diagnostics.map(\.location.line) == [8, 9])
    }

    @Test func readsADocumentWithTasksAndTerm() throws {
        let (item, diagnostics) = parse(.document, """
        ---
        number: "02-NQ/TU"
        type: Nghị quyết
        issuer: tu
        issued: 2021-11-19
        term: "2020-2025"
        title: Về chuyển đổi số
        based_on: ["749/QĐ-TTg"]
        tasks:
          - {content: Việc một, lead: Sở A, timeline: Hằng năm}
        ---
        """, path: "content/documents/02.md")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        guard case .document(let document) = item else { Issue.record("no document"); return }
        #expect(document.symbol.family == .party)
        #expect(document.term == "2020-2025")
        #expect(document.relations.basedOn.map(\.value) == ["749/QĐ-TTg"])
        #expect(document.tasks.first?.lead == "Sở A")
        #expect(document.identity == "tu|2-NQ/TU|2020-2025")
    }

    @Test func controlCharactersInTheBodyAreDroppedWithAWarning() throws {
        let (item, diagnostics) = parse(.article, "---\ntitle: \"A\"\ndate: 2024-01-02\n---\nDòng một.\nCó \u{01}ký tự\u{1B} lạ.\n")
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        #expect(article.body.text == "Dòng một.\nCó ký tự lạ.\n")
        #expect(diagnostics.map(\.code) == ["control-character"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == SourceLocation(path: "content/articles/2024/a.md", line: 6, column: 4))
    }

    /// Invisible marks pasted from PDF or web pages (zero-width space, soft hyphen, LRM, a C1
    /// control) hide inside symbols and tags: left out with a warning at the first, in the body,
    /// the front matter and escaped values alike. The zero-width joiner of an emoji stays.
    @Test func invisibleMarksAreDroppedWithAWarning() throws {
        let body = "Theo 749/QĐ\u{200B}-TTg và 96/KH\u{00AD}-UBND\u{200E}, PDF\u{85}tiếp 👩\u{200D}💻.\n"
        let (item, diagnostics) = parse(.article, "---\ntitle: \"A\"\ndate: 2024-01-02\ntags: [\"thẻ\\u200B\"]\nsummary: \"Tóm\u{FEFF} tắt\"\n---\n" + body)
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        #expect(article.body.text == "Theo 749/QĐ-TTg và 96/KH-UBND, PDF tiếp 👩\u{200D}💻.\n")
        #expect(article.tags.map(\.value) == ["thẻ"])
        #expect(article.summary == "Tóm tắt")
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" }.sorted()
            == ["4:8 control-character", "5:14 control-character", "7:12 control-character"])
        #expect(DiagnosticPrinter().format(diagnostics).contains("có 4 ký tự vô hình (U+200B)"))
    }

    /// The scan reads 8 bytes at a time: a mark is found at any offset, and look-alike bytes
    /// (quotes “ ”, a non-breaking space, `ï`) are no marks.
    @Test func invisibleMarksAreFoundAtAnyOffset() {
        for offset in 0..<20 {
            for mark in ["\u{200B}", "\u{07}", "\u{85}", "\u{FEFF}", "\u{202E}"] {
                let text = String(repeating: "ả", count: offset / 2) + String(repeating: "a", count: offset % 2) + mark + "xyz"
                #expect(ControlCharacters.stripped(text)?.offset == (offset / 2) * 3 + offset % 2)
                let left = mark == "\u{85}" ? " " : "" // NEL keeps the words apart
                #expect(ControlCharacters.stripped(text)?.text == text.replacingOccurrences(of: mark, with: left))
            }
        }
        #expect(ControlCharacters.stripped("“Chuyển đổi số”\u{A0}– naïve\tlines\r\n" + String(repeating: "ạ", count: 40)) == nil)
    }

    @Test func linksInFrontMatterMustBeWebMailOrPhoneAddresses() {
        for safe in ["https://thaibinh.gov.vn/", "http://a.vn", "mailto:cds@thaibinh.gov.vn", "tel:+842273831234",
                     "/gioi-thieu/", "gioi-thieu/", "#muc-1", "/van-ban/a:b/", "?q=1:2"] {
            #expect(LinkSafety.isSafe(safe), "\(safe)")
        }
        for unsafe in ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                       "java\nscript:alert(1)", "data:text/html,<b>", "vbscript:x", "file:///etc/passwd", "https://a.vn/\u{01}"] {
            #expect(!LinkSafety.isSafe(unsafe), "\(unsafe)")
        }
        #expect(LinkSafety.escaped("https://a.vn/tai lieu \"moi\".pdf") == "https://a.vn/tai%20lieu%20%22moi%22.pdf")
    }

    @Test func aKnownDocumentTypeIsSpelledAsTheListSpellsIt() {
        #expect(DocumentTypes.canonicalName("quyết   định") == "Quyết định")
        #expect(DocumentTypes.canonicalName("KẾ HOẠCH") == "Kế hoạch")
        #expect(DocumentTypes.canonicalName("Quyết đinh") == nil)
        #expect(DocumentTypes.codes(forName: "Quyết đinh") == nil)
    }

    /// libyaml reports an unclosed quote where it gives up, lines later; it is reported where it opens.
    @Test func anUnclosedQuoteIsReportedOnItsOwnLine() {
        let (_, diagnostics) = parse(.article, "---\ntitle: \"Không đóng\ndate: 2024-01-02\nsummary: \"Tóm tắt\"\n---\nNội dung.\n")
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == ["content/articles/2024/a.md:2:8: yaml-syntax"])
        #expect(DiagnosticPrinter().format(diagnostics).contains("dấu ngoặc kép mở ở đây chưa được đóng"))
    }

    /// libyaml's context for a badly indented line is the mapping's first key; the line is the place.
    @Test func aBadlyIndentedLineIsReportedOnItself() {
        let (_, list) = parse(.article, "---\ntitle: \"A\"\ndate: 2024-01-02\ntags:\n  - a\n - b\n---\nx\n")
        #expect(list.map { "\($0.location): \($0.code)" } == ["content/articles/2024/a.md:6:2: yaml-syntax"])
        let (_, key) = parse(.article, "---\ntitle: \"A\"\n  date: 2024-01-02\n---\nx\n")
        #expect(key.map { "\($0.location): \($0.code)" } == ["content/articles/2024/a.md:3:3: yaml-syntax"])
    }

    /// libyaml refuses a raw control character without a place; it is dropped, with a warning where it is.
    @Test func aControlCharacterInFrontMatterIsDroppedWhereItIs() throws {
        let (item, diagnostics) = parse(.article, "---\ntitle: \"A\"\ndate: 2024-01-02\nsummary: \"có\u{07} lạ\"\n---\nx\n")
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        #expect(article.summary == "có lạ")
        #expect(diagnostics.map { "\($0.location): \($0.severity) \($0.code)" } == ["content/articles/2024/a.md:4:13: warning control-character"])
    }

    /// An alias used as a key may stand for a structure doubling at each level of nested aliases:
    /// Yams would compare it with the other keys for ever. Refused before composing; aliases as
    /// values still work.
    @Test func anAliasUsedAsAKeyIsRefused() throws {
        var lines = ["---", "title: \"A\"", "date: 2024-01-02", "x0: &a0 [1, 2]"]
        lines += (1...29).map { level in "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]" }
        let (_, diagnostics) = parse(.article, (lines + ["source: {*a29 : 1}", "---", "x"]).joined(separator: "\n"))
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == ["content/articles/2024/a.md:34:10: yaml-syntax"])
        #expect(YAMLDocument.aliasKey(in: "a: &k b\n*k: c\n")! == (2, 1))
        #expect(YAMLDocument.aliasKey(in: "a: &k [x]\nb: *k\nc: \"{*k: d}\"\nd: e & *k: f # *k: g\n") == nil)
        // Text of a block or of a quote over several lines is no key, `*Nguồn:*` no alias.
        #expect(YAMLDocument.aliasKey(in: "title: \"Sở KH&ĐT họp\"\nsummary: |\n  *Nguồn:* Sở KH&ĐT\n  *k: x\n") == nil)
        #expect(YAMLDocument.aliasKey(in: "title: \"Sở KH&ĐT họp\n  *k: tiếp\"\nb: 1\n") == nil)
        #expect(YAMLDocument.aliasKey(in: "a: &k x\nb: |\n  t\n*k: c\n")! == (4, 1))
        #expect(YAMLDocument.aliasKey(in: "a: &k x\nb: [*k: 1]\n")! == (2, 5))
        let (item, aliased) = parse(.article, "---\ntitle: &t \"Tiêu đề\"\nsummary: *t\ndate: 2024-01-02\n---\nx\n")
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        #expect(aliased.map(\.code) == [])
        #expect(article.summary == "Tiêu đề")
    }

    /// A line separator pasted from a web page (U+2028) is no line break to an editor: later
    /// lines keep their numbers, and a message quoting such a value stays on one line.
    @Test func aPastedLineSeparatorMovesNoLineNumber() throws {
        let (item, diagnostics) = parse(.article, "---\ntitle: \"A\u{2028}B\"\ndate: 2024-01-02\nauthors: X\n---\n")
        #expect(diagnostics.map { "\($0.location.line) \($0.code)" } == ["4 unknown-key"])
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        #expect(article.title == "A B")
        #expect(DiagnosticPrinter().format(Diagnostic(.error, .unknownKey(key: "a\nb", allowed: []), at: SourceLocation(path: "x.md")))
            .split(separator: "\n").count == 2) // the message line and its hint
    }

    /// Counts in the summary line are written the Vietnamese way (`1.200 cảnh báo`).
    @Test func theSummaryCountsUseVietnameseDigitGroups() {
        let warnings = (1...1200).map { Diagnostic(.warning, .unknownKey(key: "k\($0)", allowed: []), at: SourceLocation(path: "x.md", line: $0)) }
        #expect(DiagnosticPrinter().format(warnings).hasSuffix("\n0 lỗi, 1.200 cảnh báo."))
    }

    @Test func aRepeatedKeyIsReportedWhereItIsRepeated() {
        let (_, diagnostics) = parse(.article, "---\ntitle: \"A\"\ndate: 2024-01-02\ntitle: \"B\"\n---\nx\n")
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == ["content/articles/2024/a.md:4:1: duplicate-key"])
    }

    @Test func bytesThatAreNotUTF8AreReportedWhereTheyAre() {
        let (_, diagnostics) = parser.parse(kind: .article, path: "a.md", bytes: Array("---\ntitle: \"Việt ".utf8) + [0xFF] + Array("\"\n---\n".utf8))
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == ["a.md:2:14: invalid-utf8"])
    }

    /// A quoted text over two lines is valid YAML: a later, unrelated mistake keeps its own line.
    @Test func aQuotedTextOverTwoLinesIsNotTakenForAnUnclosedQuote() {
        let (_, diagnostics) = parse(.article, "---\ntitle: \"Dòng một\n  dòng hai\"\ndate: 2024-01-02\nsummary: a: b\n---\nx\n")
        #expect(diagnostics.map(\.code) == ["yaml-syntax"])
        #expect(diagnostics.first?.location.line == 5)
        #expect(!DiagnosticPrinter().format(diagnostics).contains("chưa được đóng"))
    }

    @Test func aRepeatedKeyOfANestedMappingIsNotTheOneReported() {
        let text = "---\nnumber: \"1/QĐ-UBND\"\nattachments:\n  - file: a.pdf\n    title: \"Tệp\"\ntitle: \"A\"\ntitle: \"B\"\n---\nx\n"
        let (_, diagnostics) = parse(.document, text, path: "content/documents/a.md")
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == ["content/documents/a.md:7:1: duplicate-key"])
    }

    /// `updated` before `date` and a tag without letters or digits are warned about, not used.
    @Test func anUpdateBeforeTheDateAndAnEmptyTagAreWarnedAbout() throws {
        let (item, diagnostics) = parse(.article, "---\ntitle: \"A\"\ndate: 2024-06-03\nupdated: 2024-05-01\ntags: [\"🚀\", VNeID]\n---\nx\n")
        guard case .article(let article) = item else { throw Failure.notAnArticle }
        #expect(article.updated == nil)
        #expect(diagnostics.map { "\($0.location.line): \($0.code) \($0.severity)" } == ["4: dates-out-of-order warning", "5: empty-slug warning"])
    }
}

@Suite struct SiteConfigParserTests {
    /// Menu addresses are site-relative, with or without their first slash; other forms stay.
    @Test func menuAddressesWithoutTheirFirstSlashAreSiteRelative() {
        #expect(SiteConfigParser.siteRelative("tin-tuc/") == "/tin-tuc/")
        #expect(SiteConfigParser.siteRelative("van-ban/?nam=2024") == "/van-ban/?nam=2024")
        for kept in ["/tin-tuc/", "https://thaibinh.gov.vn/", "mailto:a@b.vn", "#noi-dung", "?q=1", "tel:0227"] {
            #expect(SiteConfigParser.siteRelative(kept) == kept)
        }
    }
}

import PortalModel
import Testing
@testable import PortalMarkdown

@Suite struct CitationLinkingTests {
    /// 749/QĐ-TTg is document 1, 571/QĐ-UBND document 2 (only when dated 17/3/2022), 96/KH-UBND is "this" document.
    func cite(_ citation: Citation) -> CitationTarget {
        switch citation.symbol.text {
        case "749/QĐ-TTg", "749/QD-TTg": return .document(id: 1, url: "/van-ban/2020/749-qd-ttg/", title: "Quyết định 749/QĐ-TTg")
        case "571/QĐ-UBND":
            guard let date = citation.date else { return .problem(.ambiguousCitation(text: citation.text, candidates: ["a", "b"], example: nil)) }
            return date.iso == "2022-03-17" ? .document(id: 2, url: "/van-ban/2022/571-qd-ubnd/", title: "Đề án") : .problem(.citationDateMismatch(text: citation.text, issued: "17/3/2022"))
        case "96/KH-UBND": return .itself
        default: return .notIndexed
        }
    }

    func render(_ text: String, firstLine: Int = 1) -> RenderedMarkdown {
        MarkdownRenderer().render(MarkdownBody(text: text, firstLine: firstLine), path: "content/a.md",
                                  resolve: { _ in .unchanged }, cite: cite)
    }

    @Test func linksTheWholeCitation() {
        let rendered = render("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng.")
        #expect(rendered.html.contains("<p>Căn cứ <a href=\"/van-ban/2020/749-qd-ttg/\" title=\"Quyết định 749/QĐ-TTg\">Quyết định số 749/QĐ-TTg ngày 03/6/2020</a> của Thủ tướng.</p>"))
        #expect(rendered.citedDocuments == [1])
    }

    /// cmark decodes `&amp;` and `\\*` before the symbol: the place (of the wrong date, where the
    /// problem is told) is still the one in the file.
    @Test func reportsTheSymbolsColumnAfterEntitiesAndEscapes() {
        let rendered = render("A &amp; B 571/QĐ-UBND ngày 04/6/2020\n\nA \\* B 571/QĐ-UBND ngày 04/6/2020\n\nA &#272; B 571/QĐ-UBND ngày 04/6/2020")
        #expect(rendered.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["1:28", "3:25", "5:29"])
        // An entity longer once decoded (`&nGt;` is 6 bytes of text): each citation keeps its own place.
        let twice = render("A &nGt; 571/QĐ-UBND ngày 04/6/2020 và 571/QĐ-UBND ngày 05/6/2020.")
        #expect(twice.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["1:26", "1:56"])
    }

    @Test func readsADateAcrossALineBreak() {
        let rendered = render("Theo Quyết định số 571/QĐ-UBND\nngày 17/3/2022 của tỉnh.")
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        #expect(rendered.html.contains("<a href=\"/van-ban/2022/571-qd-ubnd/\" title=\"Đề án\">Quyết định số 571/QĐ-UBND</a>"))
    }

    /// `**571/QĐ-UBND** ngày 17/3/2022`: the date after the bold symbol still dates it (and is checked).
    @Test func readsADateAfterABoldOrItalicSymbol() {
        let dated = render("Theo **571/QĐ-UBND** ngày 17/3/2022 của tỉnh.")
        #expect(dated.diagnostics.isEmpty)
        #expect(dated.html.contains("<strong><a href=\"/van-ban/2022/571-qd-ubnd/\" title=\"Đề án\">571/QĐ-UBND</a></strong> ngày 17/3/2022"))
        let misdated = render("Theo *571/QĐ-UBND* ngày 18/3/2022 của tỉnh.")
        #expect(misdated.diagnostics.map(\.code) == ["citation-date-mismatch"])
        let impossible = render("Theo **571/QĐ-UBND** ngày 31/2/2022.")
        #expect(impossible.diagnostics.map(\.code) == ["invalid-date"])
    }

    @Test func neverLinksInsideCodeOrAnExistingLink() {
        let rendered = render("`749/QĐ-TTg` và [xem 749/QĐ-TTg](https://vanban.chinhphu.vn/)\n\n    749/QĐ-TTg\n")
        #expect(!rendered.html.contains("/van-ban/2020/749-qd-ttg/"))
        #expect(rendered.citedDocuments.isEmpty)
    }

    @Test func aDocumentDoesNotLinkToItself() {
        let rendered = render("Kế hoạch 96/KH-UBND này thay thế…")
        #expect(!rendered.html.contains("<a "))
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func linksEveryCitationInOneText() {
        let rendered = render("Các văn bản 749/QĐ-TTg, 749/QD-TTg và *nhấn* 749/QĐ-TTg.")
        #expect(rendered.html.components(separatedBy: "href=\"/van-ban/2020/749-qd-ttg/\"").count == 4)
        #expect(rendered.citedDocuments == [1])
    }

    @Test func reportsProblemsAndUnindexedCitationsAtTheirPlace() {
        let rendered = render("Đoạn một.\n\nVề 571/QĐ-UBND, 571/QĐ-UBND ngày 01/01/2020, Đề án 99/QĐ-UBND\nvà 96/KH-UBND ngày 31/02/2023.", firstLine: 5)
        let found = rendered.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" }
        // A wrong date is told at the date.
        #expect(found == ["7:4 error ambiguous-citation", "7:34 error citation-date-mismatch",
                          "7:52 warning unresolved-citation", "8:20 error invalid-date"])
    }
}

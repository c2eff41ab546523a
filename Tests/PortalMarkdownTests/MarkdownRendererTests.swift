import PortalModel
import Testing
@testable import PortalMarkdown

@Suite struct MarkdownRendererTests {
    func render(_ text: String, unsafe: Bool = false, firstLine: Int = 1,
                resolve: (String) -> LinkTarget = { _ in .unchanged }) -> RenderedMarkdown {
        MarkdownRenderer(allowUnsafeHTML: unsafe).render(MarkdownBody(text: text, firstLine: firstLine), path: "content/x.md", resolve: resolve)
    }

    @Test func dropsRawHTMLAndNeutralisesJavascriptLinks() {
        let html = render("<script>alert(1)</script>\n\nA <b>b</b> [x](javascript:alert(1))").html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
    }

    /// A `javascript:` link or image is no empty `href=""` or `src=""` (the page itself, an
    /// invalid image): its words stay as text, with a warning at the link.
    @Test func anUnsafeLinkOrImageLeavesItsWordsOnly() {
        let rendered = render("Xem [trang *này*](javascript:alert(1)) và ![ảnh lạ](JavaScript:alert(7)) và ![đúng](data:image/png;base64,AA==).\n",
                              firstLine: 6)
        #expect(rendered.html == "<p>Xem trang <em>này</em> và ảnh lạ và <img src=\"data:image/png;base64,AA==\" alt=\"đúng\" />.</p>\n")
        #expect(rendered.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" }
            == ["6:5 warning unsafe-url", "6:43 warning unsafe-url"])
    }

    @Test func keepsRawHTMLWhenTheSiteOptsIn() {
        #expect(render("A <b>b</b>", unsafe: true).html.contains("<b>b</b>"))
    }

    @Test func givesHeadingsUniqueIds() {
        let rendered = render("# Mục tiêu\n\n## Mục tiêu\n\n## Đối tượng *áp dụng*\n")
        #expect(rendered.headings.map(\.id) == ["muc-tieu", "muc-tieu-1", "doi-tuong-ap-dung"])
        #expect(rendered.html.contains("<h2 id=\"muc-tieu-1\">"))
        #expect(rendered.html.contains("<em>áp dụng</em>"))
        // A heading whose own id looks numbered ("Mục 1") is never given to another.
        #expect(render("## Mục 1\n\n## Mục\n\n## Mục\n\n## Mục 2\n").headings.map(\.id) == ["muc-1", "muc", "muc-2", "muc-2-1"])
    }

    @Test func rendersHeadingsLevelsDownForABodyUnderASectionHeading() {
        let rendered = MarkdownRenderer().render(MarkdownBody(text: "## Điều 1\n\n### Khoản 1\n\n###### Điểm a\n", firstLine: 1),
                                                 path: "content/x.md", resolve: { _ in .unchanged }, headingLevelsDown: 1)
        #expect(rendered.html.contains("<h3 id=\"dieu-1\">\nĐiều 1\n</h3>"))
        #expect(rendered.html.contains("<h4 id=\"khoan-1\">\nKhoản 1\n</h4>"))
        #expect(rendered.html.contains("<h6 id=\"diem-a\">\nĐiểm a\n</h6>"))
        #expect(rendered.headings.map(\.level) == [3, 4, 6])
    }

    /// The excerpt (a page's description when it has no summary) is text, not an image's alt text.
    @Test func theExcerptSkipsAnOpeningImage() {
        #expect(render("![Ảnh hội nghị](a.jpg)\n\nNội dung *chính* ![x](b.jpg) tiếp.\n").excerpt == "Nội dung chính  tiếp.")
    }

    @Test func neverReusesTheThemesMainContentId() {
        #expect(render("## Nội dung\n").headings.map(\.id) == ["noi-dung-1"])
    }

    @Test func resolvesLinksAndReportsBrokenOnesAtTheirPlace() {
        let rendered = render("Xem [kế hoạch](../documents/96.md) và\n[ảnh](thiếu.md).", firstLine: 7) { url in
            url == "../documents/96.md" ? .resolved("/van-ban/2023/96-kh-ubnd/") : .broken
        }
        #expect(rendered.html.contains("href=\"/van-ban/2023/96-kh-ubnd/\""))
        #expect(rendered.diagnostics.map(\.code) == ["broken-link"])
        #expect(rendered.diagnostics.first?.location == SourceLocation(path: "content/x.md", line: 8, column: 1))
    }

    @Test func countsColumnsInCharactersNotBytes() {
        let rendered = render("Đường dẫn [x](a.md)") { _ in .broken }
        #expect(rendered.diagnostics.first?.location.column == 11)
    }

    @Test func takesTheFirstParagraphAsExcerpt() {
        #expect(render("# Tiêu đề\n\nĐoạn *đầu*\ntiên.\n\nĐoạn hai.").excerpt == "Đoạn đầu tiên.")
    }
}

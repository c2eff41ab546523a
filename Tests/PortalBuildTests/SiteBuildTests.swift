import Foundation
import PortalBuild
import PortalModel
import PortalSource
import Testing

@Suite struct SiteBuildTests {
    @Test func writesArticlesAtPrettyURLsUnderTheBasePath() throws {
        let output = try TestSite.build([
            "content/articles/2023/ngay-cds.md": TestSite.article(title: "Ngày <Chuyển đổi số>", date: "10/10/2023"),
        ]).output()
        let page = try #require(output.text("tin-tuc/2023/ngay-cds/index.html"))
        #expect(page.contains("<h1>Ngày &lt;Chuyển đổi số&gt;</h1>"))
        #expect(page.contains("Thứ Ba, 10/10/2023"))
        #expect(output.text("tin-tuc/index.html")?.contains("/chuyen-doi-so/tin-tuc/2023/ngay-cds/") == true)
        #expect(output.text("sitemap.xml")?.contains("https://tinh.gov.vn/chuyen-doi-so/tin-tuc/2023/ngay-cds/") == true)
        #expect(output.text("robots.txt")?.contains("Sitemap: https://tinh.gov.vn/chuyen-doi-so/sitemap.xml") == true)
        #expect(output.text("feed.xml")?.contains("<title>Ngày &lt;Chuyển đổi số&gt;</title>") == true)
        // Each feed's alternate is the list it follows.
        #expect(output.text("feed.xml")?.contains("rel=\"alternate\" type=\"text/html\" href=\"https://tinh.gov.vn/chuyen-doi-so/\"") == true)
        #expect(output.text("tin-tuc/feed.xml")?.contains("rel=\"alternate\" type=\"text/html\" href=\"https://tinh.gov.vn/chuyen-doi-so/tin-tuc/\"") == true)
        #expect(output.text("van-ban/feed.xml")?.contains("rel=\"alternate\" type=\"text/html\" href=\"https://tinh.gov.vn/chuyen-doi-so/van-ban/\"") == true)
        #expect(output.text("404.html") != nil)
    }

    /// `source.url` and `source_url` may be paths in the portal, like the menu: they get the base path.
    @Test func sourceAddressesInThePortalGetTheBasePath() throws {
        let output = try TestSite.build([
            "templates/article.mustache": "{{<base}}{{$main}}{{#content.source}}SRC {{url}};{{/content.source}}{{/main}}{{/base}}",
            "templates/document.mustache": "{{<base}}{{$main}}SRC {{content.sourceURL}};{{/main}}{{/base}}",
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-05-02",
                                                             extra: "source: {name: \"Văn bản\", url: \"/van-ban/\"}\n"),
            "content/articles/2024/b.md": TestSite.article(title: "B", date: "2024-05-03",
                                                             extra: "source: {name: \"Báo\", url: \"https://baothaibinh.vn/a\"}\n"),
            "content/documents/96-kh-ubnd.md": TestSite.document(number: "96/KH-UBND", type: "Kế hoạch", issuer: "ubnd-thai-binh",
                                                                 issued: "2023-07-17", extra: "source_url: \"/media/96.pdf\"\n"),
        ]).get()
        #expect(output.text("tin-tuc/2024/a/index.html")?.contains("SRC /chuyen-doi-so/van-ban/;") == true)
        #expect(output.text("tin-tuc/2024/b/index.html")?.contains("SRC https://baothaibinh.vn/a;") == true)
        #expect(output.text("van-ban/2023/96-kh-ubnd/index.html")?.contains("SRC /chuyen-doi-so/media/96.pdf;") == true)
    }

    @Test func percentEncodesSlugsInOtherScriptsInTheSitemap() throws {
        let output = try TestSite.build([
            "content/articles/2023/ngay-cds.md": TestSite.article(title: "Ngày", date: "10/10/2023", extra: "tags: [数字化, Số hoá]\n"),
        ]).output()
        #expect(output.text("the/数字化/index.html") != nil)
        let sitemap = try #require(output.text("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://tinh.gov.vn/chuyen-doi-so/the/%E6%95%B0%E5%AD%97%E5%8C%96/</loc>"))
        #expect(sitemap.contains("<loc>https://tinh.gov.vn/chuyen-doi-so/the/so-hoa/</loc>"))
    }

    /// The search index is JSON whatever the titles hold, newest first, pages last.
    @Test func writesTheSearchIndex() throws {
        let output = try TestSite.build([
            "content/articles/2023/a.md": TestSite.article(title: "Tiêu đề \\\"có\\\" <b>\\\\ & \\t x", date: "10/10/2023", extra: "summary: \"Dòng 1\\nDòng 2\"\n"),
            "content/articles/2024/b.md": TestSite.article(title: "Bài mới", date: "2024-01-05"),
            "content/pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\nTrang.\n",
        ]).output()
        #expect(output.text("tim-kiem/index.html")?.contains("SEARCH /chuyen-doi-so/tim-kiem/index.json") == true)
        let text = try #require(output.text("tim-kiem/index.json"))
        #expect(!text.contains("<"), "an index that can be pasted into a script element")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: String]])
        #expect(items.map { $0["u"] } == ["tin-tuc/2024/b/", "tin-tuc/2023/a/", "gioi-thieu/"])
        #expect(items[1]["t"] == "Tiêu đề \"có\" <b>\\ & \t x")
        #expect(items[1]["s"] == "Dòng 1\nDòng 2")
        #expect(items[2]["d"] == nil)
    }

    /// Media names are percent-encoded in links, and written under the composed (NFC) form their
    /// links use, whatever form the file name had on disk.
    @Test func mediaAddressesAreEncodedAndComposed() throws {
        let decomposed = "content/media/anh/Đắk Lắk.svg".decomposedStringWithCanonicalMapping
        let output = try TestSite.build([
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01",
                                                           extra: "cover: \"anh/a#b?c.svg\"\ncover_alt: \"Ảnh\"\n"),
            "content/articles/2024/b.md": TestSite.article(title: "B", date: "2024-03-02",
                                                           extra: "cover: \"anh/Đắk Lắk.svg\"\ncover_alt: \"Ảnh\"\n"),
            "content/media/anh/a#b?c.svg": "<svg/>",
            decomposed: "<svg/>",
            "content/documents/749.md": TestSite.document(number: "749/QĐ-TTg", type: "Quyết định", issuer: "thu-tuong", issued: "03/6/2020",
                                                          extra: "attachments: [{file: \"van bản.pdf\", title: Toàn văn}]\n"),
            "content/media/van bản.pdf": "%PDF-1.4\n",
        ]).output()
        let names = output.files.keys.map { Array($0.utf8) }
        #expect(names.contains(Array("media/anh/Đắk Lắk.svg".precomposedStringWithCanonicalMapping.utf8)))
        #expect(!names.contains(Array("media/anh/Đắk Lắk.svg".decomposedStringWithCanonicalMapping.utf8)))
        let index = try #require(output.text("van-ban/index.json"))
        #expect(index.contains("https://tinh.gov.vn/chuyen-doi-so/media/van%20b%E1%BA%A3n.pdf"))
        #expect(URLScheme.media("anh/a#b?c.svg") == "/media/anh/a%23b%3Fc.svg")
        #expect(URLScheme.media("anh/Đắk Lắk.svg") == "/media/anh/%C4%90%E1%BA%AFk%20L%E1%BA%AFk.svg")
    }

    /// Items of one day follow their file names as people number them: 2 before 10.
    @Test func itemsOfOneDayFollowTheirNumbering() throws {
        var files: [String: String] = [:]
        for n in [10, 2, 1] { files["content/articles/2024/bai-\(n).md"] = TestSite.article(title: "Bài \(n)", date: "2024-03-01") }
        let output = try TestSite.build(files).output()
        let list = try #require(output.text("tin-tuc/index.html"))
        #expect(list.contains("[Bài 1|/chuyen-doi-so/tin-tuc/2024/bai-1/][Bài 2|"))
        #expect(output.text("tin-tuc/trang/2/index.html")?.contains("[Bài 10|") == true)
    }

    @Test func paginatesLists() throws {
        var files: [String: String] = [:]
        for day in 1...5 {
            files["content/articles/2024/bai-\(day).md"] = TestSite.article(title: "Bài \(day)", date: "2024-03-0\(day)")
        }
        let output = try TestSite.build(files).output()
        #expect(output.text("tin-tuc/index.html")?.contains("[Bài 5|") == true)
        #expect(output.text("tin-tuc/index.html")?.contains("NEXT /chuyen-doi-so/tin-tuc/trang/2/") == true)
        #expect(output.text("tin-tuc/trang/3/index.html")?.contains("[Bài 1|") == true)
        #expect(output.text("tin-tuc/trang/4/index.html") == nil)
    }

    @Test func leavesOutDraftsAndFutureItemsUnlessAsked() throws {
        let files = [
            "content/articles/2024/nhap.md": TestSite.article(title: "Nháp", date: "2024-01-01", extra: "draft: true\n"),
            "content/articles/2024/hen-gio.md": TestSite.article(title: "Hẹn giờ", date: "2024-01-01", extra: "publish_at: 2025-06-01\n"),
        ]
        let published = try TestSite.build(files).output()
        #expect(published.text("tin-tuc/2024/nhap/index.html") == nil)
        #expect(published.text("tin-tuc/2024/hen-gio/index.html") == nil)
        let withDrafts = try TestSite.build(files, options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get(), includeDrafts: true)).output()
        #expect(withDrafts.text("tin-tuc/2024/nhap/index.html") != nil)
        #expect(withDrafts.text("tin-tuc/2024/hen-gio/index.html") != nil)
    }

    /// An article dated after the build date waits for it (as in Hugo and Jekyll), with a
    /// warning at its date: a mistyped year would otherwise pin it atop every list for years.
    @Test func anItemDatedAfterTheBuildDateWaitsForIt() throws {
        let files = ["content/articles/2025/sau.md": TestSite.article(title: "Sau", date: "2025-07-01")]
        let options = BuildOptions(asOf: try CalendarDate.parse("2025-06-01").get())
        let output = MemoryOutput()
        let report = try BuildPipeline(fileSystem: MemoryFileSystem(TestSite.files(files)), options: options).run(into: output)
        #expect(output.text("tin-tuc/2025/sau/index.html") == nil)
        #expect(output.text("feed.xml")?.contains("2025-07-01") == false)
        #expect(report.warnings.map { "\($0.location): \($0.code)" } == ["content/articles/2025/sau.md:3:7: future-date"])
        var drafts = options
        drafts.includeDrafts = true
        #expect(try TestSite.build(files, options: drafts).output().text("tin-tuc/2025/sau/index.html") != nil)
        #expect(try TestSite.build(files, options: BuildOptions(asOf: try CalendarDate.parse("2025-07-01").get())).output()
            .text("tin-tuc/2025/sau/index.html") != nil)
        // Scheduled on purpose with publish_at: it waits without a word.
        let scheduled = ["content/articles/2025/sau.md": TestSite.article(title: "Sau", date: "2025-07-01", extra: "publish_at: 2025-07-01\n")]
        let quiet = try BuildPipeline(fileSystem: MemoryFileSystem(TestSite.files(scheduled)), options: options).run(into: MemoryOutput())
        #expect(quiet.warnings.isEmpty)
    }

    @Test func givesDocumentsURLsFromTheirSymbolAndYear() throws {
        let output = try TestSite.build([
            "content/documents/749.md": TestSite.document(number: "749/QĐ-TTg", type: "Quyết định", issuer: "thu-tuong", issued: "03/6/2020"),
            "content/documents/nd13.md": TestSite.document(number: "13/2023/NĐ-CP", type: "Nghị định", issuer: "chinh-phu", issued: "2023-04-17"),
        ]).output()
        #expect(output.text("van-ban/2020/749-qd-ttg/index.html")?.contains("ngày 03 tháng 6 năm 2020") == true)
        #expect(output.text("van-ban/2023/13-2023-nd-cp/index.html") != nil)
        #expect(output.text("van-ban/index.html")?.contains("GROUP Trung ương: ROW 13/2023/NĐ-CP 17/4/2023; ROW 749/QĐ-TTg 03/6/2020;") == true)
    }

    @Test func resolvesCitationsByDateBetweenDocumentsSharingASymbol() throws {
        let output = try TestSite.build([
            "content/documents/571-2022.md": TestSite.document(number: "571/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh", issued: "17/3/2022"),
            "content/documents/571-2019.md": TestSite.document(number: "571/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh", issued: "02/4/2019"),
            "content/documents/96.md": TestSite.document(number: "96/KH-UBND", type: "Kế hoạch", issuer: "ubnd-thai-binh", issued: "17/7/2023",
                                                         extra: "based_on: [\"571/QĐ-UBND ngày 17/3/2022\"]\n"),
            "content/articles/2023/a.md": TestSite.article(title: "A", date: "2023-07-20", extra: "documents: [\"571/QĐ-UBND ngày 02/4/2019\"]\n"),
        ]).output()
        #expect(output.text("van-ban/2023/96-kh-ubnd/index.html")?.contains("BASED 571/QĐ-UBND /chuyen-doi-so/van-ban/2022/571-qd-ubnd/;") == true)
        #expect(output.text("van-ban/2022/571-qd-ubnd/index.html")?.contains("BY 96/KH-UBND;") == true)
        #expect(output.text("tin-tuc/2023/a/index.html")?.contains("DOC 571/QĐ-UBND /chuyen-doi-so/van-ban/2019/571-qd-ubnd/;") == true)
        #expect(output.text("van-ban/2019/571-qd-ubnd/index.html")?.contains("CITED A;") == true)
    }

    @Test func reportsAmbiguousAndMisdatedCitations() {
        let result = TestSite.build([
            "content/documents/571-2022.md": TestSite.document(number: "571/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh", issued: "17/3/2022"),
            "content/documents/571-2019.md": TestSite.document(number: "571/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh", issued: "02/4/2019"),
            "content/documents/749.md": TestSite.document(number: "749/QĐ-TTg", type: "Quyết định", issuer: "thu-tuong", issued: "03/6/2020"),
            "content/articles/2023/a.md": TestSite.article(title: "A", date: "2023-07-20",
                                                           extra: "documents:\n  - \"571/QĐ-UBND\"\n  - \"749/QĐ-TTg ngày 04/6/2020\"\n  - \"1/QĐ-TTg\"\n"),
        ])
        let found = result.diagnostics.map { "\($0.location.line) \($0.severity) \($0.code)" }
        #expect(found == ["5 error ambiguous-citation", "6 error citation-date-mismatch", "7 warning unresolved-citation"])
    }

    @Test func resolvesLinksToContentFilesAndMedia() throws {
        let output = try TestSite.build([
            "content/documents/96.md": TestSite.document(number: "96/KH-UBND", type: "Kế hoạch", issuer: "ubnd-thai-binh", issued: "17/7/2023"),
            "content/media/anh/a.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n[Kế hoạch](../documents/96.md#muc-tieu) ![Ảnh](../media/anh/a.svg) [Tin](/tin-tuc/)\n",
        ]).output()
        let page = try #require(output.text("gioi-thieu/index.html"))
        #expect(page.contains("href=\"/chuyen-doi-so/van-ban/2023/96-kh-ubnd/#muc-tieu\""))
        #expect(page.contains("src=\"/chuyen-doi-so/media/anh/a.svg\""))
        #expect(page.contains("href=\"/chuyen-doi-so/tin-tuc/\""))
        #expect(output.files["media/anh/a.svg"] != nil)
    }

    /// A `%` or a space in a media file's name is escaped in the link to it; an escape the
    /// editor wrote (`%20`) is kept as one.
    @Test func aPercentSignInAMediaNameIsEscaped() throws {
        let output = try TestSite.build([
            "content/media/van-ban/Kế hoạch 100%.pdf": "%PDF-1.4",
            "content/pages/tai-lieu.md": "---\ntitle: Tài liệu\n---\n[Tải](<../media/van-ban/Kế hoạch 100%.pdf>) [Lại](../media/van-ban/K%E1%BA%BF%20ho%E1%BA%A1ch%20100%25.pdf)\n",
        ]).output()
        let page = try #require(output.text("tai-lieu/index.html"))
        let encoded = "href=\"/chuyen-doi-so/media/van-ban/K%E1%BA%BF%20ho%E1%BA%A1ch%20100%25.pdf\""
        #expect(page.components(separatedBy: encoded).count == 3)
    }

    /// A link in a body to an address of the portal that the build does not write fails the
    /// build (`check` also follows anchors); one to a page, a media file or a feed passes.
    @Test func aBodyLinkToNoPageOfThePortalFailsTheBuild() throws {
        let body = "[Tin](/tin-tuc/) [RSS](/feed.xml) [Ảnh](/media/anh/a.svg) [Lạ](/etc/passwd)\n\n[Trang 9](/tin-tuc/trang/9/?a=1#b)"
        let result = TestSite.build([
            "content/media/anh/a.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/pages/lien-ket.md": "---\ntitle: Liên kết\n---\n" + body + "\n",
        ])
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["4:59 broken-link", "6:1 broken-link"])
    }

    /// A file on the editor's own computer is no address on the web: a broken link, not a silent one.
    @Test func aLinkToAFileOnTheEditorsComputerIsBroken() throws {
        let result = TestSite.build([
            "content/pages/tai-ve.md": "---\ntitle: Tải về\n---\n[Kế hoạch](C:\\Users\\Admin\\ke-hoach.pdf) và [tệp](file:///C:/a.pdf)\n",
        ])
        guard case .failure(let error) = result else { return #expect(Bool(false)) }
        #expect(error.diagnostics.map { "\($0.location): \($0.code)" } == ["content/pages/tai-ve.md:4:1: broken-link", "content/pages/tai-ve.md:4:44: broken-link"])
    }

    @Test func writesRedirectPagesForAliases() throws {
        let output = try TestSite.build([
            "content/articles/2024/moi.md": TestSite.article(title: "Mới", date: "2024-01-01", extra: "aliases: [\"/tin-tuc/cu/\"]\n"),
        ]).output()
        #expect(output.text("tin-tuc/cu/index.html")?.contains("url=/chuyen-doi-so/tin-tuc/2024/moi/") == true)
    }

    @Test func baseURLOptionReplacesSiteYAML() throws {
        let options = BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get(), baseURL: BaseURL("http://localhost:8080/"))
        let output = try TestSite.build(["content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-01-01")], options: options).output()
        #expect(output.text("tin-tuc/index.html")?.contains("[A|/tin-tuc/2024/a/]") == true)
    }

    @Test func rendersStoryMetricsTheVietnameseWay() throws {
        let output = try TestSite.build([
            "content/stories/binh-phuoc.md": """
            ---
            title: Bình Phước
            date: 2021-07-28
            locality: thai-binh
            metrics:
              - {label: Thủ tục, value: 1864, unit: thủ tục}
              - {label: Tỷ lệ, value: 88.14, unit: "%"}
            ---
            """,
        ]).output()
        #expect(output.text("cau-chuyen-thanh-cong/binh-phuoc/index.html")?.contains("1.864 thủ tục;88,14 %;") == true)
    }

    @Test func reportsAnUnreadableDocumentOnceNotEverythingCitingIt() {
        let diagnostics = TestSite.build([
            "content/documents/96.md": TestSite.document(number: "96/KH-UBND", type: "Kế hoạch", issuer: "ubnd-thai-binh", issued: "17/17/2023"),
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-01-02", extra: "documents: [\"96/KH-UBND\"]\n",
                                                           body: "Theo [Kế hoạch 96/KH-UBND](../../documents/96.md)."),
        ]).diagnostics
        #expect(diagnostics.map { "\($0.location): \($0.code)" } == ["content/documents/96.md:5:9: invalid-date"])
    }

    /// Files the build does not read are named in a warning, not skipped in silence.
    @Test func warnsAboutContentFilesItDoesNotRead() throws {
        let files = TestSite.files([
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-01-02"),
            "content/articles/2024/b.MD": TestSite.article(title: "B", date: "2024-01-02"),
            "content/pages/ghi-chu.txt": "ghi chú",
            "content/tin.md": TestSite.article(title: "C", date: "2024-01-02"),
            "content/news/d.md": TestSite.article(title: "D", date: "2024-01-02"),
            "content/media/anh.png": "png",
        ])
        let report = try BuildPipeline(fileSystem: MemoryFileSystem(files), options: .init()).run(into: MemoryOutput())
        #expect(report.warnings.map { "\($0.location.path): \($0.code)" } == [
            "content/articles/2024/b.MD: ignored-file", "content/news: ignored-file",
            "content/pages/ghi-chu.txt: ignored-file", "content/tin.md: ignored-file",
        ])
        #expect(DiagnosticPrinter().format(report.warnings).contains("đổi tên thành content/articles/2024/b.md"))
    }

    /// An alias may not take a page the portal makes (its redirect would replace the list); an
    /// old `.html` address stays a file, and the base path of a copied address is dropped.
    @Test func aliasesKeepOldFileNamesAndNeverReplaceGeneratedPages() throws {
        for taken in ["/tin-tuc/", "/the/vneid/", "/feed.xml", "/van-ban/index.json", "/media/a/"] {
            let result = TestSite.build(["content/articles/2024/a.md": TestSite.article(
                title: "A", date: "2024-01-01", extra: "tags: [VNeID]\naliases: [\"\(taken)\"]\n")])
            #expect(result.diagnostics.map(\.code) == ["output-collision"], "\(taken)")
        }
        let output = try TestSite.build(["content/articles/2024/a.md": TestSite.article(
            title: "A", date: "2024-01-01", extra: "aliases: [\"/cu/trang.html\", \"/chuyen-doi-so/tin-tuc/2023/a-cu/\"]\n")]).output()
        #expect(output.text("cu/trang.html")?.contains("url=/chuyen-doi-so/tin-tuc/2024/a/") == true)
        #expect(output.text("tin-tuc/2023/a-cu/index.html") != nil)
        #expect(!output.files.keys.contains { $0.hasPrefix("chuyen-doi-so/") })
    }

    /// Every alias problem of a site is reported in one build: over another item's page, over a
    /// page the portal makes, and the item's own address.
    @Test func everyAliasProblemIsReportedInOneBuild() {
        let result = TestSite.build([
            "content/articles/2024/b.md": TestSite.article(title: "B", date: "2024-01-02"),
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-01-01", extra: """
            aliases: ["/tin-tuc/2024/b/", "/feed.xml", "/media/anh/x.svg", "/tin-tuc/2024/a/"]

            """),
        ])
        #expect(result.diagnostics.map { "\($0.location.line) \($0.code)" }.sorted()
            == ["4 alias-collision", "4 output-collision", "4 output-collision", "4 output-collision"])
        #expect(DiagnosticPrinter().format(result.diagnostics).contains("chính là địa chỉ hiện nay của trang này"))
    }

    /// Two tags of one article with one slug are one tag: the article is listed once.
    @Test func tagsWithTheSameSlugListAnItemOnce() throws {
        let output = try TestSite.build(["content/articles/2024/a.md": TestSite.article(
            title: "Một bài", date: "2024-01-01", extra: "tags: [VNeID, vneid]\n")]).output()
        let term = try #require(output.text("the/vneid/index.html"))
        #expect(term.components(separatedBy: "[Một bài|").count == 2)
    }

    /// A partial that includes itself would recurse until the stack overflows.
    @Test func aTemplateThatIncludesItselfIsAnError() throws {
        var files = TestSite.files([:])
        files["templates/loop.mustache"] = "<p>\n{{> loop}}\n"
        files["templates/page.mustache"] = "{{<base}}{{$main}}{{> a}}{{/main}}{{/base}}"
        files["templates/a.mustache"] = "{{> b}}"
        files["templates/b.mustache"] = "x\n{{> a}}"
        let result = Result { try BuildPipeline(fileSystem: MemoryFileSystem(files), options: .init()).run(into: MemoryOutput()) }
        guard case .failure(let error as DiagnosticsError) = result else {
            Issue.record("a recursive theme built")
            return
        }
        #expect(error.diagnostics.map { "\($0.location): \($0.code)" }.sorted()
            == ["templates/b.mustache:2:1: template-recursion", "templates/loop.mustache:2:1: template-recursion"])
        #expect(DiagnosticPrinter().format(error.diagnostics).contains("a → b → a"))
    }

    @Test func anUnclosedBlockIsReportedWhereItOpens() throws {
        var files = TestSite.files([:])
        files["templates/404.mustache"] = "<p>\n{{#content}}\n404\n<p>\n"
        let result = Result { try BuildPipeline(fileSystem: MemoryFileSystem(files), options: .init()).run(into: MemoryOutput()) }
        guard case .failure(let error as DiagnosticsError) = result else {
            Issue.record("a broken template built")
            return
        }
        #expect(error.diagnostics.map { "\($0.location): \($0.code)" } == ["templates/404.mustache:2:1: template-syntax"])
        #expect(DiagnosticPrinter().format(error.diagnostics).contains("không có {{/…}} đóng"))
    }

    @Test func failsOnAMissingTemplateNamingIt() {
        var files = TestSite.files([:])
        files["templates/story.mustache"] = nil
        files["templates/home.mustache"] = "{{> missing-partial}}"
        let output = MemoryOutput()
        let result = Result { try BuildPipeline(fileSystem: MemoryFileSystem(files), options: .init()).run(into: output) }
        let codes = (try? result.get()) == nil
        #expect(codes)
        if case .failure(let error as DiagnosticsError) = result {
            let text = DiagnosticPrinter().format(error.diagnostics)
            #expect(text.contains("\"story\""))
            #expect(text.contains("templates/home.mustache:1:1: lỗi: thiếu mẫu trang \"missing-partial\""))
        }
    }

    @Test func failsWhenAPartialRenderedOnceIsMissing() throws {
        let files = TestSite.files([
            "templates/base.mustache": "<!doctype html>\n{{{site.headerHTML}}}\n{{$main}}{{/main}}\n",
            "templates/list.mustache": "{{<base}}{{$main}}{{#content.items}}\n{{{html.h2}}}\n{{/content.items}}{{/main}}{{/base}}",
        ])
        let result = Result { try BuildPipeline(fileSystem: MemoryFileSystem(files), options: .init()).run(into: MemoryOutput()) }
        guard case .failure(let error as DiagnosticsError) = result else {
            Issue.record("a theme without header and card built")
            return
        }
        let text = DiagnosticPrinter().format(error.diagnostics)
        #expect(text.contains("templates/base.mustache:2:1: lỗi: thiếu mẫu trang \"header\""))
        #expect(text.contains("templates/list.mustache:2:1: lỗi: thiếu mẫu trang \"card\""))
    }
}

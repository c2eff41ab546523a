import Foundation
@testable import PortalBuild
import PortalModel
import PortalSource
import Testing

/// The document graph: citations in prose and front matter, relations, status, facets, open data.
@Suite struct DirectivesTests {
    static let documents: [String: String] = [
        "content/documents/749.md": TestSite.document(number: "749/QĐ-TTg", type: "Quyết định", issuer: "thu-tuong", issued: "03/6/2020"),
        "content/documents/02-2021.md": TestSite.document(number: "02-NQ/TU", type: "Nghị quyết", issuer: "tu-thai-binh", issued: "19/11/2021",
                                                          extra: "term: \"2020-2025\"\nbased_on: [\"749/QĐ-TTg\"]\n"),
        "content/documents/02-2016.md": TestSite.document(number: "02-NQ/TU", type: "Nghị quyết", issuer: "tu-thai-binh", issued: "12/5/2016",
                                                          extra: "term: \"2015-2020\"\n"),
        "content/documents/571-2022.md": TestSite.document(number: "571/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh", issued: "17/3/2022",
                                                           extra: "based_on: [\"02-NQ/TU ngày 19/11/2021\"]\n"),
        "content/documents/571-2019.md": TestSite.document(number: "571/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh", issued: "02/4/2019"),
        "content/documents/96.md": TestSite.document(number: "96/KH-UBND", type: "Kế hoạch", issuer: "ubnd-thai-binh", issued: "17/7/2023",
                                                     extra: "based_on: [\"571/QĐ-UBND ngày 17/3/2022\", \"749/QĐ-TTg\"]\nattachments: [{file: van-ban/96.pdf, title: Toàn văn}]\n",
                                                     body: "Kế hoạch 96/KH-UBND thực hiện Quyết định số 749/QĐ-TTg."),
        "content/media/van-ban/96.pdf": "%PDF-1.4\n%%EOF\n",
    ]

    static func build(_ extra: [String: String] = [:], strict: Bool = false) -> Result<MemoryOutput, DiagnosticsError> {
        TestSite.build(documents.merging(extra) { _, new in new },
                       options: BuildOptions(asOf: try? CalendarDate.parse("2025-01-01").get(), strict: strict))
    }

    @Test func resolvesEachCitationFormToTheRightDocument() throws {
        let output = try Self.build([
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01", body: """
            Theo Nghị quyết số 02-NQ/TU ngày 19/11/2021, Nghị quyết 02-NQ/TU ngày 12 tháng 5 năm 2016,
            Quyết định số 571/QĐ-UBND ngày 02/4/2019, Kế hoạch 96 /KH-UBND và 749/QD-TTg.
            """),
        ]).output()
        let page = try #require(output.text("tin-tuc/2024/a/index.html"))
        for (text, url) in [("Nghị quyết số 02-NQ/TU ngày 19/11/2021", "van-ban/2021/02-nq-tu/"),
                            ("Nghị quyết 02-NQ/TU ngày 12 tháng 5 năm 2016", "van-ban/2016/02-nq-tu/"),
                            ("Quyết định số 571/QĐ-UBND ngày 02/4/2019", "van-ban/2019/571-qd-ubnd/"),
                            ("Kế hoạch 96 /KH-UBND", "van-ban/2023/96-kh-ubnd/"), ("749/QD-TTg", "van-ban/2020/749-qd-ttg/")] {
            #expect(page.contains("<a href=\"/chuyen-doi-so/\(url)\""), "no link to \(url)")
            #expect(page.contains(">\(text)</a>"), "\(text) is not the link text")
        }
        #expect(page.contains("DOC 96/KH-UBND"))
        #expect(output.text("van-ban/2016/02-nq-tu/index.html")?.contains("CITED A;") == true)
        #expect(output.text("van-ban/2021/02-nq-tu/index.html")?.contains("CITED A;") == true)
    }

    @Test func documentPagesShowBothDirectionsAndTheChain() throws {
        let output = try Self.build().output()
        let plan = try #require(output.text("van-ban/2023/96-kh-ubnd/index.html"))
        #expect(plan.contains("BASED 571/QĐ-UBND /chuyen-doi-so/van-ban/2022/571-qd-ubnd/;BASED 749/QĐ-TTg"))
        #expect(plan.contains("LEVEL 749/QĐ-TTg;LEVEL 02-NQ/TU;LEVEL 571/QĐ-UBND;LEVEL 96/KH-UBND;"))
        #expect(!plan.contains("href=\"/chuyen-doi-so/van-ban/2023/96-kh-ubnd/\""), "a document links to itself")
        let programme = try #require(output.text("van-ban/2020/749-qd-ttg/index.html"))
        #expect(programme.contains("BY 96/KH-UBND;BY 02-NQ/TU;"))
        // Listed once, by its relation: not again among the items that mention the programme.
        #expect(!programme.contains("CITED Kế hoạch 96/KH-UBND;"))
    }

    /// The JSON-LD of a document page cannot end or reopen its script element.
    @Test func structuredDataEscapesMarkup() throws {
        let output = try Self.build([
            "content/documents/98.md": TestSite.document(number: "98/KH-UBND", type: "Kế hoạch", issuer: "ubnd-thai-binh", issued: "02/01/2024")
                .replacingOccurrences(of: "title: \"Văn bản 98/KH-UBND\"", with: "title: \"Về thẻ <!--<script> & </script>\""),
        ]).output()
        let page = try #require(output.text("van-ban/2024/98-kh-ubnd/index.html"))
        #expect(page.contains("Về thẻ \\u003c!--\\u003cscript\\u003e \\u0026 \\u003c\\/script\\u003e"))
        #expect(!page.contains("<!--<script>"))
    }

    /// One document cited twice in a list (bare and with its date) is one relation.
    @Test func aDocumentCitedTwiceInAListIsListedOnce() throws {
        let output = try Self.build([
            "content/documents/02-2021.md": TestSite.document(number: "02-NQ/TU", type: "Nghị quyết", issuer: "tu-thai-binh", issued: "19/11/2021",
                                                              extra: "term: \"2020-2025\"\nbased_on: [\"749/QĐ-TTg\", \"Quyết định số 749/QĐ-TTg ngày 03/6/2020\"]\n"),
        ]).output()
        let resolution = try #require(output.text("van-ban/2021/02-nq-tu/index.html"))
        #expect(resolution.components(separatedBy: "BASED 749/QĐ-TTg").count == 2)
        let programme = try #require(output.text("van-ban/2020/749-qd-ttg/index.html"))
        #expect(programme.components(separatedBy: "BY 02-NQ/TU;").count == 2)
    }

    @Test func describesDocumentsAsSchemaOrgLegislation() throws {
        let page = try #require(try Self.build().output().text("van-ban/2023/96-kh-ubnd/index.html"))
        let json = try #require(page.components(separatedBy: "JSONLD ").last?.components(separatedBy: " <p>").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "Legislation")
        #expect(object["legislationIdentifier"] as? String == "96/KH-UBND")
        #expect(object["legislationDate"] as? String == "2023-07-17")
        #expect((object["legislationPassedBy"] as? [String: Any])?["name"] as? String == "Ủy ban nhân dân tỉnh Thái Bình")
        #expect(object["legislationLegalForce"] as? String == "https://schema.org/InForce")
        #expect((object["isBasedOn"] as? [String])?.count == 2)
    }

    @Test func computesStatusOnTheBuildDate() throws {
        let output = try Self.build([
            "content/documents/moi.md": TestSite.document(number: "10/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                          issued: "2024-12-20", extra: "effective: 2025-03-01\n"),
            "content/documents/cu.md": TestSite.document(number: "11/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                         issued: "2020-01-10", extra: "expires: 2024-12-31\n"),
            "content/documents/thay.md": TestSite.document(number: "12/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                           issued: "2024-06-01", extra: "replaces: [\"571/QĐ-UBND ngày 02/4/2019\"]\n"),
            "content/documents/ghi-de.md": TestSite.document(number: "13/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                             issued: "2024-06-01", extra: "status: Hết hiệu lực\n"),
        ]).output()
        #expect(output.text("van-ban/2024/10-qd-ubnd/index.html")?.contains("Chưa có hiệu lực") == true)
        #expect(output.text("van-ban/2020/11-qd-ubnd/index.html")?.contains("Hết hiệu lực") == true)
        #expect(output.text("van-ban/2019/571-qd-ubnd/index.html")?.contains("Bị thay thế") == true)
        #expect(output.text("van-ban/2024/13-qd-ubnd/index.html")?.contains("Hết hiệu lực") == true)
        #expect(output.text("van-ban/2022/571-qd-ubnd/index.html")?.contains("Còn hiệu lực") == true)
    }

    /// issuers.yml says when a body existed: a document issued outside that time is warned about.
    @Test func aDocumentIssuedOutsideItsIssuersTimeIsWarnedAbout() throws {
        var site = Self.documents
        site["content/issuers.yml"] = TestSite.issuersYAML
            .replacingOccurrences(of: "abbr: UBND, level: tinh}", with: "abbr: UBND, level: tinh, valid_to: 2021-12-31}")
        let report = try BuildPipeline(fileSystem: MemoryFileSystem(TestSite.files(site)),
                                       options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get())).run(into: MemoryOutput())
        #expect(report.warnings.contains { $0.code == "issuer-period" && $0.location.path == "content/documents/96.md" })
    }

    /// Without `effective`, a document takes effect when issued: issued after the build date, it
    /// is not in force yet.
    @Test func aDocumentIssuedAfterTheBuildDateIsNotInForceYet() throws {
        let output = try Self.build([
            "content/documents/sau.md": TestSite.document(number: "14/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                          issued: "2025-06-03"),
        ]).output()
        #expect(output.text("van-ban/2025/14-qd-ubnd/index.html")?.contains("Chưa có hiệu lực") == true)
    }

    @Test func writesFacetPagesByTypeIssuerAndYear() throws {
        let output = try Self.build().output()
        let decisions = try #require(output.text("van-ban/loai/quyet-dinh/index.html"))
        #expect(decisions.contains("ROW 571/QĐ-UBND 17/3/2022; ROW 571/QĐ-UBND 02/4/2019;"))
        #expect(decisions.contains("ROW 749/QĐ-TTg"))
        #expect(!decisions.contains("96/KH-UBND"))
        #expect(output.text("van-ban/co-quan/tu-thai-binh/index.html")?.contains("GROUP Đảng: ROW 02-NQ/TU 19/11/2021; ROW 02-NQ/TU 12/5/2016;") == true)
        #expect(output.text("van-ban/nam/2023/index.html")?.contains("Văn bản ban hành năm 2023") == true)
        #expect(output.text("van-ban/index.html")?.contains("GROUP Trung ương: ROW 749/QĐ-TTg 03/6/2020;GROUP Đảng:") == true)
    }

    @Test func publishesTheIndexAsJSONAndCSV() throws {
        let output = try Self.build().output()
        let json = try #require(output.files["van-ban/index.json"])
        let catalog = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let entries = try #require(catalog["documents"] as? [[String: Any]])
        #expect(entries.count == 6)
        #expect(catalog["count"] as? Int == 6)
        let plan = try #require(entries.first)
        #expect(plan["symbol"] as? String == "96/KH-UBND")
        #expect(plan["status"] as? String == "con-hieu-luc")
        #expect((plan["issuer"] as? [String: Any])?["id"] as? String == "ubnd-thai-binh")
        #expect(((plan["relations"] as? [String: Any])?["based_on"] as? [[String: Any]])?.count == 2)
        #expect(plan["url"] as? String == "https://tinh.gov.vn/chuyen-doi-so/van-ban/2023/96-kh-ubnd/")
        let csv = try #require(output.files["van-ban/index.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: csv.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 7)
        #expect(lines[0].hasPrefix("Số ký hiệu,Loại văn bản,Cơ quan ban hành,Mã cơ quan,Ngày ban hành"))
        #expect(lines[1].hasPrefix("96/KH-UBND,Kế hoạch,Ủy ban nhân dân tỉnh Thái Bình,ubnd-thai-binh,2023-07-17,"))
        #expect(lines[1].hasSuffix(",571/QĐ-UBND; 749/QĐ-TTg"))
    }

    /// A spreadsheet runs a cell that starts like a formula: such cells start with `'`.
    @Test func theCSVCarriesNoFormula() throws {
        let output = try TestSite.build([
            "content/documents/80-qd-ubnd.md": TestSite.document(number: "80/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                                 issued: "2023-01-05", extra: "signer: \"=1+1\"\n"),
        ]).output()
        let csv = String(decoding: try #require(output.files["van-ban/index.csv"]), as: UTF8.self)
        #expect(csv.contains(",'=1+1,"))
        #expect(OpenDataWriter.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(OpenDataWriter.field("-2,5") == "\"'-2,5\"")
        #expect(OpenDataWriter.field("Nguyễn Văn A") == "Nguyễn Văn A")
    }

    @Test func listsUnindexedCitationsAsWarningsOrErrorsWhenStrict() throws {
        let files = ["content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01",
                                                                   body: "Theo Chỉ thị 08/CT-TTg và\nKế hoạch 1234/KH-UBND.")]
        let lenient = Self.build(files)
        let report = try lenient.output()
        #expect(report.text("tin-tuc/2024/a/index.html") != nil)
        let strict = Self.build(files, strict: true).diagnostics
        #expect(strict.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" }
            == ["5:14 error unresolved-citation", "6:10 error unresolved-citation"])
    }
    /// `UBND` names no province: two provinces' `96/KH-UBND` of one year are two documents, and
    /// the second one's address comes from its `slug`.
    @Test func twoIssuersSymbolsOfOneYearNeedASlug() throws {
        let issuers = TestSite.issuersYAML + "\n- {id: ubnd-quang-nam, name: \"Ủy ban nhân dân tỉnh Quảng Nam\", abbr: UBND, level: tinh}\n"
        let other = TestSite.document(number: "96/KH-UBND", type: "Kế hoạch", issuer: "ubnd-quang-nam", issued: "09/01/2023")
        let clash = Self.build(["content/issuers.yml": issuers, "content/documents/96-quang-nam.md": other]).diagnostics
        #expect(clash.map { "\($0.location.path) \($0.code)" } == ["content/documents/96.md output-collision"])
        let output = try Self.build([
            "content/issuers.yml": issuers,
            "content/documents/96-quang-nam.md": other.replacingOccurrences(of: "title:", with: "slug: 96-kh-ubnd-quang-nam\ntitle:"),
        ]).output()
        #expect(output.text("van-ban/2023/96-kh-ubnd/index.html")?.contains("<h1>96/KH-UBND</h1>") == true)
        #expect(output.text("van-ban/2023/96-kh-ubnd-quang-nam/index.html")?.contains("<h1>96/KH-UBND</h1>") == true)
        // Without a date the citation is ambiguous; the hint offers a real issue date.
        let cited = Self.build([
            "content/issuers.yml": issuers,
            "content/documents/96-quang-nam.md": other.replacingOccurrences(of: "title:", with: "slug: 96-kh-ubnd-quang-nam\ntitle:"),
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01", body: "Theo 96/KH-UBND và 96/KH-UBND ngày 09/01/2023."),
        ]).diagnostics
        #expect(cited.map(\.code) == ["ambiguous-citation"])
        #expect(DiagnosticPrinter().format(cited).contains("ví dụ Theo 96/KH-UBND ngày 17/7/2023") || DiagnosticPrinter().format(cited).contains("ví dụ 96/KH-UBND ngày 17/7/2023"))
        // Issued the same day, a date tells them apart no more: the hint says to link the file.
        let sameDay = Self.build([
            "content/issuers.yml": issuers,
            "content/documents/96-quang-nam.md": other.replacingOccurrences(of: "title:", with: "slug: 96-kh-ubnd-quang-nam\ntitle:")
                .replacingOccurrences(of: "09/01/2023", with: "17/7/2023"),
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01", extra: "documents: [\"96/KH-UBND\"]\n"),
        ]).diagnostics
        #expect(sameDay.map(\.code) == ["ambiguous-citation"])
        #expect(!DiagnosticPrinter().format(sameDay).contains("thêm ngày ban hành"))
        #expect(DiagnosticPrinter().format(sameDay).contains("liên kết Markdown tới tệp"))
    }
    /// A plain page whose text cites a document is listed on it, after the dated items.
    @Test func documentPagesListThePagesThatCiteThem() throws {
        let output = try Self.build([
            "content/pages/hoi-dap.md": "---\ntitle: Hỏi đáp\n---\nChương trình theo Quyết định số 749/QĐ-TTg.\n",
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01", body: "Theo 749/QĐ-TTg."),
        ]).output()
        let page = try #require(output.text("van-ban/2020/749-qd-ttg/index.html"))
        #expect(page.contains("CITED A;CITED Hỏi đáp;"))
    }

    /// A relation to a document the portal does not publish is a warning, and stays: listed as
    /// written on the page, and in the open data without an address.
    @Test func relationsToUnindexedDocumentsAreKept() throws {
        let files = ["content/documents/120.md": TestSite.document(number: "120/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                                  issued: "2023-01-05",
                                                                  extra: "based_on: [\"13/2023/NĐ-CP ngày 17/4/2023\", \"749/QĐ-TTg\"]\n")]
        let output = MemoryOutput()
        let report = try BuildPipeline(fileSystem: MemoryFileSystem(TestSite.files(Self.documents.merging(files) { _, new in new })),
                                       options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get())).run(into: output)
        #expect(report.warnings.map(\.code) == ["unresolved-citation"])
        let page = try #require(output.text("van-ban/2023/120-qd-ubnd/index.html"))
        #expect(page.contains("BASED 749/QĐ-TTg /chuyen-doi-so/van-ban/2020/749-qd-ttg/;BASED 13/2023/NĐ-CP ngày 17/4/2023 ;"))
        let json = try JSONSerialization.jsonObject(with: Data(try #require(output.files["van-ban/index.json"]))) as? [String: Any]
        let entry = (json?["documents"] as? [[String: Any]])?.first { $0["symbol"] as? String == "120/QĐ-UBND" }
        let basedOn = (entry?["relations"] as? [String: Any])?["based_on"] as? [[String: String]]
        #expect(basedOn?.last == ["symbol": "13/2023/NĐ-CP", "issued": "2023-04-17"])
        #expect(output.text("van-ban/index.csv")?.contains(",749/QĐ-TTg; 13/2023/NĐ-CP\r\n") == true)
    }

    /// `09/QĐ-UBND` and `9/QĐ-UBND` are one number: one document, found by either citation.
    @Test func aZeroPadDoesNotMakeAnotherDocument() throws {
        let padded = TestSite.document(number: "05/CTr-UBND", type: "Chương trình", issuer: "ubnd-thai-binh", issued: "2024-02-01")
        let output = try Self.build([
            "content/documents/05.md": padded,
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01", body: "Theo Chương trình 5/CTr-UBND."),
        ]).output()
        #expect(output.text("van-ban/2024/05-ctr-ubnd/index.html")?.contains("CITED A;") == true)
        let twice = Self.build([
            "content/documents/05.md": padded,
            "content/documents/5.md": padded.replacingOccurrences(of: "05/CTr-UBND", with: "5/CTr-UBND"),
        ]).diagnostics
        #expect(twice.map { "\($0.location.path) \($0.code)" } == ["content/documents/5.md duplicate-document"])
    }

    /// Type codes are case- and mark-sensitive in identity: `15/ĐA-UBND` (Đề án) and `15/DA-UBND`
    /// (Dự án) of one year are two documents (the second with a slug of its own).
    @Test func typeCodesDifferingInAMarkAreTwoDocuments() throws {
        let output = try Self.build([
            "content/documents/15-da.md": TestSite.document(number: "15/ĐA-UBND", type: "Đề án", issuer: "ubnd-thai-binh", issued: "2023-03-01"),
            "content/documents/15-du-an.md": TestSite.document(number: "15/DA-UBND", type: "Dự án", issuer: "ubnd-thai-binh", issued: "2023-05-01",
                                                               extra: "slug: 15-da-ubnd-du-an\n"),
        ]).output()
        #expect(output.text("van-ban/2023/15-da-ubnd/index.html") != nil)
        #expect(output.text("van-ban/2023/15-da-ubnd-du-an/index.html") != nil)
    }

    /// A cycle is reported once, however many relations close it; a relation to a later document
    /// is its own error, not also a cycle. Unpublished documents cited twice are listed once.
    @Test func aCycleIsReportedOnceAndUnpublishedRelationsOnce() throws {
        // A provincial decision `n/QĐ-UBND` of `issued`, with its relations.
        func decision(_ n: Int, _ issued: String, _ relations: String) -> (String, String) {
            ("content/documents/\(n).md", TestSite.document(number: "\(n)/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh",
                                                          issued: issued, extra: relations + "\n"))
        }
        let cycle = Self.build(Dictionary(uniqueKeysWithValues: [
            decision(10, "2023-03-01", "based_on: [\"11/QĐ-UBND\"]\namends: [\"11/QĐ-UBND\"]"),
            decision(11, "2023-03-01", "based_on: [\"10/QĐ-UBND\"]"),
            decision(12, "2023-03-02", "based_on: [\"13/QĐ-UBND\"]"),
            decision(13, "2023-03-05", "based_on: [\"12/QĐ-UBND\"]"),
        ])).diagnostics
        #expect(cycle.map { "\($0.location.path) \($0.code)" }.sorted()
            == ["content/documents/10.md relation-cycle", "content/documents/12.md relation-to-later-document"])
        let output = try Self.build([
            "content/documents/120.md": TestSite.document(number: "120/QĐ-UBND", type: "Quyết định", issuer: "ubnd-thai-binh", issued: "2023-01-05",
                                                          extra: "based_on: [\"13/2023/NĐ-CP\", \"13/2023/NĐ-CP ngày 17/4/2023\"]\n"),
        ]).output()
        #expect(output.text("van-ban/index.csv")?.contains(",13/2023/NĐ-CP\r\n") == true)
        #expect(output.text("van-ban/2023/120-qd-ubnd/index.html")?.contains("BASED 13/2023/NĐ-CP ngày 17/4/2023 ;") == true)
    }

    /// Type codes are case-sensitive: a citation in other capitals still finds its document,
    /// with a warning; `QD` for `QĐ` (a missing mark) is accepted without one.
    @Test func aSymbolInOtherCapitalsIsWarnedAbout() throws {
        let output = MemoryOutput()
        let files = Self.documents.merging([
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01", extra: "documents: [\"749/qđ-ttg\"]\n",
                                                           body: "Theo 749/QD-TTg và 749/QĐ-TTG."),
        ]) { _, new in new }
        let report = try BuildPipeline(fileSystem: MemoryFileSystem(TestSite.files(files)),
                                       options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get())).run(into: output)
        #expect(report.warnings.map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["4:13 symbol-case", "6:20 symbol-case"])
        #expect(DiagnosticPrinter().format(report.warnings).contains("viết đúng như văn bản: 749/QĐ-TTg"))
        #expect(output.text("van-ban/2020/749-qd-ttg/index.html")?.contains("CITED A;") == true)
    }

    /// A Markdown link to a document's file (or to its page) cites it, like its symbol in the text.
    @Test func aLinkToADocumentCitesIt() throws {
        let output = try Self.build([
            "content/articles/2024/a.md": TestSite.article(title: "A", date: "2024-03-01",
                                                           body: "Xem [văn bản này](../../documents/749.md#muc-tieu)."),
            "content/articles/2024/b.md": TestSite.article(title: "B", date: "2024-03-02",
                                                           body: "Xem [trang văn bản](/van-ban/2020/749-qd-ttg/)."),
        ]).output()
        let page = try #require(output.text("van-ban/2020/749-qd-ttg/index.html"))
        #expect(page.contains("CITED B;CITED A;"))
    }

    /// A term belongs to Party documents and covers the year they were issued.
    @Test func warnsAboutTermsThatDoNotFit() throws {
        let files = TestSite.files([
            "content/documents/749.md": TestSite.document(number: "749/QĐ-TTg", type: "Quyết định", issuer: "thu-tuong", issued: "03/6/2020",
                                                          extra: "term: \"2020-2025\"\n"),
            "content/documents/05.md": TestSite.document(number: "05-NQ/TU", type: "Nghị quyết", issuer: "tu-thai-binh", issued: "03/6/2027",
                                                         extra: "term: \"2020-2025\"\n"),
        ])
        let diagnostics = BuildPipeline(fileSystem: MemoryFileSystem(files), options: BuildOptions(asOf: try CalendarDate.parse("2028-01-01").get())).check()
        #expect(diagnostics.map { "\($0.location) \($0.severity) \($0.code)" }.sorted()
            == ["content/documents/05.md:7:7 warning issued-outside-term", "content/documents/749.md:7:7 warning term-on-state-document"])
    }
}

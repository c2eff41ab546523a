import Testing
@testable import PortalModel

@Suite struct CitationScannerTests {
    func found(_ text: String) -> [String] {
        CitationScanner.scan(text).map { match in
            let bytes = Array(text.utf8)
            let whole = String(decoding: bytes[match.range], as: UTF8.self)
            return match.citation.date.map { "\(whole) @\($0.iso)" } ?? whole
        }
    }

    @Test func findsABareSymbol() {
        #expect(found("Thực hiện 749/QĐ-TTg, tỉnh đã…") == ["749/QĐ-TTg"])
    }

    /// `Ð` (U+00D0, the Icelandic eth) looks exactly like `Đ` and some keyboards type it.
    @Test func readsTheEthLookAlikeAsĐ() {
        #expect(found("theo Quyết định số 749/QÐ-TTg ngày 03/6/2020.") == ["Quyết định số 749/QÐ-TTg ngày 03/6/2020 @2020-06-03"])
        #expect(CitationScanner.scan("căn cứ 12/2023/NÐ-CP và 5/KH-UBND").map(\.citation.symbol.text) == ["12/2023/NĐ-CP", "5/KH-UBND"])
        #expect(DocumentSymbol.parse("749/QÐ-TTg")?.text == "749/QĐ-TTg")
        #expect(DocumentSymbol.parse("749/QÐ-TTg")?.typeCode == "QĐ")
    }

    /// Text pasted from Word has non-breaking or doubled spaces around `ngày`; a date without its
    /// year (`ngày 17/7`, ordinary in news) is no citation date and is left alone, not an error.
    @Test func takesTheDateAcrossAnySpacesAndLeavesAYearlessDayAlone() {
        #expect(found("theo 749/QĐ-TTg\u{00A0}ngày 03/6/2020.") == ["749/QĐ-TTg\u{00A0}ngày 03/6/2020 @2020-06-03"])
        // The press writes dates with dots too.
        #expect(found("theo 749/QĐ-TTg ngày 03.6.2020.") == ["749/QĐ-TTg ngày 03.6.2020 @2020-06-03"])
        #expect(CitationScanner.scan("Kế hoạch 96/KH-UBND ngày 17.7, UBND tỉnh").allSatisfy { $0.invalidDate == nil })
        #expect(found("theo 749/QĐ-TTg  ngày  03/6/2020.") == ["749/QĐ-TTg  ngày  03/6/2020 @2020-06-03"])
        #expect(found("Kế hoạch 96/KH-UBND ngày 17/7 của UBND tỉnh") == ["Kế hoạch 96/KH-UBND"])
        #expect(CitationScanner.scan("Kế hoạch 96/KH-UBND ngày 17/7 của UBND tỉnh").allSatisfy { $0.invalidDate == nil })
        #expect(CitationScanner.scan("749/QĐ-TTg ngày 17/17/2020").first?.invalidDate != nil)
        // Spaces inside the long form too; a wrong date in any form stays an error.
        #expect(found("theo 749/QĐ-TTg ngày 03 tháng\u{00A0}6  năm 2020 của") == ["749/QĐ-TTg ngày 03 tháng\u{00A0}6  năm 2020 @2020-06-03"])
        for wrong in ["ngày 31 tháng  2 năm 2020", "ngày 31\u{00A0}tháng 2 năm 2020", "ngày 31/2/20", "ngày 3-6-2020"] {
            #expect(CitationScanner.scan("Quyết định 749/QĐ-TTg \(wrong) của").first?.invalidDate != nil, "\(wrong)")
        }
    }

    /// A date in parentheses is the citation's date too (and is checked); after a comma it may
    /// begin the next clause, and is left alone.
    @Test func takesADateInParentheses() {
        #expect(found("Thực hiện 749/QĐ-TTg, ngày 5/5/2024 Sở đã họp") == ["749/QĐ-TTg"])
        #expect(found("theo 749/QĐ-TTg (ngày 03/6/2020) của") == ["749/QĐ-TTg (ngày 03/6/2020) @2020-06-03"])
        #expect(found("theo 749/QĐ-TTg (ngày 03/6/2020 của") == ["749/QĐ-TTg"])
    }

    /// Word turns `-` into an en dash; a phone into a non-breaking hyphen.
    @Test func readsDashesAsHyphens() {
        #expect(CitationScanner.scan("Số 749/QĐ–TTg và 96/KH\u{2011}UBND.").map(\.citation.symbol.text) == ["749/QĐ-TTg", "96/KH-UBND"])
        #expect(found("Số 749/QĐ–TTg ngày 03/6/2020.") == ["749/QĐ–TTg ngày 03/6/2020 @2020-06-03"])
        #expect(found("năm 2020 – 2025 và 1/2 – 3") == [])
        // A dash touching the symbol is the sentence's, not the symbol's.
        #expect(CitationScanner.scan("theo Quyết định 749/QĐ-TTg– phê duyệt; danh sách:–749/QĐ-TTg").map(\.citation.symbol.text)
            == ["749/QĐ-TTg", "749/QĐ-TTg"])
    }

    /// A citation written alone with an impossible date says so (not "malformed citation").
    @Test func namesTheDateProblemOfACitationWrittenAlone() {
        #expect(Citation.parse("749/QĐ-TTg ngày 31/2/2020") == nil)
        #expect(Citation.dateProblem("749/QĐ-TTg ngày 31/2/2020")?.text == "31/2/2020")
        #expect(Citation.dateProblem("749/QĐ-TTg ngày hôm qua") == nil)
        #expect(Citation.dateProblem("749/QĐ-TTg") == nil)
    }

    /// A symbol inside a web address is part of the address.
    @Test func ignoresSymbolsInsideWebAddresses() {
        #expect(found("xem https://vanban.gov.vn/749/QĐ-TTg/ và https://x.vn/van-ban/13/2023/NĐ-CP") == [])
        #expect(found("xem vanban.gov.vn?so=749/QĐ-TTg") == [])
    }

    @Test func takesTheTypeNameNumberWordAndDate() {
        #expect(found("căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng")
            == ["Quyết định số 749/QĐ-TTg ngày 03/6/2020 @2020-06-03"])
        #expect(found("theo Nghị quyết 02-NQ/TU ngày 19 tháng 11 năm 2021.")
            == ["Nghị quyết 02-NQ/TU ngày 19 tháng 11 năm 2021 @2021-11-19"])
        #expect(found("thực hiện kế hoạch số 96/KH-UBND") == ["kế hoạch số 96/KH-UBND"])
        #expect(found("QUYẾT ĐỊNH SỐ 749/QĐ-TTg NGÀY 03/6/2020") == ["QUYẾT ĐỊNH SỐ 749/QĐ-TTg NGÀY 03/6/2020 @2020-06-03"])
        #expect(found("749/QĐ-TTg Ngày 03/6/2020; 749/QĐ-TTg ngàyy 03/6/2020")
            == ["749/QĐ-TTg Ngày 03/6/2020 @2020-06-03", "749/QĐ-TTg"])
    }

    @Test func coversEverySymbolFamily() {
        let text = "Nghị định 13/2023/NĐ-CP, Công văn 4878/BTTTT-CĐSQG, Chương trình 06-CTr/TU và Tờ trình 50/TTr-STTTT."
        #expect(found(text) == ["Nghị định 13/2023/NĐ-CP", "Công văn 4878/BTTTT-CĐSQG", "Chương trình 06-CTr/TU", "Tờ trình 50/TTr-STTTT"])
        #expect(CitationScanner.scan(text).map(\.citation.symbol.typeCode) == ["NĐ", nil, "CTr", "TTr"])
    }

    @Test func toleratesAStraySpaceAndMissingDiacritics() {
        #expect(found("Kế hoạch 96 /KH-UBND") == ["Kế hoạch 96 /KH-UBND"])
        #expect(CitationScanner.scan("Kế hoạch 96 /KH-UBND").first?.citation.symbol.text == "96/KH-UBND")
        #expect(found("Quyet dinh 749/QD-TTg") == ["749/QD-TTg"])
    }

    @Test func findsSymbolsInQuotesAndParentheses() {
        #expect(found("(“749/QĐ-TTg”) và [571/QĐ-UBND]") == ["749/QĐ-TTg", "571/QĐ-UBND"])
    }

    @Test func ignoresDatesFractionsAndWords() {
        #expect(found("ngày 03/6/2020, tỷ lệ 1.643/1.864, và/hoặc 24/7, 50%/năm, km/h, 2021/2022") == [])
        #expect(found("abc749/QĐ-TTg và 749/QĐ-TTgé") == [])
    }

    @Test func reportsAnImpossibleDateAfterASymbol() {
        let match = CitationScanner.scan("Kế hoạch 96/KH-UBND ngày 17/17/2023").first
        #expect(match?.citation.date == nil)
        #expect(match?.invalidDate?.text == "17/17/2023")
        #expect(match?.invalidDate?.reason == .month)
    }

    @Test func givesByteOffsetsOfTheSymbol() throws {
        let text = "Đề án theo Quyết định số 571/QĐ-UBND."
        let match = try #require(CitationScanner.scan(text).first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[match.symbolRange], as: UTF8.self) == "571/QĐ-UBND")
        #expect(String(decoding: bytes[match.range], as: UTF8.self) == "Quyết định số 571/QĐ-UBND")
    }
}

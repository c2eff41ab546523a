import Testing
@testable import PortalModel

@Suite struct DocumentSymbolTests {
    @Test func parsesAdministrativeSymbols() throws {
        let symbol = try #require(DocumentSymbol.parse("749/QĐ-TTg"))
        #expect(symbol.family == .administrative)
        #expect(symbol.number == "749")
        #expect(symbol.typeCode == "QĐ")
        #expect(symbol.issuerCode == "TTg")
        #expect(symbol.year == nil)
    }

    @Test func parsesLegalNormativeSymbolsWithTheirYear() throws {
        let symbol = try #require(DocumentSymbol.parse("13/2023/NĐ-CP"))
        #expect(symbol.family == .legalNormative)
        #expect(symbol.year == 2023)
        #expect(symbol.typeCode == "NĐ")
        #expect(symbol.issuerCode == "CP")
    }

    @Test func parsesPartySymbolsKeepingTheZeroPad() throws {
        let symbol = try #require(DocumentSymbol.parse("02-NQ/TU"))
        #expect(symbol.family == .party)
        #expect(symbol.number == "02")
        #expect(symbol.numericValue == 2)
        #expect(symbol.typeCode == "NQ")
        #expect(symbol.issuerCode == "TU")
    }

    @Test func parsesOfficialLetters() throws {
        let symbol = try #require(DocumentSymbol.parse("4878/BTTTT-CĐSQG"))
        #expect(symbol.family == .officialLetter)
        #expect(symbol.typeCode == nil)
        #expect(symbol.issuerCode == "BTTTT")
    }

    @Test func keepsMixedCaseTypeCodes() throws {
        #expect(try #require(DocumentSymbol.parse("50/TTr-STTTT")).typeCode == "TTr")
        #expect(try #require(DocumentSymbol.parse("06-CTr/TU")).typeCode == "CTr")
        #expect(DocumentTypes.codes(forName: "Quy định")?.contains("QyĐ") == true)
        #expect(DocumentTypes.codes(forName: "Tờ trình") == ["TTr"])
    }

    @Test func toleratesAStraySpace() throws {
        #expect(try #require(DocumentSymbol.parse("96 /KH-UBND")).text == "96/KH-UBND")
    }

    @Test func rejectsMalformedSymbols() {
        for text in ["", "749", "QĐ-TTg", "749/", "/QĐ-TTg", "a/b/c/d", "12/20x3/NĐ-CP"] {
            #expect(DocumentSymbol.parse(text) == nil, "\(text)")
        }
    }

    @Test func parsesCitationsWithDates() throws {
        let citation = try #require(Citation.parse("Quyết định số 571/QĐ-UBND ngày 17/3/2022"))
        #expect(citation.symbol.text == "571/QĐ-UBND")
        #expect(citation.date?.iso == "2022-03-17")
        let long = try #require(Citation.parse("749/QĐ-TTg ngày 03 tháng 6 năm 2020"))
        #expect(long.date?.iso == "2020-06-03")
        #expect(Citation.parse("749/QĐ-TTg ngày 31/02/2020") == nil)
    }
}

import Testing
@testable import PortalModel

@Suite struct VietnameseFormatTests {
    @Test func groupsThousandsWithDotsAndDecimalsWithCommas() {
        #expect(VietnameseFormat.number(1864) == "1.864")
        #expect(VietnameseFormat.number(88.14) == "88,14")
        #expect(VietnameseFormat.number(1_234_567.5) == "1.234.567,5")
        #expect(VietnameseFormat.number(-2500) == "-2.500")
        #expect(VietnameseFormat.number(0) == "0")
        // Decimals as written, never rounded away.
        #expect(VietnameseFormat.number(1.864) == "1,864")
        #expect(VietnameseFormat.number(-0.25) == "-0,25")
        #expect(VietnameseFormat.number(12_345.678) == "12.345,678")
        #expect(VietnameseFormat.count(1234) == "1.234")
        #expect(VietnameseFormat.number(0.00001) == "0,00001")
        #expect(VietnameseFormat.number(-0.00000015) == "-0,00000015")
        // Beyond what content may hold (the parser rejects it): no crash converting to Int.
        #expect(VietnameseFormat.number(1e17) == "1e+17")
        #expect(VietnameseFormat.number(999_999_999_999_999) == "999.999.999.999.999")
    }

    @Test func formatsFileSizes() {
        #expect(VietnameseFormat.fileSize(512) == "512 B")
        #expect(VietnameseFormat.fileSize(12_800) == "12,5 KB")
    }

    @Test func sortsInVietnameseAlphabeticalOrder() {
        let names = ["Đà Nẵng", "Duy Xuyên", "Ân Thi", "An Giang", "Ăn", "Dĩ An", "Bắc Ninh", "Ảo"]
        #expect(names.sorted(by: VietnameseCollation.precedes)
            == ["An Giang", "Ảo", "Ăn", "Ân Thi", "Bắc Ninh", "Dĩ An", "Duy Xuyên", "Đà Nẵng"])
    }

    @Test func ordersTonesAfterTheLetters() {
        let tones = ["mạ", "má", "mã", "mả", "mà", "ma"]
        #expect(tones.sorted(by: VietnameseCollation.precedes) == ["ma", "mà", "mả", "mã", "má", "mạ"])
    }

    @Test func ordersNumbersInTextByValue() {
        let tags = ["Công nghệ 5G", "Năm 2024", "Công nghệ 10G", "Công nghệ 4G", "Năm 2023", "Công nghệ 05G", "Công nghệ"]
        #expect(tags.sorted(by: VietnameseCollation.precedes)
            == ["Công nghệ", "Công nghệ 4G", "Công nghệ 5G", "Công nghệ 05G", "Công nghệ 10G", "Năm 2023", "Năm 2024"])
        #expect(VietnameseCollation.precedes("9 giải pháp", "10 giải pháp"))
        #expect(VietnameseCollation.precedes("99 ngày", "An toàn"))
    }
}

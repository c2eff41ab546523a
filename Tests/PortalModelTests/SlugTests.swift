import Testing
@testable import PortalModel

@Suite struct SlugTests {
    @Test func foldsVietnameseToAscii() {
        #expect(Slug.make("Chuyển đổi số ở Đắk Lắk") == "chuyen-doi-so-o-dak-lak")
        #expect(Slug.make("749/QĐ-TTg") == "749-qd-ttg")
        #expect(Slug.make("13/2023/NĐ-CP") == "13-2023-nd-cp")
        #expect(Slug.make("  --Hỏi  đáp!! ") == "hoi-dap")
        // Ð (U+00D0), the look-alike of Đ in text converted from old Vietnamese encodings.
        #expect(Slug.make("Nguyễn Thị Ðào") == "nguyen-thi-dao")
    }

    @Test func decomposedInputGivesTheSameSlug() {
        let nfd = "Chuyển đổi số".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count != "Chuyển đổi số".unicodeScalars.count)
        #expect(Slug.make(nfd) == "chuyen-doi-so")
    }

    @Test func differentWordsCanFoldToOneSlug() {
        #expect(Slug.make("sở") == Slug.make("số"))
    }

    @Test func searchFoldingKeepsSpaces() {
        #expect(Slug.fold(text: "Chuyển Đổi số") == "chuyen doi so")
    }
}

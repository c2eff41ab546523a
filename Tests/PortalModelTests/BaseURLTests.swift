import PortalModel
import Testing

@Suite struct BaseURLTests {
    @Test func keepsTheSubPathWithOneSlashAtEachEnd() throws {
        let url = try #require(BaseURL("https://thaibinh.gov.vn/chuyen-doi-so"))
        #expect(url.origin == "https://thaibinh.gov.vn")
        #expect(url.path == "/chuyen-doi-so/")
        #expect(BaseURL("https://thaibinh.gov.vn")?.path == "/")
    }

    /// `//cds/` would make every link protocol-relative: the browser would load `//cds/assets/…`
    /// from a host named `cds`.
    @Test func repeatedSlashesAreOne() {
        #expect(BaseURL("https://example.gov.vn//cds/")?.path == "/cds/")
        #expect(BaseURL("https://example.gov.vn/a//b///")?.path == "/a/b/")
        #expect(BaseURL("https://example.gov.vn//")?.path == "/")
    }

    /// A user name and password would be published in every canonical URL, feed and sitemap.
    @Test func refusesAUserNameOrPassword() {
        #expect(BaseURL("https://user:pw@example.gov.vn/cds/") == nil)
        #expect(BaseURL("https://user@example.gov.vn/") == nil)
        #expect(BaseURL("https://example.gov.vn/cds/@trang/") != nil)
    }

    @Test func refusesWhatCannotBeABasePath() {
        for text in ["example.gov.vn/cds/", "ftp://example.gov.vn/", "https:///cds/", "https://example.gov.vn/a b/",
                     "https://example.gov.vn/../cds/", "https://example.gov.vn/cds/?x=1", "https://tỉnh.vn/"] {
            #expect(BaseURL(text) == nil, "\(text)")
        }
    }
}

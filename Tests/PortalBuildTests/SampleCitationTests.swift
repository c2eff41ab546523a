import Foundation
import PortalBuild
import PortalModel
import PortalSource
import Testing

/// On the shipped sample: every citation of an indexed document in a body is a link, and the
/// national programme's page lists everything that cites it or is based on it.
@Suite struct SampleCitationTests {
    static let content = SourceReader(fileSystem: DiskFileSystem(root: FixtureSite.repository)).read().0

    /// (output page, body) of every article, story and document of the sample.
    static var bodies: [(page: String, body: String, own: String?)] {
        guard let content else { return [] }
        return content.articles.map { (URLScheme.outputFile(for: URLScheme.article($0)), $0.body.text, nil) }
            + content.stories.map { (URLScheme.outputFile(for: URLScheme.story($0)), $0.body.text, nil) }
            + content.documents.map { (URLScheme.outputFile(for: URLScheme.document($0)), $0.body.text, $0.symbol.text) }
    }

    @Test func everyCitationOfAnIndexedDocumentIsALink() throws {
        let content = try #require(Self.content)
        let indexed = Set(content.documents.map { Slug.make($0.symbol.text) })
        var checked = 0
        for item in Self.bodies {
            let html = try #require(SamplePortalTests.site[item.page].map { String(decoding: $0, as: UTF8.self) }, "missing \(item.page)")
            for match in CitationScanner.scan(item.body) where indexed.contains(Slug.make(match.citation.symbol.text)) {
                guard match.citation.symbol.text != item.own else { continue }
                let symbol = match.citation.symbol.text
                let linked = html.components(separatedBy: "<a href=\"/chuyen-doi-so/van-ban/").dropFirst()
                    .contains { $0.prefix { $0 != "<" }.contains(symbol) }
                #expect(linked, "\(item.page): \(symbol) is not linked")
                checked += 1
            }
        }
        #expect(checked > 40)
    }

    @Test func theNationalProgrammeListsEverythingThatCitesIt() throws {
        let content = try #require(Self.content)
        let programme = try #require(SamplePortalTests.site["van-ban/2020/749-qd-ttg/index.html"].map { String(decoding: $0, as: UTF8.self) })
        let key = Slug.make("749/QĐ-TTg")
        let cites = { (body: String, references: [Located<String>]) in
            CitationScanner.scan(body).contains { Slug.make($0.citation.symbol.text) == key }
                || references.contains { Citation.parse($0.value).map { Slug.make($0.symbol.text) } == key }
        }
        var expected = content.articles.filter { cites($0.body.text, $0.documents) }.map(URLScheme.article)
        expected += content.stories.filter { cites($0.body.text, $0.documents) }.map(URLScheme.story)
        expected += content.documents.filter { $0.symbol.text != "749/QĐ-TTg" && cites($0.body.text, $0.relations.basedOn) }
            .map(URLScheme.document)
        #expect(expected.count >= 10)
        for url in expected {
            #expect(programme.contains("href=\"/chuyen-doi-so\(url)\""), "749/QĐ-TTg page does not list \(url)")
        }
    }
}

import Testing
@testable import PortalBuild
import PortalModel

/// The field-by-field cache coding: every stored property of the coded items survives the trip.
@Suite struct CacheCodingTests {
    private let here = SourceLocation(path: "content/articles/2024/bai.md", line: 3, column: 9)

    private func date(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text).get() }

    private func roundTrip<T: CacheCodable & Sendable>(_ value: T) throws -> T {
        try CompactCoding.decode(FieldCoded<T>.self, from: CompactCoding.encode(FieldCoded(value))).value
    }

    /// Every optional set and every list filled, so a field left out of the coding shows.
    @Test func anArticleWithEveryFieldSetRoundTrips() throws {
        let article = Article(
            path: here.path, slug: "bai", title: "Tiêu đề", date: try date("2024-06-03"), summary: "Tóm tắt",
            pillar: Located("chinh-quyen-so", at: here), sectors: [Located("y-te", at: here)], locality: Located("ha-noi", at: here),
            tags: [Located("chuyển đổi số", at: here)], documents: [Located("749/QĐ-TTg", at: here)],
            cover: MediaReference(path: "anh.jpg", location: here), coverAlt: "Ảnh", author: "Tác giả",
            source: Article.Source(name: "Báo", url: "https://example.vn"),
            publication: Publication(draft: true, publishAt: try date("2024-07-01")), updated: try date("2024-06-04"),
            aliases: [Located("/cu/", at: here)], body: MarkdownBody(text: "Nội dung", firstLine: 20))
        #expect(try roundTrip(article) == article)
        // Article.write(to:) and init(from:) list these fields; add a new one there too.
        #expect(Mirror(reflecting: article).children.count == 18)
    }

    @Test func aStoryWithEveryFieldSetRoundTrips() throws {
        let story = Story(
            path: here.path, slug: "cau-chuyen", title: "Câu chuyện", date: try date("2024-06-03"), summary: "Tóm tắt",
            locality: Located("ha-noi", at: here), unit: "UBND xã", pillar: Located("xa-hoi-so", at: here),
            sectors: [Located("giao-duc", at: here)], platform: "VNeID",
            metrics: [Metric(label: "Hồ sơ", value: 12.5, unit: "%", before: 3, asOf: try date("2024-05-01"))],
            documents: [Located("06/QĐ-TTg", at: here)], cover: MediaReference(path: "anh.jpg", location: here),
            coverAlt: "Ảnh", publication: Publication(draft: false, publishAt: try date("2024-06-05")), aliases: [Located("/cu/", at: here)],
            body: MarkdownBody(text: "Nội dung", firstLine: 12))
        #expect(try roundTrip(story) == story)
        #expect(Mirror(reflecting: story).children.count == 17)
        #expect(Mirror(reflecting: story.metrics[0]).children.count == 5)
    }

    @Test func truncatedBytesAreAnErrorNotACrash() throws {
        let bytes = try CompactCoding.encode(FieldCoded(["một", "hai"]))
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) { try CompactCoding.decode(FieldCoded<[String]>.self, from: Array(bytes.prefix(length))) }
        }
    }
}

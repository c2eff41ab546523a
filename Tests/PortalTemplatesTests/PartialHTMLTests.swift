import Foundation
import Testing
@testable import PortalTemplates

/// Cards are rendered once per heading level and reused; the result is what the partial gives.
@Suite struct PartialHTMLTests {
    static func library(list: String) throws -> TemplateLibrary {
        var sources = Dictionary(uniqueKeysWithValues: TemplateName.allCases.map { ($0.rawValue, "") })
        sources["card"] = "<article>\n  <{{$h}}h3{{/h}}>{{title}}</{{$h}}h3{{/h}}>\n</article>\n"
        sources["list"] = list
        return try TemplateLibrary.load(sources, folder: "templates").get()
    }

    static func card(_ title: String, templates: TemplateLibrary, calls: Counter? = nil) -> CardView {
        let card = CardView()
        card.title = title
        card.html = PartialHTML(names: PartialHTML.cardLevels) { [unowned card] level in
            calls?.add()
            return templates.card(card, level: level)
        }
        return card
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    @Test func aCachedCardIsWhatThePartialRenders() throws {
        let partial = try Self.library(list: "{{#items}}{{<card}}{{$h}}h2{{/h}}{{/card}}{{/items}}")
        let cached = try Self.library(list: "{{#items}}{{{html.h2}}}\n{{/items}}")
        let titles = ["Bến Tre & <số hoá>", "Cà Mau"]
        let expected = try partial.render(["items": titles.map { Self.card($0, templates: partial) }], with: .list, page: "/")
        let actual = try cached.render(["items": titles.map { Self.card($0, templates: cached) }], with: .list, page: "/")
        #expect(actual == expected)
        #expect(actual.contains("<h2>Bến Tre &amp; &lt;số hoá&gt;</h2>"))
    }

    @Test func eachLevelIsRenderedOnce() throws {
        let templates = try Self.library(list: "{{#items}}{{{html.h2}}}|{{{html.h3}}}|{{{html.h2}}}|{{/items}}")
        let calls = Counter()
        let card = Self.card("Kon Tum", templates: templates, calls: calls)
        let once = try templates.render(["items": [card]], with: .list, page: "/")
        let twice = try templates.render(["items": [card, card]], with: .list, page: "/")
        #expect(calls.count == 2)
        let h2 = "<article>\n  <h2>Kon Tum</h2>\n</article>", h3 = "<article>\n  <h3>Kon Tum</h3>\n</article>"
        #expect(once == "\(h2)|\(h3)|\(h2)|")
        #expect(twice == once + once)
        // A level or partial the cache does not know would insert nothing: an error when loading.
        #expect(throws: (any Error).self) { try Self.library(list: "{{#items}}{{{html.h7}}}{{/items}}") }
        #expect(throws: (any Error).self) { try Self.library(list: "{{#items}}{{{html.hero}}}{{/items}}") }
    }

    /// A document's list item, rendered once, is what the partial gives in place.
    @Test func aCachedDocumentItemIsWhatThePartialRenders() throws {
        var sources = Dictionary(uniqueKeysWithValues: TemplateName.allCases.map { ($0.rawValue, "") })
        sources["document-item"] = "<li>{{symbol}} – {{title}}</li>\n"
        sources["list"] = "<ul>\n{{#items}}\n{{> document-item}}\n{{/items}}\n</ul>\n"
        let partial = try TemplateLibrary.load(sources, folder: "templates").get()
        sources["list"] = "<ul>\n{{#items}}\n{{{html.document-item}}}\n{{/items}}\n</ul>\n"
        let cached = try TemplateLibrary.load(sources, folder: "templates").get()
        func row(_ symbol: String, _ templates: TemplateLibrary) -> DocumentRowView {
            let row = DocumentRowView()
            row.symbol = symbol
            row.title = "Kế hoạch <số>"
            row.html = PartialHTML(names: PartialHTML.documentPartials) { [unowned row] name in templates.document(row, partial: name) }
            return row
        }
        let expected = try partial.render(["items": ["96/KH-UBND", "749/QĐ-TTg"].map { row($0, partial) }], with: .list, page: "/")
        let actual = try cached.render(["items": ["96/KH-UBND", "749/QĐ-TTg"].map { row($0, cached) }], with: .list, page: "/")
        #expect(actual == expected)
        #expect(actual.contains("<li>96/KH-UBND – Kế hoạch &lt;số&gt;</li>\n<li>749/QĐ-TTg"))
    }
}

import Mustache
import Testing
@testable import PortalTemplates

/// The hand-listed `child(named:)` lookups must cover every stored property of each view model.
@Suite struct ViewModelLookupTests {
    static let link = LinkView(title: "Tin tức", url: "/tin-tuc/")
    static let site = SiteView(title: "T", description: "D", owner: "O", address: "A", phone: "P", email: "E",
                               homeURL: "/", stylesheetURL: "/s.css", scriptURL: "/s.js", iconURL: "/i.svg",
                               feedURL: "/feed.xml", menu: [MenuLinkView(title: "M", url: "/m/")], footerLinks: [link])
    static let meta = PageMeta(title: "T", documentTitle: "T", description: "D", canonicalURL: "https://x/", ogImage: "i",
                               breadcrumbs: [link], alternateFeedURL: "f", prevURL: "p", nextURL: "n")

    static var samples: [(String, any MustacheView)] {
        var article = ArticleView()
        article.updatedText = "u"; article.summary = "s"; article.author = "a"; article.source = link
        article.sourceName = "n"; article.cover = ImageView(); article.pillar = link; article.locality = link
        var story = StoryView()
        story.summary = "s"; story.locality = link; story.unit = "u"; story.platform = "p"; story.cover = ImageView(); story.pillar = link
        var metric = MetricView()
        metric.unit = "u"; metric.before = "b"; metric.asOf = "a"
        var document = DocumentView()
        document.issuerURL = "i"; document.signer = "s"; document.effectiveText = "e"; document.expiresText = "x"
        document.term = "t"; document.sourceURL = "u"
        var task = TaskView()
        task.lead = "l"; task.partners = "p"; task.timeline = "t"
        var card = CardView()
        card.place = "p"; card.cover = ImageView(); card.html = PartialHTML(names: []) { _ in "" }
        let row = DocumentRowView()
        row.html = PartialHTML(names: []) { _ in "" }
        var list = ListView()
        list.intro = "i"; list.pagination = PaginationView(); list.feedURL = "f"
        var pagination = PaginationView()
        pagination.prevURL = "p"; pagination.nextURL = "n"
        var home = HomeView()
        home.lead = card
        var term = TermLinkView()
        term.name = "Kinh tế số"
        var plain = PlainPageView()
        plain.summary = "s"
        var index = DocumentIndexView()
        index.intro = "i"
        return [
            ("PageView", PageView(site: site, page: meta, content: home)), ("SiteView", site), ("PageMeta", meta),
            ("MenuLinkView", MenuLinkView(title: "M", url: "/")), ("LinkView", link), ("CardView", card),
            ("ImageView", ImageView()), ("DocumentRowView", row), ("PaginationView", pagination),
            ("PageNumberView", PageNumberView()), ("TermLinkView", term), ("HomeView", home),
            ("ListView", list), ("TaxonomyView", TaxonomyView()), ("PlainPageView", plain), ("AliasView", AliasView()),
            ("ArticleView", article), ("StoryView", story), ("MetricView", metric), ("DocumentView", document),
            ("AttachmentView", AttachmentView()), ("TaskView", task), ("DocumentIndexView", index),
        ]
    }

    @Test(arguments: samples.map(\.0))
    func everyStoredPropertyIsReachable(_ name: String) throws {
        let model = try #require(Self.samples.first { $0.0 == name }?.1)
        for child in Mirror(reflecting: model).children {
            let label = try #require(child.label)
            let found = model.child(named: label)
            #expect(found != nil, "\(name).\(label) is not listed in child(named:)")
            #expect(Self.describe(found as Any) == Self.describe(child.value),
                    "\(name).\(label) returns another value than the property")
        }
        #expect(model.child(named: "khongCo") == nil)
        // swift-mustache asks for a representation first; the view is its own.
        #expect((model.representation as AnyObject?) === (model as AnyObject))
    }

    /// A value's description with any optional wrapping removed.
    static func describe(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return String(describing: value) }
        return mirror.children.first.map { describe($0.value) } ?? "nil"
    }

    @Test func rendersThroughTheTypedLookup() throws {
        let template = try MustacheTemplate(string: "{{site.title}}|{{#content.lead}}{{place}}{{/content.lead}}|{{page.canonicalURL}}")
        var home = HomeView()
        var card = CardView()
        card.place = "Thái Bình"
        home.lead = card
        #expect(template.render(PageView(site: Self.site, page: Self.meta, content: home)) == "T|Thái Bình|https://x/")
    }
}

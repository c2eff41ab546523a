import PortalModel
import PortalTemplates

/// Turns the index and rendered bodies into template view models. Every URL it hands out
/// carries the base path; absolute URLs (canonical, Open Graph) carry the origin too.
struct ViewBuilder: Sendable {
    let index: SiteIndex
    let bodies: RenderedBodies
    let site: SiteView
    /// Term names by taxonomy and id, so links are found in constant time.
    let termNames: [Taxonomy: [String: String]]
    /// Notes the items a page shows (one recorder per page; nil when nobody asks).
    var recorder: DependencyRecorder?
    /// Renders cards and document rows once each (`PartialHTML`).
    let templates: TemplateLibrary
    /// Each item's card and each document's row, built once for all the pages that show them.
    let cards = ViewShelf<ItemID, CardView>()
    let rows = ViewShelf<Int, DocumentRowView>()
    let sites = ViewShelf<String, SiteView>()

    /// The same builder, noting the items it reads into `recorder`.
    func recording(into recorder: DependencyRecorder) -> ViewBuilder {
        var copy = self
        copy.recorder = recorder
        return copy
    }

    func note(_ item: ItemID) {
        recorder?.note(index.path(of: item))
    }

    init(index: SiteIndex, bodies: RenderedBodies, templates: TemplateLibrary) {
        self.index = index
        self.bodies = bodies
        self.templates = templates
        termNames = index.taxonomies.mapValues { entries in
            Dictionary(entries.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }
        let config = index.config
        let base = config.baseURL
        site = SiteView(
            title: config.title, description: config.description, owner: config.owner, address: config.address,
            phone: config.phone, email: config.email, homeURL: base.path, stylesheetURL: base.path(URLScheme.asset("css/site.css")),
            scriptURL: base.path(URLScheme.asset("js/site.js")), iconURL: base.path(URLScheme.asset("img/favicon.svg")),
            feedURL: base.path(URLScheme.feed),
            menu: config.menu.map { MenuLinkView(title: $0.title, url: Self.siteURL($0.url, base: base)) },
            footerLinks: index.pages.map { LinkView(title: $0.title, url: base.path(URLScheme.page($0))) })
    }

    /// An address written in site.yml or front matter: a path in the portal (`/van-ban/`) gets
    /// the base path; a full address stays as written.
    static func siteURL(_ url: String, base: BaseURL) -> String {
        url.hasPrefix("/") && !url.hasPrefix("//") ? base.path(url) : url
    }

    /// A site-relative URL under the base path.
    func link(_ sitePath: String) -> String { index.config.baseURL.path(sitePath) }

    func absolute(_ sitePath: String) -> String { index.config.baseURL.absolute(sitePath) }

    /// Page metadata: title, canonical URL, description and breadcrumbs (home first).
    func meta(title: String, url: String, description: String?, crumbs: [(String, String)] = [],
              ogType: String = "website", image: MediaReference? = nil, pagination: PaginationView? = nil,
              feed: String? = nil) -> PageMeta {
        let trail = [LinkView(title: "Trang chủ", url: link(URLScheme.home))] + crumbs.map { LinkView(title: $0.0, url: link($0.1)) }
        return PageMeta(
            title: title, documentTitle: url == URLScheme.home ? index.config.title : "\(title) | \(index.config.title)",
            description: Self.clip(description ?? index.config.description ?? index.config.title),
            canonicalURL: absolute(url), ogType: ogType, ogImage: image.map { absolute(URLScheme.media($0.path)) },
            breadcrumbs: url == URLScheme.home ? [] : trail, alternateFeedURL: feed.map(link),
            prevURL: pagination?.prevURL, nextURL: pagination?.nextURL)
    }

    /// The site view with the menu entry for `section` marked current, and its header and footer
    /// rendered: once per section and build, not once per page.
    func site(section: String?) -> SiteView {
        let current = section.map(link)
        return sites.view(for: current ?? "") {
            let view = site.highlighting(current)
            templates.renderChrome(of: view)
            return view
        }
    }

    static func clip(_ text: String, limit: Int = 200) -> String {
        // Walks at most `limit` characters (`count` would walk them all).
        guard text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              end != text.endIndex else { return text }
        let cut = text[..<end]
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    func image(_ reference: MediaReference?, alt: String?) -> ImageView? {
        guard let reference, let alt else { return nil }
        let view = ImageView()
        view.url = link(URLScheme.media(reference.path))
        view.alt = alt
        return view
    }

    func termLink(_ taxonomy: Taxonomy, _ id: String?) -> LinkView? {
        guard let id, let name = termNames[taxonomy]?[id] else { return nil }
        return LinkView(title: name, url: link(URLScheme.term(taxonomy, id)))
    }

    func termName(_ taxonomy: Taxonomy, _ id: String) -> String {
        termNames[taxonomy]?[id] ?? id
    }
}

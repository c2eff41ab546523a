/// The root of every page's view model: the site-wide parts, the page's own metadata and content.
public final class PageView<Content: Sendable>: @unchecked Sendable {
    public let site: SiteView
    public let page: PageMeta
    public let content: Content

    public init(site: SiteView, page: PageMeta, content: Content) {
        self.site = site
        self.page = page
        self.content = content
    }
}

/// Site-wide values shared by every page (header, menu, footer).
public final class SiteView: @unchecked Sendable {
    public let title: String
    public let description: String?
    public let owner: String?
    public let address: String?
    public let phone: String?
    public let email: String?
    public let homeURL: String
    public let stylesheetURL: String
    public let scriptURL: String
    public let iconURL: String
    public let feedURL: String
    public let menu: [MenuLinkView]
    public let footerLinks: [LinkView]
    /// True on the home page (the menu's "Trang chủ" entry is the current one).
    public let homeCurrent: Bool
    /// The `header` and `footer` partials rendered for this site view: they show only `site`,
    /// so one rendering serves every page of a menu section (set by the view builder).
    public var headerHTML = ""
    public var footerHTML = ""
    /// The search page, which the header's search box sends its words to.
    public var searchURL: String { homeURL + "tim-kiem/" }

    public init(title: String, description: String?, owner: String?, address: String?, phone: String?, email: String?,
                homeURL: String, stylesheetURL: String, scriptURL: String, iconURL: String, feedURL: String,
                menu: [MenuLinkView], footerLinks: [LinkView], homeCurrent: Bool = false) {
        self.title = title
        self.description = description
        self.owner = owner
        self.address = address
        self.phone = phone
        self.email = email
        self.homeURL = homeURL
        self.stylesheetURL = stylesheetURL
        self.scriptURL = scriptURL
        self.iconURL = iconURL
        self.feedURL = feedURL
        self.menu = menu
        self.footerLinks = footerLinks
        self.homeCurrent = homeCurrent
    }

    /// The same site with the menu entry of `section` (a URL under the base path) marked current;
    /// the home URL marks the home entry.
    public func highlighting(_ section: String?) -> SiteView {
        SiteView(title: title, description: description, owner: owner, address: address, phone: phone, email: email,
                 homeURL: homeURL, stylesheetURL: stylesheetURL, scriptURL: scriptURL, iconURL: iconURL, feedURL: feedURL,
                 menu: menu.map { MenuLinkView(title: $0.title, url: $0.url, current: $0.url == section) },
                 footerLinks: footerLinks, homeCurrent: section == homeURL)
    }
}

/// A menu entry; `current` marks the section the page belongs to.
public final class MenuLinkView: @unchecked Sendable {
    public let title: String
    public let url: String
    public let current: Bool

    public init(title: String, url: String, current: Bool = false) {
        self.title = title
        self.url = url
        self.current = current
    }
}

/// A titled link.
public final class LinkView: @unchecked Sendable {
    public let title: String
    public let url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// Per-page metadata for `<head>`, Open Graph and breadcrumbs.
public final class PageMeta: @unchecked Sendable {
    public let title: String
    /// `<title>`: the page title and the site title.
    public let documentTitle: String
    public let description: String
    public let canonicalURL: String
    public let ogType: String
    public let ogImage: String?
    public let breadcrumbs: [LinkView]
    public let alternateFeedURL: String?
    public let prevURL: String?
    public let nextURL: String?

    public init(title: String, documentTitle: String, description: String, canonicalURL: String, ogType: String = "website",
                ogImage: String? = nil, breadcrumbs: [LinkView] = [], alternateFeedURL: String? = nil,
                prevURL: String? = nil, nextURL: String? = nil) {
        self.title = title
        self.documentTitle = documentTitle
        self.description = description
        self.canonicalURL = canonicalURL
        self.ogType = ogType
        self.ogImage = ogImage
        self.breadcrumbs = breadcrumbs
        self.alternateFeedURL = alternateFeedURL
        self.prevURL = prevURL
        self.nextURL = nextURL
    }
}

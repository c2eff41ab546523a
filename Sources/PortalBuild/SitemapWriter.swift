import PortalModel

/// `sitemap.xml` (an index of `sitemap-N.xml` files above 50,000 URLs) and `robots.txt`.
struct SitemapWriter {
    let index: SiteIndex
    let views: ViewBuilder
    static let limit = 50_000

    /// `urls`: the site-relative URLs of the HTML pages, with the date each was last changed.
    func files(for urls: [(url: String, lastModified: CalendarDate?)]) -> [(path: String, xml: String)] {
        let sorted = urls.sorted { $0.url < $1.url }
        guard sorted.count > Self.limit else { return [("sitemap.xml", urlset(sorted[...]))] }
        var files: [(String, String)] = []
        var parts: [String] = []
        var start = 0
        while start < sorted.count {
            let name = "sitemap-\(parts.count + 1).xml"
            files.append((name, urlset(sorted[start..<min(start + Self.limit, sorted.count)])))
            parts.append(name)
            start += Self.limit
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for name in parts { xml += "  <sitemap><loc>\(XMLText.escape(views.absolute("/" + name)))</loc></sitemap>\n" }
        files.append(("sitemap.xml", xml + "</sitemapindex>\n"))
        return files
    }

    private func urlset(_ urls: ArraySlice<(url: String, lastModified: CalendarDate?)>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in urls {
            xml += "  <url><loc>\(XMLText.escape(Self.asciiURL(views.absolute(entry.url))))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Sitemaps take URLs, not IRIs: a slug in another script (a tag `数字化`) is percent-encoded
    /// as UTF-8 bytes, the way browsers send it.
    static func asciiURL(_ url: String) -> String {
        URLText.percentEncoded(url) { $0 < 0x80 }
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(views.absolute("/sitemap.xml"))\n"
    }
}

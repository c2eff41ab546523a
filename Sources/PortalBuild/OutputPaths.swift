import PortalModel

/// Gives every item its URL and reports two sources (or an alias) that map to one output path.
enum OutputPaths {
    /// Top-level URL segments the portal itself uses; a page may not take them.
    static let reservedSegments = Set(["tin-tuc", "van-ban", "cau-chuyen-thanh-cong", "tim-kiem", "media", "assets", "trang"])
        .union(Taxonomy.allCases.map(\.pathSegment))

    static func assign(articles: [Article], documents: [Document], stories: [Story], pages: [Page], basePath: String,
                       diagnostics: inout [Diagnostic]) -> [String: String] {
        var owner: [String: String] = [:]
        var bySource: [String: String] = [:]
        func claim(_ url: String, by path: String, at location: SourceLocation, alias: String? = nil, slugExample: String = "",
                   isDocument: Bool = false) {
            if let other = owner[url] {
                if let alias {
                    // The same alias twice in one file is one redirect; an alias of the item's
                    // own address would replace its page with a redirect to itself.
                    if other != path {
                        diagnostics.append(Diagnostic(.error, .aliasCollision(alias: alias, url: url, otherPath: other), at: location))
                    } else if bySource[path] == url {
                        diagnostics.append(Diagnostic(.error, .aliasOfItself(alias: alias), at: location))
                    }
                } else {
                    diagnostics.append(Diagnostic(.error, .outputCollision(url: url, otherPath: other, slugExample: slugExample,
                                                                           isDocument: isDocument), at: location))
                }
            } else {
                owner[url] = path
            }
        }
        // Where an address comes from, and a slug that would give another: a document's address
        // comes from its number (reported there), with its term or issuer it differs.
        typealias Item = (path: String, url: String, aliases: [Located<String>], origin: SourceLocation?, slugExample: String)
        let items: [Item] =
            articles.map { ($0.path, URLScheme.article($0), $0.aliases, nil, $0.slug + "-2") }
            + documents.map { document in
                // Without a `slug` the address comes from the number, where the clash is reported.
                let byNumber = document.slug == Slug.make(document.symbol.text)
                return (document.path, URLScheme.document(document), document.aliases, byNumber ? document.symbolLocation : nil,
                        Slug.make(document.symbol.text) + "-" + Slug.make(document.term ?? document.issuer.value))
            }
            + stories.map { ($0.path, URLScheme.story($0), $0.aliases, nil, $0.slug + "-2") }
            + pages.map { ($0.path, URLScheme.page($0), $0.aliases, nil, $0.slug + "-2") }
        let inPathOrder = items.sorted { $0.path < $1.path }
        for item in inPathOrder {
            let location = item.origin ?? SourceLocation(path: item.path)
            let segment = item.url.split(separator: "/").first.map(String.init) ?? ""
            if item.url.split(separator: "/").count == 1, reservedSegments.contains(segment) {
                diagnostics.append(Diagnostic(.error, .reservedAddress(url: item.url), at: location))
            }
            claim(item.url, by: item.path, at: location, slugExample: item.slugExample, isDocument: item.origin != nil)
            bySource[item.path] = item.url
        }
        for item in inPathOrder {
            for alias in item.aliases {
                guard let url = normalizeAlias(alias.value, basePath: basePath) else {
                    diagnostics.append(Diagnostic(.error, .invalidAlias(alias: alias.value), at: alias.location))
                    continue
                }
                if let longest = url.split(separator: "/").map(\.utf8.count).max(), longest > Slug.maximumLength {
                    diagnostics.append(Diagnostic(.error, .addressPartTooLong(key: "aliases", length: longest, maximum: Slug.maximumLength),
                                                  at: alias.location))
                    continue
                }
                claim(url, by: item.path, at: alias.location, alias: alias.value)
            }
        }
        return bySource
    }

    /// `/tin-tuc/cu/` or `tin-tuc/cu` → `/tin-tuc/cu/`; an old page's file name stays a file
    /// (`/cu/trang.html`, `.aspx`, `.php`: the redirect is written under that name); the base path
    /// of an address copied from the browser is dropped; nil for paths that could leave the site.
    static func normalizeAlias(_ raw: String, basePath: String) -> String? {
        var parts = raw.split(separator: "/").map(String.init)
        guard !parts.isEmpty, !raw.contains("://"), !raw.contains("\\"),
              parts.allSatisfy({ $0 != "." && $0 != ".." && !$0.hasPrefix(".") && !$0.contains("?") && !$0.contains("#") })
        else { return nil }
        let base = basePath.split(separator: "/").map(String.init)
        if !base.isEmpty, parts.count > base.count, Array(parts.prefix(base.count)) == base { parts.removeFirst(base.count) }
        let fileName = parts.last.map { last in
            last.contains(".") && pageExtensions.contains(String(last.split(separator: ".").last ?? "").lowercased())
        } ?? false
        return "/" + parts.joined(separator: "/") + (fileName ? "" : "/")
    }

    /// Extensions of the pages of older portals that an alias may keep.
    static let pageExtensions: Set<String> = ["html", "htm", "shtml", "asp", "aspx", "php", "jsp"]
}

extension SiteIndex {
    /// An alias may not take the address of a page or file the portal makes itself (a list, a
    /// term page, a feed, the open data, media and assets): its redirect would replace it.
    /// (Item pages are checked with the URLs, in `OutputPaths`.)
    func aliasCollisions(_ plans: [PagePlan]) -> [Diagnostic] {
        let generated = Set(pageAddresses(plans.filter { $0.item == nil }).map { URLScheme.outputFile(for: $0.url) }
            + ["404.html", "sitemap.xml", "robots.txt"]
            + [URLScheme.feed, URLScheme.newsFeed, URLScheme.documentsFeed, URLScheme.documentsJSON, URLScheme.documentsCSV]
                .map { URLScheme.outputFile(for: $0) })
        return plans.compactMap { plan in
            guard case .alias(let from, _, _, let source) = plan else { return nil }
            let file = URLScheme.outputFile(for: from)
            let folders = file.split(separator: "/").dropLast().map(String.init)
            let prefixes = folders.indices.map { folders[...$0].joined(separator: "/") }
            guard generated.contains(file) || prefixes.contains(where: { generated.contains($0) || $0.hasSuffix(".xml") })
                    || ["media", "assets"].contains(folders.first ?? "") else { return nil }
            return Diagnostic(.error, .reservedAddress(url: from, alias: true), at: source)
        }
    }

    /// The address of every planned page (redirects left out), with its date for the sitemap.
    func pageAddresses(_ plans: [PagePlan]) -> [(url: String, lastModified: CalendarDate?)] {
        plans.compactMap { plan in
            switch plan {
            case .article(let i): (URLScheme.article(articles[i]), lastModified(of: .article(i)))
            case .story(let i): (URLScheme.story(stories[i]), stories[i].date)
            case .document(let i): (URLScheme.document(documents[i]), documents[i].issued)
            case .page(let i): (URLScheme.page(pages[i]), nil)
            case .home: (URLScheme.home, nil)
            case .documentIndex: (URLScheme.documents, nil)
            case .documentFacet(let entry): (entry.facet.url, nil)
            case .documentFacetFamily(let family): (family.url, nil)
            case .newsList(let n): (URLScheme.paginated(URLScheme.news, page: n), nil)
            case .storyList(let n): (URLScheme.paginated(URLScheme.stories, page: n), nil)
            case .taxonomy(let t): (URLScheme.taxonomy(t), nil)
            case .term(let t, let e, let n):
                taxonomies[t].map { (URLScheme.paginated(URLScheme.term(t, $0[e].id), page: n), nil) }
            case .notFound, .search, .alias: nil
            }
        }
    }
}

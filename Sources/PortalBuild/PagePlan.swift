import PortalModel

/// One output page to render, by what it shows. Planned first, rendered in parallel after.
enum PagePlan: Sendable, Hashable, Codable {
    case home
    case newsList(page: Int)
    case article(Int)
    case storyList(page: Int)
    case story(Int)
    case documentIndex
    case documentFacet(DocumentFacets.Entry)
    case documentFacetFamily(DocumentFacetFamily)
    case document(Int)
    case page(Int)
    case taxonomy(Taxonomy)
    case term(Taxonomy, entry: Int, page: Int)
    case notFound
    case search
    /// `source`: where the alias is written (its item's file, which the redirect depends on).
    case alias(from: String, to: String, title: String, source: SourceLocation)
}

/// Lists every page of the site: one per item, list pages with their pagination, taxonomy
/// pages, the 404 page and a redirect page per alias.
struct PagePlanner {
    let index: SiteIndex

    func plan() -> [PagePlan] {
        let size = index.config.pageSize
        let pages = { (count: Int) in max(1, (count + size - 1) / size) }
        var plans: [PagePlan] = [.home, .documentIndex, .notFound, .search]
        plans += (1...pages(index.articles.count)).map { PagePlan.newsList(page: $0) }
        plans += (1...pages(index.stories.count)).map { PagePlan.storyList(page: $0) }
        plans += index.articles.indices.map(PagePlan.article)
        plans += index.stories.indices.map(PagePlan.story)
        plans += index.documents.indices.map(PagePlan.document)
        plans += DocumentFacets(index: index).all.map(PagePlan.documentFacet)
        plans += DocumentFacetFamily.allCases.map(PagePlan.documentFacetFamily)
        plans += index.pages.indices.map(PagePlan.page)
        for taxonomy in Taxonomy.allCases {
            plans.append(.taxonomy(taxonomy))
            for (entry, term) in (index.taxonomies[taxonomy] ?? []).enumerated() {
                plans += (1...pages(term.items.count)).map { PagePlan.term(taxonomy, entry: entry, page: $0) }
            }
        }
        plans += aliases()
        return plans
    }

    private func aliases() -> [PagePlan] {
        var plans: [PagePlan] = []
        // Each alias is located in its item's file: the redirect page depends on that file.
        func add(_ aliases: [Located<String>], _ url: String, _ title: String) {
            for alias in aliases {
                if let from = OutputPaths.normalizeAlias(alias.value, basePath: index.config.baseURL.path) {
                    plans.append(.alias(from: from, to: url, title: title, source: alias.location))
                }
            }
        }
        // Few items have aliases: the others are not copied out of their arrays (10,000 articles).
        for i in index.articles.indices where !index.articles[i].aliases.isEmpty {
            add(index.articles[i].aliases, URLScheme.article(index.articles[i]), index.articles[i].title)
        }
        for i in index.documents.indices where !index.documents[i].aliases.isEmpty {
            add(index.documents[i].aliases, URLScheme.document(index.documents[i]), index.documents[i].title)
        }
        for i in index.stories.indices where !index.stories[i].aliases.isEmpty {
            add(index.stories[i].aliases, URLScheme.story(index.stories[i]), index.stories[i].title)
        }
        for i in index.pages.indices where !index.pages[i].aliases.isEmpty {
            add(index.pages[i].aliases, URLScheme.page(index.pages[i]), index.pages[i].title)
        }
        return plans
    }
}

import PortalModel
import PortalTemplates

extension ViewBuilder {
    func home() -> PageView<HomeView> {
        let view = HomeView()
        let news = index.articles.indices.prefix(7).map { card(.article($0)) }
        view.lead = news.first
        view.news = Array(news.dropFirst())
        view.stories = index.stories.indices.prefix(3).map { card(.story($0)) }
        view.documents = index.documents.indices.prefix(6).map(row)
        view.pillars = (index.taxonomies[.pillar] ?? []).map { termLink(.pillar, $0) }
        view.newsURL = link(URLScheme.news)
        view.storiesURL = link(URLScheme.stories)
        view.documentsURL = link(URLScheme.documents)
        let page = meta(title: index.config.title, url: URLScheme.home, description: index.config.description, feed: URLScheme.feed)
        return PageView(site: site(section: URLScheme.home), page: page, content: view)
    }

    /// Page `number` of a list of items, with pagination.
    func list(heading: String, intro: String? = nil, url: String, items: [ItemID], number: Int, section: String?,
              crumbs: [(String, String)] = [], feed: String? = nil, emptyText: String = "Chưa có nội dung.") -> PageView<ListView> {
        let size = index.config.pageSize
        let total = max(1, (items.count + size - 1) / size)
        let view = ListView()
        view.heading = heading
        view.intro = intro
        view.items = items.dropFirst((number - 1) * size).prefix(size).map(card)
        view.pagination = pagination(list: url, current: number, total: total)
        view.feedURL = feed.map(link)
        view.emptyText = emptyText
        let title = number > 1 ? "\(heading) – Trang \(number)" : heading
        let page = meta(title: title, url: URLScheme.paginated(url, page: number), description: intro ?? heading,
                        crumbs: crumbs, pagination: view.pagination, feed: feed)
        return PageView(site: site(section: section), page: page, content: view)
    }

    /// The number of pages a list of `count` items takes.
    func pageCount(_ count: Int) -> Int {
        max(1, (count + index.config.pageSize - 1) / index.config.pageSize)
    }

    func taxonomy(_ taxonomy: Taxonomy) -> PageView<TaxonomyView> {
        let view = TaxonomyView()
        view.heading = taxonomy.name
        view.terms = (index.taxonomies[taxonomy] ?? []).map { termLink(taxonomy, $0) }
        let page = meta(title: taxonomy.name, url: URLScheme.taxonomy(taxonomy), description: taxonomy.name)
        return PageView(site: site(section: nil), page: page, content: view)
    }

    func term(_ taxonomy: Taxonomy, _ entry: TermEntry, number: Int) -> PageView<ListView> {
        list(heading: entry.name, intro: "\(taxonomy.name): \(entry.name)", url: URLScheme.term(taxonomy, entry.id),
             items: entry.items, number: number, section: nil,
             crumbs: [(taxonomy.name, URLScheme.taxonomy(taxonomy))])
    }

    func termLink(_ taxonomy: Taxonomy, _ entry: TermEntry) -> TermLinkView {
        let view = TermLinkView()
        view.name = entry.name
        view.url = link(URLScheme.term(taxonomy, entry.id))
        view.count = entry.items.count
        return view
    }

    func notFound() -> PageView<PlainPageView> {
        let view = PlainPageView()
        view.title = "Không tìm thấy trang"
        view.summary = "Trang bạn tìm có thể đã được chuyển sang địa chỉ khác hoặc không còn tồn tại."
        let page = meta(title: view.title, url: "/404.html", description: view.summary)
        return PageView(site: site(section: nil), page: page, content: view)
    }

    func search() -> PageView<SearchView> {
        let view = SearchView()
        view.title = "Tìm kiếm"
        view.summary = "Tìm tin tức, văn bản, câu chuyện thành công và các trang của chuyên mục."
        view.indexURL = link(URLScheme.searchIndex)
        view.basePath = link(URLScheme.home)
        view.sections = index.config.menu.map { LinkView(title: $0.title, url: Self.siteURL($0.url, base: index.config.baseURL)) }
        let page = meta(title: view.title, url: URLScheme.search, description: view.summary)
        return PageView(site: site(section: nil), page: page, content: view)
    }

    func alias(to target: String, title: String) -> AliasView {
        let view = AliasView()
        view.targetURL = link(target)
        view.canonicalURL = absolute(target)
        view.title = title
        return view
    }
}

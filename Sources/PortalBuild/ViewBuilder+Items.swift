import PortalModel
import PortalTemplates

extension ViewBuilder {
    func article(_ i: Int) -> PageView<ArticleView> {
        note(.article(i))
        let article = index.articles[i]
        let view = ArticleView()
        view.title = article.title
        view.dateText = VietnameseFormat.weekdayDate(article.date)
        view.isoDate = article.date.iso
        view.updatedText = article.updated.map(VietnameseFormat.shortDate)
        view.summary = article.summary
        view.author = article.author
        if let source = article.source {
            view.source = source.url.map { LinkView(title: source.name, url: Self.siteURL($0, base: index.config.baseURL)) }
            view.sourceName = source.url == nil ? source.name : nil
        }
        view.cover = image(article.cover, alt: article.coverAlt)
        view.bodyHTML = bodies.articles[i].html
        view.pillar = termLink(.pillar, article.pillar?.value)
        view.sectors = Self.once(article.sectors.map(\.value)).compactMap { termLink(.sector, $0) }
        view.locality = termLink(.locality, article.locality?.value)
        view.tags = Self.once(article.tags.map { Slug.make($0.value) }).compactMap { termLink(.tag, $0) }
        view.documents = index.graph.articleDocuments[i].map(row)
        view.related = relatedArticles(i).map { card(.article($0)) }
        let url = URLScheme.article(article)
        let page = meta(title: article.title, url: url, description: article.summary ?? bodies.articles[i].excerpt,
                        crumbs: [("Tin tức", URLScheme.news)], ogType: "article", image: article.cover)
        return PageView(site: site(section: URLScheme.news), page: page, content: view)
    }

    /// Up to three newer-or-nearby articles sharing the pillar.
    private func relatedArticles(_ i: Int) -> [Int] {
        guard let pillar = index.articles[i].pillar?.value else { return [] }
        return index.articles.indices.lazy.filter { $0 != i && index.articles[$0].pillar?.value == pillar }.prefix(3).map { $0 }
    }

    func story(_ i: Int) -> PageView<StoryView> {
        note(.story(i))
        let story = index.stories[i]
        let view = StoryView()
        view.title = story.title
        view.dateText = VietnameseFormat.weekdayDate(story.date)
        view.isoDate = story.date.iso
        view.summary = story.summary
        view.locality = termLink(.locality, story.locality.value)
        view.unit = story.unit
        view.platform = story.platform
        view.metrics = story.metrics.map { metric in
            let item = MetricView()
            item.label = metric.label
            item.value = VietnameseFormat.number(metric.value)
            item.unit = metric.unit.flatMap { $0.isEmpty ? nil : $0 }
            item.before = metric.before.map(VietnameseFormat.number)
            item.asOf = metric.asOf.map(VietnameseFormat.shortDate)
            return item
        }
        view.cover = image(story.cover, alt: story.coverAlt)
        view.bodyHTML = bodies.stories[i].html
        view.pillar = termLink(.pillar, story.pillar?.value)
        view.sectors = story.sectors.compactMap { termLink(.sector, $0.value) }
        view.documents = index.graph.storyDocuments[i].map(row)
        let page = meta(title: story.title, url: URLScheme.story(story), description: story.summary ?? bodies.stories[i].excerpt,
                        crumbs: [("Câu chuyện thành công", URLScheme.stories)], ogType: "article", image: story.cover)
        return PageView(site: site(section: URLScheme.stories), page: page, content: view)
    }

    func page(_ i: Int) -> PageView<PlainPageView> {
        note(.page(i))
        let source = index.pages[i]
        let view = PlainPageView()
        view.title = source.title
        view.summary = source.summary
        view.bodyHTML = bodies.pages[i].html
        view.toc = bodies.pages[i].headings.filter { $0.level == 2 }.map { LinkView(title: $0.text, url: "#\($0.id)") }
        if view.toc.count < 3 { view.toc = [] }
        let url = URLScheme.page(source)
        let page = meta(title: source.title, url: url, description: source.summary ?? bodies.pages[i].excerpt)
        return PageView(site: site(section: url), page: page, content: view)
    }

    /// Each id once, in the order given (`VNeID` and `vneid` are one tag).
    static func once(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}

import PortalModel

/// Atom feeds: everything (`/feed.xml`), news and documents. Dates come from content only.
struct FeedWriter {
    let index: SiteIndex
    let views: ViewBuilder
    static let entryLimit = 20

    func feeds() -> [(path: String, xml: String)] {
        let articles = index.articles.indices.prefix(Self.entryLimit).map(ItemID.article)
        let documents = index.documents.indices.prefix(Self.entryLimit).map(ItemID.document)
        let stories = index.stories.indices.prefix(Self.entryLimit).map(ItemID.story)
        let everything = (articles + documents + stories)
            .sorted { index.date(of: $0) > index.date(of: $1) }
            .prefix(Self.entryLimit)
        return [
            (URLScheme.outputFile(for: URLScheme.feed), feed(URLScheme.feed, page: URLScheme.home, title: index.config.title, items: Array(everything))),
            (URLScheme.outputFile(for: URLScheme.newsFeed), feed(URLScheme.newsFeed, page: URLScheme.news, title: "Tin tức – \(index.config.title)", items: articles)),
            (URLScheme.outputFile(for: URLScheme.documentsFeed), feed(URLScheme.documentsFeed, page: URLScheme.documents, title: "Văn bản – \(index.config.title)", items: documents)),
        ]
    }

    /// The feed at `url`, of the list at `page` (its `alternate` link).
    private func feed(_ url: String, page: String, title: String, items: [ItemID]) -> String {
        let updated = items.map(index.lastModified(of:)).max() ?? index.asOf
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
          <title>\(XMLText.escape(title))</title>
          <id>\(XMLText.escape(views.absolute(url)))</id>
          <link rel="self" type="application/atom+xml" href="\(XMLText.escape(views.absolute(url)))"/>
          <link rel="alternate" type="text/html" href="\(XMLText.escape(views.absolute(page)))"/>
          <updated>\(timestamp(updated))</updated>
          <author><name>\(XMLText.escape(index.config.owner ?? index.config.title))</name></author>

        """
        for item in items {
            let card = views.card(item)
            let link = views.absolute(index.url(of: item))
            xml += """
              <entry>
                <title>\(XMLText.escape(card.title))</title>
                <id>\(XMLText.escape(link))</id>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(link))"/>
                <published>\(timestamp(index.date(of: item)))</published>
                <updated>\(timestamp(index.lastModified(of: item)))</updated>
                <category term="\(XMLText.escape(card.kind))"/>
                <summary>\(XMLText.escape(card.summary))</summary>
              </entry>

            """
        }
        return xml + "</feed>\n"
    }

    /// Midnight in Vietnam: `2020-06-03T00:00:00+07:00`.
    private func timestamp(_ date: CalendarDate) -> String { "\(date.iso)T00:00:00+07:00" }
}

import PortalModel
import PortalSource

/// Everything about an item that decides where it appears: its URL, its place in lists and
/// taxonomies, the documents it cites in front matter. When an edit leaves every item's shape
/// as it was, only the pages that show the item need rendering again.
enum ItemShape: Hashable {
    case article(path: String, slug: String, date: CalendarDate, updated: CalendarDate?, pillar: String?, sectors: [String],
                 locality: String?, tags: [String], documents: [String], aliases: [String], publication: Publication)
    case document(path: String, symbol: String, type: String, issuer: String, issued: CalendarDate, title: String,
                  effective: CalendarDate?, expires: CalendarDate?, status: DocumentStatus?, term: String?,
                  relations: [[String]], pillars: [String], sectors: [String], attachments: [String], aliases: [String])
    case story(path: String, slug: String, date: CalendarDate, locality: String, pillar: String?, sectors: [String],
               documents: [String], aliases: [String], publication: Publication)

    /// Nil for plain pages: their titles are in every page's footer, so any change renders all.
    init?(_ item: ContentItem) {
        switch item {
        case .article(let a):
            self = .article(path: a.path, slug: a.slug, date: a.date, updated: a.updated, pillar: a.pillar?.value,
                            sectors: a.sectors.map(\.value), locality: a.locality?.value, tags: a.tags.map(\.value),
                            documents: a.documents.map(\.value), aliases: a.aliases.map(\.value), publication: a.publication)
        case .document(let d):
            let relations = [d.relations.basedOn, d.relations.replaces, d.relations.amends, d.relations.guides].map { $0.map(\.value) }
            self = .document(path: d.path, symbol: d.symbol.text, type: d.type, issuer: d.issuer.value, issued: d.issued,
                             title: d.title, effective: d.effective, expires: d.expires, status: d.status, term: d.term,
                             relations: relations, pillars: d.pillars.map(\.value), sectors: d.sectors.map(\.value),
                             attachments: d.attachments.map(\.file.path), aliases: d.aliases.map(\.value))
        case .story(let s):
            self = .story(path: s.path, slug: s.slug, date: s.date, locality: s.locality.value, pillar: s.pillar?.value,
                          sectors: s.sectors.map(\.value), documents: s.documents.map(\.value), aliases: s.aliases.map(\.value),
                          publication: s.publication)
        case .page:
            return nil
        }
    }
}

extension SiteContent {
    /// The parsed item of a content file, if any.
    func item(at path: String) -> ContentItem? {
        if let article = articles.first(where: { $0.path == path }) { return .article(article) }
        if let document = documents.first(where: { $0.path == path }) { return .document(document) }
        if let story = stories.first(where: { $0.path == path }) { return .story(story) }
        if let page = pages.first(where: { $0.path == path }) { return .page(page) }
        return nil
    }

    /// Replaces one item (matched by path) in place: no copy of the other thousands.
    mutating func replace(_ item: ContentItem) {
        switch item {
        case .article(let a): if let i = articles.firstIndex(where: { $0.path == a.path }) { articles[i] = a }
        case .document(let d): if let i = documents.firstIndex(where: { $0.path == d.path }) { documents[i] = d }
        case .story(let s): if let i = stories.firstIndex(where: { $0.path == s.path }) { stories[i] = s }
        case .page(let p): if let i = pages.firstIndex(where: { $0.path == p.path }) { pages[i] = p }
        }
    }
}

extension SiteIndex {
    /// Puts an edited item (same shape) where the old one was, in place; returns where, or nil
    /// (and changes nothing) when it is not indexed.
    mutating func replace(_ item: ContentItem) -> ItemID? {
        switch item {
        case .article(let a):
            guard let i = articles.firstIndex(where: { $0.path == a.path }) else { return nil }
            articles[i] = a
            return .article(i)
        case .document(let d):
            guard let i = documents.firstIndex(where: { $0.path == d.path }) else { return nil }
            documents[i] = d
            return .document(i)
        case .story(let s):
            guard let i = stories.firstIndex(where: { $0.path == s.path }) else { return nil }
            stories[i] = s
            return .story(i)
        case .page:
            return nil
        }
    }
}

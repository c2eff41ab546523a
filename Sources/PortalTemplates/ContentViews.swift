// View models of page content. Every property is stored; templates read them by name.
// Each has an empty `init()` and is filled in by the build's view builders.
//
// View models are final classes, not structs: swift-mustache reaches every value through `Any`
// casts, which copy a struct field by field but pass a class instance by one retain. They are
// `@unchecked Sendable` because each is filled in by one view builder and only read afterwards.

/// An item in a list: article, story or document card.
public final class CardView: @unchecked Sendable {
    public var title = ""
    public var url = ""
    public var kind = ""
    public var dateText = ""
    public var isoDate = ""
    public var summary = ""
    public var place: String?
    public var cover: ImageView?
    /// The card rendered by `card.mustache`, once per heading level (set by the view builder).
    public var html: PartialHTML?
    public init() {}
}

/// An image with its required alternative text.
public final class ImageView: @unchecked Sendable {
    public var url = ""
    public var alt = ""
    public init() {}
}

/// A row of a document table. `typeID`, `issuerID`, `year` and `searchText` (folded: no marks,
/// `đ`→`d`) feed the index's filter box.
public final class DocumentRowView: @unchecked Sendable {
    /// False for a related document the portal does not publish: `symbol` is then the citation
    /// as written (with its date, if given) and there is no page, date or status.
    public var indexed = true
    public var symbol = ""
    public var url = ""
    public var type = ""
    public var typeID = ""
    public var issuedText = ""
    public var isoDate = ""
    public var year = 0
    public var title = ""
    public var issuerID = ""
    public var issuerName = ""
    public var statusName = ""
    public var statusClass = ""
    public var downloads: [AttachmentView] = []
    public var searchText = ""
    /// `{{{html.document-item}}}` and the other document partials, rendered once per build.
    public var html: PartialHTML?
    public init() {}
}

/// Documents of one level of issuers (Trung ương, Đảng, Tỉnh, …) in the index of directives.
public final class DocumentGroupView: @unchecked Sendable {
    public var id = ""
    public var name = ""
    public var rows: [DocumentRowView] = []
    public var count = 0
    public init() {}
}

/// One level of the chain from a document up to the national programme it rests on.
public final class ChainLevelView: @unchecked Sendable {
    public var documents: [DocumentRowView] = []
    public var isCurrent = false
    public init() {}
}

/// Page numbers under a paginated list.
public final class PaginationView: @unchecked Sendable {
    public var current = 1
    public var total = 1
    public var prevURL: String?
    public var nextURL: String?
    public var pages: [PageNumberView] = []
    public init() {}
}

/// One page number link.
public final class PageNumberView: @unchecked Sendable {
    public var number = 1
    public var url = ""
    public var current = false
    public init() {}
}

/// A term link with the number of items under it.
public final class TermLinkView: @unchecked Sendable {
    public var id = ""
    public var name = ""
    public var url = ""
    public var count = 0
    /// The page showing it is this term's or facet's own.
    public var current = false
    public init() {}
}

/// The home page: latest news, featured stories, newest documents, the pillars.
public final class HomeView: @unchecked Sendable {
    public var lead: CardView?
    public var news: [CardView] = []
    public var stories: [CardView] = []
    public var documents: [DocumentRowView] = []
    public var pillars: [TermLinkView] = []
    public var newsURL = ""
    public var storiesURL = ""
    public var documentsURL = ""
    public init() {}
}

/// A paginated list of cards (news, stories, taxonomy terms).
public final class ListView: @unchecked Sendable {
    public var heading = ""
    public var intro: String?
    public var items: [CardView] = []
    public var pagination: PaginationView?
    public var feedURL: String?
    public var emptyText = "Chưa có nội dung."
    public init() {}
}

/// The list of terms of one taxonomy.
public final class TaxonomyView: @unchecked Sendable {
    public var heading = ""
    public var intro = "Chọn một mục để xem các tin bài, câu chuyện và văn bản liên quan."
    public var terms: [TermLinkView] = []
    public init() {}
}

/// A plain page.
public final class PlainPageView: @unchecked Sendable {
    public var title = ""
    public var summary: String?
    public var bodyHTML = ""
    public var toc: [LinkView] = []
    public init() {}
}

/// The search page: the form, and where the script finds the index (`/tim-kiem/index.json`) and
/// the base path its addresses are relative to.
public final class SearchView: @unchecked Sendable {
    public var title = ""
    public var summary: String?
    public var indexURL = ""
    public var basePath = ""
    /// Where to browse without the script: the menu's sections.
    public var sections: [LinkView] = []
    public init() {}
}

/// A redirect page left at an old URL.
public final class AliasView: @unchecked Sendable {
    public var targetURL = ""
    public var canonicalURL = ""
    public var title = ""
    public init() {}
}

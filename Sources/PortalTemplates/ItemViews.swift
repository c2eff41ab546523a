/// A news article.
public final class ArticleView: @unchecked Sendable {
    public var title = ""
    public var dateText = ""
    public var isoDate = ""
    public var updatedText: String?
    public var summary: String?
    public var author: String?
    public var source: LinkView?
    public var sourceName: String?
    public var cover: ImageView?
    public var bodyHTML = ""
    public var pillar: LinkView?
    public var sectors: [LinkView] = []
    public var locality: LinkView?
    public var tags: [LinkView] = []
    public var documents: [DocumentRowView] = []
    public var related: [CardView] = []
    public init() {}
}

/// A success story.
public final class StoryView: @unchecked Sendable {
    public var title = ""
    public var dateText = ""
    public var isoDate = ""
    public var summary: String?
    public var locality: LinkView?
    public var unit: String?
    public var platform: String?
    public var metrics: [MetricView] = []
    public var cover: ImageView?
    public var bodyHTML = ""
    public var pillar: LinkView?
    public var sectors: [LinkView] = []
    public var documents: [DocumentRowView] = []
    public init() {}
}

/// One figure of a story: `1.864 thủ tục`, optionally `trước: 1.200`, `tính đến 28/7/2021`.
public final class MetricView: @unchecked Sendable {
    public var label = ""
    public var value = ""
    public var unit: String?
    public var before: String?
    public var asOf: String?
    public init() {}
}

/// A directive document page.
public final class DocumentView: @unchecked Sendable {
    public var symbol = ""
    public var type = ""
    public var title = ""
    public var issuerName = ""
    public var issuerURL: String?
    public var signer: String?
    public var issuedText = ""
    public var issuedLong = ""
    public var isoDate = ""
    public var effectiveText: String?
    public var expiresText: String?
    public var term: String?
    public var statusName = ""
    public var statusClass = ""
    public var sourceURL: String?
    public var bodyHTML = ""
    public var attachments: [AttachmentView] = []
    public var tasks: [TaskView] = []
    public var basedOn: [DocumentRowView] = []
    public var basedOnBy: [DocumentRowView] = []
    public var replaces: [DocumentRowView] = []
    public var replacedBy: [DocumentRowView] = []
    public var amends: [DocumentRowView] = []
    public var amendedBy: [DocumentRowView] = []
    public var guides: [DocumentRowView] = []
    public var guidedBy: [DocumentRowView] = []
    public var citedBy: [CardView] = []
    /// From the national programme (first) down to this document (last); empty when it rests on nothing.
    public var chain: [ChainLevelView] = []
    public var pillars: [LinkView] = []
    public var sectors: [LinkView] = []
    /// schema.org `Legislation` as JSON, safe inside `<script type="application/ld+json">`.
    public var jsonLD = ""
    public init() {}
}

/// A downloadable attachment with its size.
public final class AttachmentView: @unchecked Sendable {
    public var title = ""
    public var url = ""
    public var sizeText = ""
    public var format = ""
    public init() {}
}

/// One row of a plan's task table.
public final class TaskView: @unchecked Sendable {
    public var number = 0
    public var content = ""
    public var lead: String?
    public var partners: String?
    public var timeline: String?
    public init() {}
}

/// The index of directives (`/van-ban/`) and its facet pages (by type, issuer, year).
public final class DocumentIndexView: @unchecked Sendable {
    public var heading = ""
    public var intro: String?
    /// Grouped by level of the issuer, in the order Trung ương, Đảng, Tỉnh, Sở ngành, Huyện, Xã.
    public var groups: [DocumentGroupView] = []
    public var count = 0
    public var isFacet = false
    /// The unfiltered index (`/van-ban/`), for a facet page's way back.
    public var indexURL = ""
    public var types: [TermLinkView] = []
    public var issuers: [TermLinkView] = []
    public var years: [TermLinkView] = []
    public var feedURL = ""
    public var jsonURL = ""
    public var csvURL = ""
    public init() {}
}

/// A plain page (`content/pages/<name>.md`): Giới thiệu, Cẩm nang, Hỏi đáp, Liên hệ.
public struct Page: Sendable, Hashable, Codable {
    public var path: String
    public var slug: String
    public var title: String
    public var menu: Int?
    public var summary: String?
    public var draft: Bool
    public var aliases: [Located<String>]
    public var body: MarkdownBody

    public init(path: String, slug: String, title: String, menu: Int? = nil, summary: String? = nil,
                draft: Bool = false, aliases: [Located<String>] = [], body: MarkdownBody) {
        self.path = path
        self.slug = slug
        self.title = title
        self.menu = menu
        self.summary = summary
        self.draft = draft
        self.aliases = aliases
        self.body = body
    }
}

/// Everything parsed from `content/`: the output of the parse stage.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var issuers: [Issuer]
    public var articles: [Article]
    public var documents: [Document]
    public var stories: [Story]
    public var pages: [Page]
    /// Paths of files under `content/media/`, relative to it, with their sizes in bytes.
    public var media: [String: Int]

    public init(config: SiteConfig, issuers: [Issuer] = [], articles: [Article] = [], documents: [Document] = [],
                stories: [Story] = [], pages: [Page] = [], media: [String: Int] = [:]) {
        self.config = config
        self.issuers = issuers
        self.articles = articles
        self.documents = documents
        self.stories = stories
        self.pages = pages
        self.media = media
    }
}

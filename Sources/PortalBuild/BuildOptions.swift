import PortalModel

/// What a build needs to know beyond the content.
public struct BuildOptions: Sendable {
    /// "Today": decides drafts with `publish_at` and document status. Nil: the newest content date.
    public var asOf: CalendarDate?
    public var includeDrafts: Bool
    /// Replaces site.yml's `base_url` (e.g. for a staging server).
    public var baseURL: BaseURL?
    /// Citations of documents that are not indexed are errors, not warnings.
    public var strict: Bool
    public var contentFolder: String
    public var templatesFolder: String

    public init(asOf: CalendarDate? = nil, includeDrafts: Bool = false, baseURL: BaseURL? = nil, strict: Bool = false,
                contentFolder: String = "content", templatesFolder: String = "templates") {
        self.asOf = asOf
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.strict = strict
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
    }
}

/// The named stages of a build, in execution order (for progress lines).
public enum BuildStage: String, Sendable, CaseIterable {
    case read, validate, index, markdown, templates, render, assets

    /// The Vietnamese label printed on progress lines.
    public var label: String {
        switch self {
        case .read: "đọc nội dung"
        case .validate: "kiểm tra"
        case .index: "lập chỉ mục"
        case .markdown: "dựng Markdown"
        case .templates: "nạp mẫu trang"
        case .render: "dựng trang"
        case .assets: "chép tệp tĩnh"
        }
    }
}

/// What a successful build produced.
public struct BuildReport: Sendable, Codable {
    public var filesWritten: Int
    public var pagesWritten: Int
    public var warnings: [Diagnostic]
    public var asOf: CalendarDate
    /// The path the site lives under (`/chuyen-doi-so/`).
    public var basePath: String
}

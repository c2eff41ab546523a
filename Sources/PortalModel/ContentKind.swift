/// The four kinds of content files, by folder.
public enum ContentKind: String, Sendable, Hashable, CaseIterable {
    case article, document, story, page

    /// The folder under `content/` that holds this kind.
    public var folder: String {
        switch self {
        case .article: "articles"
        case .document: "documents"
        case .story: "stories"
        case .page: "pages"
        }
    }
}

/// The Markdown body of a content file and where it starts in the file.
public struct MarkdownBody: Sendable, Hashable, Codable {
    public var text: String
    /// The 1-based line of the file on which the body's first line sits.
    public var firstLine: Int

    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}

/// A media file named in front matter (`cover`, attachment `file`), relative to `content/media/`.
public struct MediaReference: Sendable, Hashable, Codable {
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}

/// The publication fields shared by articles and stories.
public struct Publication: Sendable, Hashable, Codable {
    public var draft: Bool
    public var publishAt: CalendarDate?
    /// Where the item's `date` is written: an item dated after the build date waits for it, as
    /// in Hugo and Jekyll, and is warned about there.
    public var dateLocation: SourceLocation?

    public init(draft: Bool = false, publishAt: CalendarDate? = nil, dateLocation: SourceLocation? = nil) {
        self.draft = draft
        self.publishAt = publishAt
        self.dateLocation = dateLocation
    }

    /// Two publications are the same settings wherever the date is written (a warm build
    /// compares items' shapes: a line added above `date:` changes no page).
    public static func == (lhs: Publication, rhs: Publication) -> Bool {
        lhs.draft == rhs.draft && lhs.publishAt == rhs.publishAt
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(draft)
        hasher.combine(publishAt)
    }

    /// True when the item, dated `date`, is visible on `today` (drafts and future items hidden).
    public func isPublished(date: CalendarDate, asOf today: CalendarDate) -> Bool {
        !draft && (publishAt.map { $0 <= today } ?? true) && date <= today
    }
}

/// The page templates of a theme, one per kind of page (`templates/<name>.mustache`).
public enum TemplateName: String, Sendable, CaseIterable, Codable {
    case home, list, article, story, document
    case documentIndex = "document-index"
    case taxonomy, page
    case notFound = "404"
    case search
    case alias
}

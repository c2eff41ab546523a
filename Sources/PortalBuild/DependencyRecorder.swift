import PortalModel

/// Collects the content files whose data a page shows while its view model is built, so that
/// the preview re-renders exactly the pages that show an edited item.
final class DependencyRecorder: @unchecked Sendable {
    private(set) var paths: Set<String> = []

    func note(_ path: String) { paths.insert(path) }
}

extension SiteIndex {
    /// The source file of an item.
    func path(of item: ItemID) -> String {
        switch item {
        case .article(let i): articles[i].path
        case .document(let i): documents[i].path
        case .story(let i): stories[i].path
        case .page(let i): pages[i].path
        }
    }
}

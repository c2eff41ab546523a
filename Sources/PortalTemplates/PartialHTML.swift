import Foundation
import Mustache

/// An item's HTML by partial, rendered the first time a page asks for it and reused for the
/// rest of the build (what Hugo calls `partialCached`): `{{{html.h2}}}` is a card with its title
/// at `h2`, `{{{html.document-item}}}` a document in a list.
///
/// An item looks the same on every page that lists it. A 10,000-article portal shows about
/// 120,000 cards on its lists and 25,000 documents in the boxes of related documents;
/// rendering each one every time was a third of all template work.
public final class PartialHTML: @unchecked Sendable {
    /// The levels a card title can take.
    public static let cardLevels = ["h2", "h3", "h4", "h5", "h6"]
    /// The partials that draw a document in a list or a table.
    public static let documentPartials = ["document-item", "document-row", "document-index-row"]

    private let names: Set<String>
    private let render: @Sendable (String) -> String
    private let lock = NSLock()
    private var byName: [String: String] = [:]

    /// `render` turns one of `names` into the item's HTML; it is called once per name.
    public init(names: [String], render: @escaping @Sendable (String) -> String) {
        self.names = Set(names)
        self.render = render
    }

    func html(_ name: String) -> String? {
        guard names.contains(name) else { return nil }
        if let done = lock.withLock({ byName[name] }) { return done }
        // Rendered outside the lock; two pages racing for the same item get the same text.
        let html = render(name)
        lock.withLock { byName[name] = html }
        return html
    }
}

extension PartialHTML: MustacheView {
    public func child(named name: String) -> Any? {
        html(name).map(Text.init)
    }
}

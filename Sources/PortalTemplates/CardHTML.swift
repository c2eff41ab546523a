import Foundation
import Mustache

/// A card's HTML, by the heading level of its title: `{{{html.h2}}}` in a list of cards.
///
/// A card looks the same on every list that shows it, so it is rendered by `card.mustache` the
/// first time a page asks for it at that level and reused for the rest of the build (what Hugo
/// calls `partialCached`). A 10,000-article portal shows about 120,000 cards on its lists;
/// rendering each one every time was a third of all template work.
public final class CardHTML: @unchecked Sendable {
    /// The levels a card title can take.
    public static let levels = ["h2", "h3", "h4", "h5", "h6"]

    private let render: @Sendable (String) -> String
    private let lock = NSLock()
    private var byLevel: [String: String] = [:]

    /// `render` turns a level (`h2` … `h6`) into the card's HTML; it is called once per level.
    public init(render: @escaping @Sendable (String) -> String) {
        self.render = render
    }

    func html(level: String) -> String? {
        guard Self.levels.contains(level) else { return nil }
        if let done = lock.withLock({ byLevel[level] }) { return done }
        // Rendered outside the lock; two pages racing for the same card get the same text.
        let html = render(level)
        lock.withLock { byLevel[level] = html }
        return html
    }
}

extension CardHTML: MustacheParent {
    public func child(named name: String) -> Any? {
        html(level: name).map(Text.init)
    }
}

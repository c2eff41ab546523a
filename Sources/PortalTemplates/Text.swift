import Mustache

/// A text value as templates see it. swift-mustache renders a `MustacheCustomRenderable` after
/// one conformance check, where a plain `String` goes through several more casts and
/// `String(describing:)`; every `{{name}}` of a view model hands out its text wrapped in this.
/// Transforms (`{{uppercased(type)}}`, `{{^empty(bodyHTML)}}`) work as on a `String`.
struct Text: MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    var renderText: String { string }
    var isNull: Bool { false }
    var description: String { string }

    func transform(_ name: String) -> Any? {
        string.transform(name)
    }
}

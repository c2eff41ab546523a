import CCmark
import PortalModel

/// Gives every heading a unique id (`muc-tieu`, `muc-tieu-1`, …) by wrapping it in a custom block.
enum HeadingIDs {
    /// Ids the theme itself uses on every page (the skip link's target).
    static let reserved = ["noi-dung"]

    static func assign(_ headings: [(node: OpaquePointer, level: Int, text: String)]) -> [Heading] {
        var used = Dictionary(uniqueKeysWithValues: reserved.map { ($0, 1) })
        var result: [Heading] = []
        for heading in headings {
            let base = Slug.make(heading.text).isEmpty ? "muc" : Slug.make(heading.text)
            var id = base
            // `muc-1` may be a heading's own text ("Mục 1"): the next free number, never a taken id.
            while let count = used[base], used[id] != nil {
                id = "\(base)-\(count)"
                used[base] = count + 1
            }
            used[base] = used[base] ?? 1
            used[id] = used[id] ?? 1
            replace(heading.node, level: heading.level, id: id)
            result.append(Heading(level: heading.level, id: id, text: heading.text))
        }
        return result
    }

    /// Swaps a heading for a custom block printing `<hN id="…">…</hN>` around the same inlines.
    private static func replace(_ heading: OpaquePointer, level: Int, id: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(block, "</h\(level)>")
        while let child = cmark_node_first_child(heading) {
            cmark_node_unlink(child)
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }
}

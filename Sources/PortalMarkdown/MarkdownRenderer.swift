import CCmark
import Foundation
import PortalModel

/// Renders Markdown bodies with libcmark: safe by default, unique heading ids, links resolved.
public struct MarkdownRenderer: Sendable {
    public let allowUnsafeHTML: Bool

    public init(allowUnsafeHTML: Bool = false) {
        self.allowUnsafeHTML = allowUnsafeHTML
    }

    /// Renders `body` of the file at `path`; `resolve` maps each link and image URL and `cite`
    /// each document citation found in the text (nil: citations are left as plain text).
    /// `headingLevelsDown`: how many levels lower than written headings are rendered (`##` as
    /// `<h3>` with 1, for a body placed under a section heading of its page; `<h6>` at most).
    public func render(_ body: MarkdownBody, path: String, resolve: (String) -> LinkTarget,
                       cite: ((Citation) -> CitationTarget)? = nil, headingLevelsDown: Int = 0) -> RenderedMarkdown {
        let parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        guard let document = body.text.withCString({ cmark_parse_document($0, body.text.utf8.count, parseOptions) }) else {
            return RenderedMarkdown(html: "", headings: [], excerpt: "", citedDocuments: [], links: [], diagnostics: [])
        }
        defer { cmark_node_free(document) }
        var walker = TreeWalker(body: body, path: path)
        walker.collect(document)
        var diagnostics: [Diagnostic] = []
        var links: [BodyLink] = []
        for link in walker.links {
            guard let url = cmark_node_get_url(link).map({ String(cString: $0) }), !url.isEmpty else { continue }
            if !allowUnsafeHTML, Self.isDangerous(url) {
                // cmark would write `href=""` or `src=""` (the page itself; invalid for an image):
                // the words of the link or the image's description stay, as plain text.
                diagnostics.append(Diagnostic(.warning, .unsafeLink(url: url), at: walker.location(of: link)))
                while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
                cmark_node_unlink(link)
                cmark_node_free(link)
                continue
            }
            switch resolve(url) {
            case .unchanged:
                if url.hasPrefix("#") || url.hasPrefix("?") { links.append(BodyLink(url: url, location: walker.location(of: link))) }
            case .resolved(let target):
                cmark_node_set_url(link, target)
                links.append(BodyLink(url: target, location: walker.location(of: link)))
            case .broken: diagnostics.append(Diagnostic(.error, .brokenLink(target: url), at: walker.location(of: link)))
            }
        }
        var cited: [Int] = []
        if let cite {
            let linked = CitationLinker(walker: walker, resolve: cite).link()
            cited = linked.cited
            diagnostics += linked.diagnostics
        }
        let headings = HeadingIDs.assign(walker.headings.map { ($0.node, min($0.level + headingLevelsDown, 6), $0.text) })
        let renderOptions = allowUnsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let html = cmark_render_html(document, renderOptions).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? ""
        return RenderedMarkdown(html: html, headings: headings, excerpt: walker.excerpt, citedDocuments: cited,
                                links: links, diagnostics: diagnostics)
    }

    /// The addresses cmark's safe mode blanks out: `javascript:`, `vbscript:` and `data:` other
    /// than a PNG, GIF, JPEG or WebP image (`file:` too; the link resolver reports it as broken).
    static func isDangerous(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") { return true }
        return lowered.hasPrefix("data:") && !["png", "gif", "jpeg", "webp"].contains { lowered.hasPrefix("data:image/\($0)") }
    }
}

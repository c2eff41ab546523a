import PortalBuild

/// What the preview adds to served HTML pages (never to `dxportal build` output): a script that
/// reloads on the `reload` event, and an overlay listing the diagnostics of a failed rebuild.
enum LiveReload {
    static let eventsPath = "/__dxportal/events"

    static let script = """
    <script>(function(){var s=new EventSource("\(eventsPath)");\
    s.addEventListener("reload",function(){location.reload();});})();</script>
    """

    /// The page with the script (and the overlay, if any) inserted before `</body>`.
    static func inject(into html: [UInt8], failure: [FailureLine]) -> [UInt8] {
        let addition = Array((overlay(failure) + script).utf8)
        guard let end = lastBodyClose(in: html) else { return html + addition }
        return Array(html[..<end]) + addition + Array(html[end...])
    }

    private static func lastBodyClose(in html: [UInt8]) -> Int? {
        let needle = Array("</body>".utf8)
        guard html.count >= needle.count else { return nil }
        var index = html.count - needle.count
        while index >= 0 {
            if html[index] == needle[0], Array(html[index..<index + needle.count]) == needle { return index }
            index -= 1
        }
        return nil
    }

    /// A fixed panel with every diagnostic; escaped, styled inline so no theme can hide it.
    static func overlay(_ failure: [FailureLine]) -> String {
        guard !failure.isEmpty else { return "" }
        let items = failure.map { line in
            "<li style=\"margin:0 0 .75em\"><code style=\"color:#ffd23f\">\(XMLText.escape(line.place))</code> "
                + "<strong>\(XMLText.escape(line.severity)):</strong> \(XMLText.escape(line.message))"
                + (line.hint.map { "<br><span style=\"color:#cfd6de\">gợi ý: \(XMLText.escape($0))</span>" } ?? "") + "</li>"
        }.joined()
        return """
        <div id="dxportal-loi" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
        background:rgba(20,22,26,.96);color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2em">\
        <h2 style="margin:0 0 1em;color:#ff8a80;font-size:1.4em">Dựng trang thất bại — đang hiển thị bản dựng tốt gần nhất</h2>\
        <ul style="list-style:none;margin:0;padding:0">\(items)</ul>\
        <p style="color:#cfd6de">Sửa tệp và lưu lại; trang sẽ tự tải lại.</p></div>
        """
    }

    /// The page served when there has never been a good build.
    static func failurePage(_ failure: [FailureLine]) -> [UInt8] {
        Array("<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>dxportal</title><body>\(overlay(failure))\(script)</body></html>".utf8)
    }
}

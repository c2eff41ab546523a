import Foundation
import PortalBuild
import PortalModel
import PortalPreview
import Testing

/// `dxportal serve` end to end on a fixture site: pages under the base path, live reload by
/// Server-Sent Events, the overlay after a failed rebuild, traversal refused, loopback only.
@Suite(.serialized) struct PreviewServerTests {
    static let article = "content/articles/2024/bai-mau.md"

    func withServer(_ body: (URL, UInt16) async throws -> Void) async throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        try FixtureSite.write("bí mật", to: root.appendingPathComponent("bi-mat.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("content/media/bi-mat.txt"),
                                                   withDestinationURL: root.appendingPathComponent("../\(root.lastPathComponent)-ngoai.txt"))
        try FixtureSite.write("ngoài", to: root.deletingLastPathComponent().appendingPathComponent("\(root.lastPathComponent)-ngoai.txt"))
        let server = try PreviewServer(root: root, port: 0, options: BuildOptions(asOf: try CalendarDate.parse("2025-01-01").get()), log: { _ in })
        let port = try await server.start()
        do {
            try await body(root, port)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func reloadsAfterAChangeShowsFailuresAndRecovers() async throws {
        try await withServer { root, port in
            let (status, page) = HTTPProbe.fetch("/chuyen-doi-so/tin-tuc/2024/bai-mau/", port: port)
            #expect(status == 200)
            #expect(page.contains("Bài mẫu"))
            #expect(page.contains("new EventSource(\"/__dxportal/events\")"))
            let events = try #require(HTTPProbe(port: port))
            events.send("GET", "/__dxportal/events")
            var stream = ""
            #expect(events.read(until: ": dxportal", accumulated: &stream))
            let file = root.appendingPathComponent(Self.article)
            let original = try String(contentsOf: file, encoding: .utf8)
            try original.replacingOccurrences(of: "title: \"Bài mẫu\"", with: "title: \"Bài đã sửa\"").write(to: file, atomically: true, encoding: .utf8)
            #expect(events.read(until: "event: reload", accumulated: &stream), "no reload event after a change")
            #expect(HTTPProbe.fetch("/chuyen-doi-so/tin-tuc/2024/bai-mau/", port: port).1.contains("Bài đã sửa"))

            stream = ""
            try original.replacingOccurrences(of: "date: 2024-05-02", with: "date: 2024-02-30").write(to: file, atomically: true, encoding: .utf8)
            #expect(events.read(until: "data: error", accumulated: &stream), "no reload event after a failed rebuild")
            let broken = HTTPProbe.fetch("/chuyen-doi-so/tin-tuc/2024/bai-mau/", port: port).1
            #expect(broken.contains("id=\"dxportal-loi\""))
            #expect(broken.contains("content/articles/2024/bai-mau.md:3:7"))
            #expect(broken.contains("Bài đã sửa"), "the last good page stays under the overlay")

            stream = ""
            try original.write(to: file, atomically: true, encoding: .utf8)
            #expect(events.read(until: "event: reload", accumulated: &stream))
            let fixed = HTTPProbe.fetch("/chuyen-doi-so/tin-tuc/2024/bai-mau/", port: port).1
            #expect(!fixed.contains("dxportal-loi"))
            #expect(fixed.contains("Bài mẫu"))
        }
    }

    /// A first build that fails still serves its diagnostics under the site's base path.
    @Test func aFirstBuildThatFailsIsShownUnderTheBasePath() async throws {
        let root = try FixtureSite.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent(Self.article)
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "date: 2024-05-02", with: "date: 2024-02-30").write(to: file, atomically: true, encoding: .utf8)
        let server = try PreviewServer(root: root, port: 0, options: BuildOptions(), log: { _ in })
        let port = try await server.start()
        let basePath = await server.basePath()
        let page = HTTPProbe.fetch("/chuyen-doi-so/", port: port).1
        await server.stop()
        #expect(basePath == "/chuyen-doi-so/")
        #expect(page.contains("content/articles/2024/bai-mau.md:3:7"))
    }

    /// A port already taken is said at once, in plain words (it was a 10-second wait, then an
    /// English time-out).
    @Test func aPortInUseIsReportedAtOnce() async throws {
        try await withServer { root, port in
            let second = try PreviewServer(root: root, port: port, options: BuildOptions(), log: { _ in })
            do {
                _ = try await second.start()
                await second.stop()
                Issue.record("a second server started on port \(port)")
            } catch let failure as PreviewServer.StartFailure {
                #expect(failure.isAddressProblem)
                #expect(failure.localizedDescription.contains("cổng \(port) đang được một chương trình khác dùng"))
            }
        }
    }

    @Test func refusesTraversalAndServesUnderTheBasePath() async throws {
        try await withServer { _, port in
            for path in ["/chuyen-doi-so/../bi-mat.txt", "/chuyen-doi-so/%2e%2e/bi-mat.txt", "/chuyen-doi-so/..%2fbi-mat.txt",
                         "/chuyen-doi-so/media/bi-mat.txt", "/bi-mat.txt", "/etc/passwd", "/chuyen-doi-so/khong-co/"] {
                let (status, text) = HTTPProbe.fetch(path, port: port)
                #expect(status == 404, "\(path) → \(status)")
                #expect(!text.contains("bí mật") && !text.contains("ngoài"), "\(path) leaked a file")
            }
            let root = HTTPProbe.fetch("/", port: port)
            #expect(root.0 == 302)
            #expect(root.1.contains("Location: /chuyen-doi-so/"))
            let css = HTTPProbe.fetch("/chuyen-doi-so/assets/css/site.css", port: port)
            #expect(css.0 == 404 || css.1.contains("Content-Type: text/css"))
            let head = HTTPProbe.fetch("/chuyen-doi-so/", method: "HEAD", port: port)
            #expect(head.0 == 200)
            #expect(head.1.contains("Content-Type: text/html; charset=utf-8"))
            #expect(head.1.hasSuffix("\r\n\r\n"), "HEAD must not send a body")
            let folder = HTTPProbe.fetch("/chuyen-doi-so/tin-tuc", port: port)
            #expect(folder.0 == 301)
        }
    }

    @Test func isNotReachableFromOtherAddressesByDefault() async throws {
        guard let external = HTTPProbe.externalAddress() else { return }
        try await withServer { _, port in
            #expect(HTTPProbe(host: "127.0.0.1", port: port) != nil)
            #expect(HTTPProbe(host: external, port: port, timeout: 2) == nil, "the preview answered on \(external)")
        }
    }
}

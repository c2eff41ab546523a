import Testing
@testable import PortalPreview

@Suite struct PreviewPathTests {
    @Test func servesOnlyUnderTheBasePath() {
        #expect(PreviewHandler.sitePath("/chuyen-doi-so/tin-tuc/", basePath: "/chuyen-doi-so/") == "tin-tuc/")
        #expect(PreviewHandler.sitePath("/chuyen-doi-so", basePath: "/chuyen-doi-so/") == "")
        #expect(PreviewHandler.sitePath("/tin-tuc/", basePath: "/chuyen-doi-so/") == nil)
        #expect(PreviewHandler.sitePath("/media/%E1%BA%A3nh.svg", basePath: "/") == "media/ảnh.svg")
    }

    @Test func refusesTraversalInEveryDisguise() {
        for raw in ["/chuyen-doi-so/../etc/passwd", "/chuyen-doi-so/%2e%2e/%2e%2e/etc/passwd", "/chuyen-doi-so/%2E%2E/x",
                    "/chuyen-doi-so/a/%2f..%2f..%2fetc", "/chuyen-doi-so/..%5c..%5cetc", "/chuyen-doi-so/a%00.html",
                    "/chuyen-doi-so/./index.html"] {
            #expect(PreviewHandler.sitePath(raw, basePath: "/chuyen-doi-so/") == nil, "\(raw)")
        }
    }

    @Test func findsIndexPagesOfFolders() {
        let files: [String: [UInt8]] = ["index.html": [1], "tin-tuc/index.html": [2], "feed.xml": [3]]
        #expect(PreviewHandler.lookup("", in: files)?.0 == "index.html")
        #expect(PreviewHandler.lookup("tin-tuc", in: files)?.0 == "tin-tuc/index.html")
        #expect(PreviewHandler.lookup("feed.xml", in: files)?.0 == "feed.xml")
        #expect(PreviewHandler.lookup("khong-co/", in: files) == nil)
    }

    @Test func injectsTheReloadScriptBeforeTheBodyEnds() {
        let page = Array("<html><body><p>x</p></body></html>".utf8)
        let served = String(decoding: LiveReload.inject(into: page, failure: []), as: UTF8.self)
        #expect(served.hasSuffix("</script></body></html>"))
        #expect(served.contains("new EventSource(\"/__dxportal/events\")"))
    }
}

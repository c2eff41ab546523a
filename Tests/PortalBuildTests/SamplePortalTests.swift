import Foundation
import PortalCLI
import Testing

/// Builds the shipped sample portal (content/ + templates/) end to end and checks named pages.
@Suite(.serialized) struct SamplePortalTests {
    static let output = FileManager.default.temporaryDirectory.appendingPathComponent("dxportal-sample-\(UUID().uuidString)")

    /// Builds the sample once per test process and returns its files.
    static let site: [String: Data] = {
        let code = CommandLineRunner.run(
            arguments: ["build", "--root", FixtureSite.repository.path, "--output", output.path, "--quiet", "--as-of", "2025-06-01"],
            environment: [:])
        guard code == 0 else { return [:] }
        return (try? FixtureSite.snapshot(output)) ?? [:]
    }()

    func page(_ path: String) throws -> String {
        let data = try #require(Self.site[path], "missing \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func buildsEveryKindOfPage() throws {
        for path in ["index.html", "tin-tuc/index.html", "van-ban/index.html", "cau-chuyen-thanh-cong/index.html",
                     "gioi-thieu/index.html", "cam-nang/index.html", "hoi-dap/index.html", "lien-he/index.html",
                     "tru-cot/chinh-quyen-so/index.html", "linh-vuc/y-te/index.html", "dia-phuong/thai-binh/index.html",
                     "feed.xml", "tin-tuc/feed.xml", "van-ban/feed.xml", "sitemap.xml", "robots.txt", "404.html",
                     "media/van-ban/96-kh-ubnd.pdf", "assets/css/site.css", "tim-kiem/index.html", "tim-kiem/index.json",
                     "assets/js/search.js"] {
            #expect(Self.site[path] != nil, "missing \(path)")
        }
    }

    /// Every page's header leads to the search page, which loads the index its script searches.
    @Test func theSearchPageAndItsIndex() throws {
        let search = try page("tim-kiem/index.html")
        #expect(search.contains("data-index=\"/chuyen-doi-so/tim-kiem/index.json\""))
        #expect(search.contains("<script src=\"/chuyen-doi-so/assets/js/search.js\" defer></script>"))
        #expect(try page("index.html").contains("<form class=\"header-search\" action=\"/chuyen-doi-so/tim-kiem/\" method=\"get\" role=\"search\">"))
        let index = try #require(Self.site["tim-kiem/index.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(index)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: String]])
        #expect(items.count == json["count"] as? Int)
        let plan = try #require(items.first { $0["u"] == "van-ban/2023/96-kh-ubnd/" })
        #expect(plan["t"] == "Kế hoạch 96/KH-UBND")
        #expect(plan["k"] == "d")
        #expect(plan["d"] == "17/7/2023")
        #expect(plan["i"] == "Ủy ban nhân dân tỉnh Thái Bình")
        #expect(Set(items.compactMap { $0["k"] }) == ["a", "d", "s", "p"])
    }

    @Test func thePlanPageShowsItsMetadataTasksAndBasis() throws {
        let html = try page("van-ban/2023/96-kh-ubnd/index.html")
        for text in ["96/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Thái Bình", "Trần Thị Bích Hằng",
                     "17/7/2023", "ngày 17 tháng 7 năm 2023", "Đài Phát thanh và Truyền hình Thái Bình", "Tỉnh đoàn",
                     "/chuyen-doi-so/van-ban/2020/749-qd-ttg/", "/chuyen-doi-so/van-ban/2021/02-nq-tu/",
                     "/chuyen-doi-so/media/van-ban/96-kh-ubnd.pdf"] {
            #expect(html.contains(text), "96/KH-UBND page lacks \(text)")
        }
        let taskRows = html.components(separatedBy: "<tr").count - 1
        #expect(taskRows >= 21, "expected the 20 tasks of the appendix, found \(taskRows - 1) rows")
    }

    @Test func aDocumentsHeadingsComeUnderItsContentSection() throws {
        let html = try page("van-ban/2021/02-nq-tu/index.html")
        #expect(html.contains("<h2 id=\"h_noi_dung_van_ban\" class=\"section-title\">Nội dung văn bản</h2>"))
        #expect(html.contains("<h3 id=\"quan-diem-va-muc-tieu\">\nQuan điểm và mục tiêu\n</h3>"))
        #expect(!html.contains("<h2 id=\"quan-diem"))
        #expect(try page("tin-tuc/2023/benh-vien-tuyen-tinh-mo-rong-thanh-toan-vien-phi-khong-dung-tien-mat/index.html").contains("<h2 id="))
    }

    @Test func theNationalProgrammeListsWhatIsBasedOnIt() throws {
        let html = try page("van-ban/2020/749-qd-ttg/index.html")
        for url in ["/chuyen-doi-so/van-ban/2023/96-kh-ubnd/", "/chuyen-doi-so/van-ban/2022/571-qd-ubnd/",
                    "/chuyen-doi-so/van-ban/2021/02-nq-tu/"] {
            #expect(html.contains(url), "749/QĐ-TTg page lacks \(url)")
        }
    }

    @Test func theDirectivesIndexGroupsByLevelNewestFirst() throws {
        let html = try page("van-ban/index.html")
        let order = ["id=\"cap_trung_uong\"", ">1726/QĐ-BTTTT<", ">749/QĐ-TTg<", "id=\"cap_dang\"", ">09-NQ/TU<", ">02-NQ/TU<",
                     "id=\"cap_tinh\"", ">96/KH-UBND<", ">571/QĐ-UBND<", ">2004/KH-UBND<", "id=\"cap_so_nganh\"", ">50/TTr-STTTT<"]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        for symbol in ["505/QĐ-TTg", "06/QĐ-TTg"] { #expect(html.contains(">\(symbol)<")) }
    }

    @Test func facetPagesAndOpenDataCoverTheSample() throws {
        #expect(try page("van-ban/loai/ke-hoach/index.html").contains(">96/KH-UBND<"))
        #expect(try page("van-ban/co-quan/thu-tuong/index.html").contains(">749/QĐ-TTg<"))
        #expect(try page("van-ban/nam/2023/index.html").contains(">50/TTr-STTTT<"))
        // The facet a page shows is marked in the facet lists without a script; no other is.
        let currentFacet = "aria-current=\"page\"><span class=\"facet-name\">"
        #expect(try page("van-ban/nam/2023/index.html").components(separatedBy: currentFacet).count == 2)
        #expect(try page("van-ban/nam/2023/index.html").contains("href=\"/chuyen-doi-so/van-ban/nam/2023/\" \(currentFacet)2023<"))
        #expect(try !page("van-ban/index.html").contains(currentFacet))
        #expect(try page("van-ban/loai/ke-hoach/index.html").contains("<p class=\"back-link\"><a href=\"/chuyen-doi-so/van-ban/\">Tất cả văn bản</a></p>"))
        let json = try #require(Self.site["van-ban/index.json"])
        let catalog = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((catalog["documents"] as? [Any])?.count == 10)
        let csv = try #require(Self.site["van-ban/index.csv"])
        #expect(String(decoding: csv, as: UTF8.self).split(separator: "\r\n").count == 11)
    }

    /// A facet page's address shortened by a reader (`/van-ban/loai/`) lists the facet's values.
    @Test func eachFacetHasAPageListingItsValues() throws {
        let types = try page("van-ban/loai/index.html")
        #expect(types.contains("<h1 class=\"page-title\">Văn bản theo loại</h1>"))
        let order = ["/chuyen-doi-so/van-ban/loai/ke-hoach/", "/chuyen-doi-so/van-ban/loai/nghi-quyet/",
                     "/chuyen-doi-so/van-ban/loai/quyet-dinh/", "/chuyen-doi-so/van-ban/loai/to-trinh/"]
        let positions = order.compactMap { types.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(types.contains("<span class=\"term-name\">Quyết định</span> <span class=\"term-count\">5 mục</span>"))
        #expect(try page("van-ban/co-quan/index.html").contains("href=\"/chuyen-doi-so/van-ban/co-quan/thu-tuong/\""))
        let years = try page("van-ban/nam/index.html")
        let newestFirst = ["/van-ban/nam/2023/", "/van-ban/nam/2022/", "/van-ban/nam/2021/"].compactMap { years.range(of: $0)?.lowerBound }
        #expect(newestFirst.count == 3 && newestFirst == newestFirst.sorted())
        #expect(try page("van-ban/nam/2023/index.html").contains("<li><a href=\"/chuyen-doi-so/van-ban/nam/\">Năm ban hành</a></li>"))
        let sitemap = String(decoding: try #require(Self.site["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.contains("/chuyen-doi-so/van-ban/co-quan/</loc>"))
    }

    @Test func everyPageIsVietnamese() throws {
        let pages = Self.site.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 50)
        for path in pages {
            #expect(try page(path).contains("<html lang=\"vi\""), "\(path) lacks lang=\"vi\"")
        }
    }

    @Test func everyInternalLinkResolves() throws {
        var broken: [String] = []
        for path in Self.site.keys.sorted() where path.hasSuffix(".html") {
            for link in InternalLinks.find(in: try page(path), basePath: "/chuyen-doi-so/") where !InternalLinks.exists(link, in: Self.site) {
                broken.append("\(path) → \(link)")
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(20))")
    }

    @Test func buildsAreByteIdenticalFromDifferentFolders() throws {
        let copies = try (1...2).map { number -> URL in
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("dxportal-copy-\(number)-\(UUID().uuidString)")
            for folder in ["content", "templates"] {
                try FixtureSite.copyTree(FixtureSite.repository.appendingPathComponent(folder), into: root.appendingPathComponent(folder))
            }
            return root
        }
        defer { copies.forEach { try? FileManager.default.removeItem(at: $0) } }
        let snapshots = try copies.map { root -> [String: Data] in
            let code = CommandLineRunner.run(arguments: ["build", "--root", root.path, "--quiet"], environment: ["SOURCE_DATE_EPOCH": "1748736000"])
            #expect(code == 0)
            return try FixtureSite.snapshot(root.appendingPathComponent("public"))
        }
        #expect(snapshots[0].count > 50)
        #expect(snapshots[0] == snapshots[1])
        #expect(snapshots[0] == Self.site)
    }
}

/// Finds `href` and `src` values under the base path and checks them against the output.
enum InternalLinks {
    static func find(in html: String, basePath: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let value = String(rest[..<end])
                if value.hasPrefix(basePath) { links.append(String(value.dropFirst(basePath.count))) }
                rest = rest[end...]
            }
        }
        return links
    }

    static func exists(_ link: String, in site: [String: Data]) -> Bool {
        let path = String(link.prefix { $0 != "#" && $0 != "?" }).removingPercentEncoding ?? link
        if path.isEmpty { return site["index.html"] != nil }
        return site[path] != nil || site[path.hasSuffix("/") ? path + "index.html" : path + "/index.html"] != nil
    }
}

import PortalModel

extension ContentScaffolder {
    /// The text of new files. Optional keys are commented out with an example value.
    enum Templates {
        static func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }

        static func article(title: String, date: CalendarDate, pillar: String?, config: SiteConfig) -> String {
            let pillars = config.pillars.map(\.id).joined(separator: ", ")
            return """
            ---
            title: \(quoted(title))
            date: \(VietnameseFormat.shortDate(date))
            # summary: "Một, hai câu tóm tắt, hiện trong danh sách tin."
            \(pillar.map { "pillar: \($0)" } ?? "# pillar: \(config.pillars.first?.id ?? "chinh-quyen-so")      # một trong: \(pillars)")
            # sectors: [\(config.sectors.first?.id ?? "y-te")]
            # locality: \(config.localities.first?.id ?? "thai-binh")
            # tags: [chuyển đổi số]
            # documents: ["749/QĐ-TTg"]
            # cover: anh/ten-anh.jpg                 # tệp trong content/media/
            # cover_alt: "Mô tả ngắn nội dung ảnh"
            # author: "Tên tác giả"
            # draft: true                            # bỏ dấu # để chưa đăng bài
            ---

            Viết nội dung bài ở đây. Số ký hiệu của văn bản đã có trong danh mục sẽ tự thành liên kết.

            """
        }

        static func document(number: String, type: String, issuer: String, issued: CalendarDate, title: String, slug: String? = nil) -> String {
            let party = DocumentSymbol.parse(number)?.family == .party
            let ownSlug = slug.map { "\nslug: \($0)    # một cơ quan khác có văn bản cùng số trong năm: địa chỉ riêng" } ?? ""
            return """
            ---
            number: \(quoted(number))
            type: \(quoted(type))
            issuer: \(issuer)
            issued: \(VietnameseFormat.shortDate(issued))
            title: \(quoted(title))\(ownSlug)
            \(party ? "term: \"2020-2025\"                       # nhiệm kỳ của cấp ủy ban hành" : "# signer: \"Họ và tên người ký\"")
            # effective: \(VietnameseFormat.shortDate(issued))
            # based_on: ["749/QĐ-TTg"]
            # replaces: ["số ký hiệu văn bản bị thay thế"]
            # attachments:
            #   - {file: van-ban/ten-tep.pdf, title: "Toàn văn"}
            # tasks:
            #   - {content: "Nội dung nhiệm vụ", lead: "Đơn vị chủ trì", partners: "Đơn vị phối hợp", timeline: "Hằng năm"}
            ---

            Tóm tắt mục đích và nội dung chính của văn bản.

            """
        }

        static func story(title: String, date: CalendarDate, locality: String, config: SiteConfig) -> String {
            """
            ---
            title: \(quoted(title))
            date: \(VietnameseFormat.shortDate(date))
            locality: \(locality)
            # summary: "Một, hai câu tóm tắt kết quả."
            # unit: "Đơn vị thực hiện"
            # pillar: \(config.pillars.first?.id ?? "chinh-quyen-so")
            # platform: "Tên nền tảng, ứng dụng"
            # metrics:
            #   - {label: "Hồ sơ trực tuyến", value: 1864, unit: "hồ sơ", before: 1200, as_of: 2024-06-30}
            # documents: ["749/QĐ-TTg"]
            # cover: anh/ten-anh.jpg
            # cover_alt: "Mô tả ngắn nội dung ảnh"
            ---

            Kể lại cách làm, kết quả và bài học kinh nghiệm.

            """
        }

        static func page(title: String) -> String {
            """
            ---
            title: \(quoted(title))
            # menu: 5                                # thứ tự ở chân trang
            # summary: "Một câu giới thiệu trang."
            ---

            Nội dung trang.

            """
        }
    }
}

/// Vietnamese wording of every problem: a message and a hint that says what to change.
enum VietnameseMessages {
    static func text(for problem: Problem) -> (message: String, hint: String?) {
        switch problem {
        case .unreadableFile(let reason):
            ("không đọc được tệp (\(reason))", "kiểm tra tệp còn tồn tại và có quyền đọc")
        case .invalidUTF8:
            ("tệp không phải văn bản UTF-8", "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8")
        case .missingFrontMatter:
            ("thiếu phần thông tin đầu bài (front matter)",
             "dòng đầu tiên của tệp phải là \"---\", tiếp theo là các trường như title:, date:, rồi một dòng \"---\" nữa")
        case .unterminatedFrontMatter:
            ("phần thông tin đầu bài không có dòng \"---\" kết thúc", "thêm một dòng chỉ có \"---\" sau trường cuối cùng")
        case .yamlSyntax(let detail):
            ("cú pháp YAML sai: \(YAMLProblemText.vietnamese(detail))",
             "kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép quanh giá trị có ký tự đặc biệt")
        case .notAMapping:
            ("nội dung phải là danh sách các trường dạng \"khóa: giá trị\"", "viết mỗi trường trên một dòng, ví dụ title: \"Tiêu đề\"")
        case .unknownKey(let key, let allowed):
            ("trường không được hỗ trợ \"\(key)\"", "kiểm tra chính tả; các trường hợp lệ: \(allowed.joined(separator: ", "))")
        case .duplicateKey(let key):
            ("trường \"\(key)\" được khai báo hai lần", "xóa một trong hai dòng")
        case .missingKey(let key):
            ("thiếu trường bắt buộc \"\(key)\"", "thêm dòng \(key): …")
        case .wrongType(let key, let expected):
            ("trường \"\(key)\" phải là \(kindName(expected))", example(for: expected, key: key))
        case .invalidDate(let text, let reason):
            ("ngày không hợp lệ \"\(text)\" (\(dateReason(reason)))",
             "viết ngày theo dạng NGÀY/THÁNG/NĂM như 03/6/2020 hoặc NĂM-THÁNG-NGÀY như 2020-06-03")
        case .invalidValue(let key, let value, let allowed):
            ("giá trị \"\(value)\" không hợp lệ cho trường \"\(key)\"", "dùng một trong các giá trị: \(allowed.joined(separator: ", "))")
        case .unknownReference(let kind, let id, let known):
            ("không tìm thấy \(referenceName(kind)) \"\(id)\"",
             (ReferenceSuggestion.closest(to: id, in: known).map { "ý bạn là \"\($0)\"? " } ?? "") + referenceHint(kind)
                + (known.isEmpty ? "" : "; các mã hiện có: " + ReferenceSuggestion.list(known)))
        case .coverWithoutAlt:
            ("ảnh đại diện thiếu mô tả (cover_alt)", "thêm cover_alt: \"mô tả ngắn nội dung ảnh\" cho người dùng trình đọc màn hình")
        case .mediaPathOutsideMedia(let path):
            ("đường dẫn \"\(path)\" nằm ngoài thư mục content/media", "đặt tệp trong content/media và ghi đường dẫn tính từ thư mục đó, ví dụ van-ban/ke-hoach.pdf")
        case .missingMediaFile(let path):
            ("không tìm thấy tệp \"\(path)\" trong content/media", "kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) hoặc chép tệp vào content/media")
        case .invalidSymbol(let text):
            ("số ký hiệu \"\(text)\" không đúng thể thức", "viết đúng như trên văn bản, ví dụ 749/QĐ-TTg, 13/2023/NĐ-CP, 02-NQ/TU hoặc 4878/BTTTT-CĐSQG")
        case .unknownDocumentType(let type):
            ("loại văn bản \"\(type)\" không được hỗ trợ", "dùng tên loại văn bản đầy đủ như Quyết định, Nghị quyết, Kế hoạch, Chỉ thị, Công văn, Thông tư, Nghị định, Tờ trình")
        case .symbolTypeMismatch(let symbol, let code, let type, let expected):
            ("số ký hiệu \"\(symbol)\" có mã loại \"\(code)\" nhưng loại văn bản là \"\(type)\"",
             code == "—"
                ? "số ký hiệu này không có mã loại (dạng công văn, như 4878/BTTTT-CĐSQG): nếu là công văn, đặt type: Công văn; nếu không, thêm mã loại vào số ký hiệu (\(type) dùng mã \(expected.joined(separator: " hoặc ")))"
                : "sửa trường type hoặc mã loại trong số ký hiệu (\(type) dùng mã \(expected.joined(separator: " hoặc ")))")
        case .symbolYearMismatch(let symbol, let symbolYear, let issuedYear):
            ("năm \(symbolYear) trong số ký hiệu \"\(symbol)\" khác năm ban hành \(issuedYear)", "sửa trường issued hoặc năm trong số ký hiệu")
        case .symbolIssuerMismatch(let symbol, let code, let issuer, let abbr):
            ("mã cơ quan \"\(code)\" trong số ký hiệu \"\(symbol)\" không khớp với cơ quan \"\(issuer)\" (viết tắt \"\(abbr)\")",
             "sửa trường issuer hoặc trường abbr của cơ quan trong issuers.yml")
        case .partyDocumentWithoutTerm(let symbol):
            ("văn bản của Đảng \"\(symbol)\" thiếu nhiệm kỳ (term)", "thêm term: \"2020-2025\" (nhiệm kỳ của cấp ủy ban hành)")
        case .invalidTerm(let text):
            ("nhiệm kỳ \"\(text)\" không hợp lệ", "viết nhiệm kỳ dạng NĂM-NĂM, ví dụ 2020-2025")
        case .duplicateDocument(let symbol, let other):
            ("văn bản \"\(symbol)\" đã được khai báo trong \(other)", "mỗi văn bản chỉ khai báo một lần; xóa một tệp hoặc sửa số ký hiệu, cơ quan, năm ban hành")
        case .outputCollision(let url, let other, let slugExample, let isDocument):
            ("trang \(url) trùng địa chỉ với \(other)",
             isDocument ? "địa chỉ của văn bản lấy theo số ký hiệu: thêm cho một trong hai văn bản trường slug với tên khác, ví dụ slug: \(slugExample)"
                        : "đổi tên một trong hai tệp, hoặc đặt trường slug (hay sửa slug đã có) với tên khác, ví dụ slug: \(slugExample)")
        case .invalidCitation(let text):
            ("trích dẫn văn bản \"\(text)\" không đúng thể thức", "viết số ký hiệu, có thể kèm ngày, ví dụ 749/QĐ-TTg ngày 03/6/2020")
        case .unresolvedCitation(let text):
            ("văn bản \"\(text)\" chưa có trong danh mục văn bản", "thêm văn bản vào content/documents hoặc kiểm tra số ký hiệu")
        case .ambiguousCitation(let text, let candidates, let example):
            ("trích dẫn \"\(text)\" khớp với nhiều văn bản: \(candidates.joined(separator: ", "))",
             example.map { "thêm ngày ban hành của văn bản muốn dẫn, ví dụ \($0)" }
                ?? "các văn bản này cùng số ký hiệu và ngày ban hành; trong nội dung, dùng liên kết Markdown tới tệp của văn bản muốn dẫn, đường dẫn tính từ thư mục của tệp này (từ một bài viết: [\(text)](../../documents/ten-tep.md)); trong phần đầu, bỏ trích dẫn này khỏi danh sách")
        case .citationDateMismatch(let text, let issued):
            ("ngày trong trích dẫn \"\(text)\" khác ngày ban hành của văn bản (\(issued))", "sửa ngày trong trích dẫn cho đúng với văn bản")
        case .relationCycle(let chain):
            ("các văn bản dẫn tới nhau thành vòng: \(chain)",
             "một văn bản chỉ căn cứ, thay thế, sửa đổi hay hướng dẫn văn bản ban hành trước nó; xoá quan hệ sai (based_on, replaces, amends hoặc guides) ở một văn bản trong vòng")
        case .brokenLink(let target):
            ("liên kết \"\(target)\" không trỏ tới trang nào",
             "đường dẫn tính từ thư mục của tệp này (từ content/articles/2024/ tới một văn bản: ../../documents/96-kh-ubnd.md; tới một ảnh: ../../media/anh.jpg), hoặc địa chỉ trang bắt đầu bằng /")
        case .brokenAnchor(let target):
            ("liên kết \"\(target)\" trỏ tới một mục không có trên trang", "kiểm tra phần sau dấu #: nó phải là mã của một tiêu đề trên trang đích, ví dụ #muc-tieu cho tiêu đề \"Mục tiêu\"")
        case .brokenTemplateLink(let target, let page):
            ("liên kết \"\(target)\" trên trang \(page) không trỏ tới trang nào", "sửa liên kết trong mẫu trang này")
        case .templateMissing(let name, let page):
            ("thiếu mẫu trang \"\(name)\" (dùng cho \(page))", "thêm tệp templates/\(name).mustache")
        case .templateSyntax(let detail):
            ("mẫu trang sai cú pháp: \(Self.templateProblem(detail))", "kiểm tra các cặp {{#…}} và {{/…}}")
        case .invalidBaseURL(let text):
            ("địa chỉ gốc \"\(text)\" không hợp lệ", "viết đầy đủ, không kèm tên đăng nhập hay mật khẩu, ví dụ https://thaibinh.gov.vn/chuyen-doi-so/")
        case .emptySlug(let name):
            ("\"\(name)\" không có chữ hay số nào để làm đường dẫn của trang",
             "đổi tên tệp bằng chữ và số, ví dụ chuyen-doi-so.md, hoặc thêm trường slug: \"chuyen-doi-so\"")
        case .addressPartTooLong(let key, let length, let maximum):
            ("giá trị của \(key) thành một phần đường dẫn dài \(length) ký tự, quá giới hạn \(maximum)",
             "rút gọn giá trị này (một thẻ, một mã hay một đường dẫn cũ chỉ cần vài từ)")
        case .slugTooLong(let length, let maximum):
            ("đường dẫn của trang dài \(length) ký tự, quá giới hạn \(maximum)",
             "đặt tên tệp ngắn hơn, hoặc thêm trường slug với vài từ chính, ví dụ slug: \"chuyen-doi-so-cap-xa\"")
        case .numberOutOfRange(let key, let text):
            ("số \"\(text)\" ở trường \"\(key)\" quá lớn",
             "dùng số nhỏ hơn một triệu tỷ (10^15); với số rất lớn, đổi đơn vị, ví dụ unit: \"tỷ đồng\"")
        case .datedInTheFuture(let date, let asOf):
            ("bài ghi ngày \(date), sau ngày dựng (\(asOf)), nên chưa được đăng",
             "bài hiện khi ngày dựng (--as-of, SOURCE_DATE_EPOCH hoặc ngày của lần commit cuối) tới \(date); nếu ngày viết nhầm, sửa trường date; xem trước bằng --drafts")
        case .aliasOfItself(let alias):
            ("địa chỉ cũ (aliases) \"\(alias)\" chính là địa chỉ hiện nay của trang này", "xoá mục này khỏi aliases: aliases chỉ ghi các địa chỉ cũ khác")
        case .symbolCase(let written, let symbol):
            ("số ký hiệu \"\(written)\" viết khác chữ hoa, chữ thường so với văn bản \(symbol)",
             "viết đúng như văn bản: \(symbol) (chữ hoa, chữ thường trong mã loại văn bản có nghĩa riêng, như QĐ, QyĐ, CTr)")
        case .unsafeLink(let url):
            ("liên kết tới \"\(url)\" không an toàn nên đã bị bỏ; chữ của nó vẫn giữ",
             "dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hay đường dẫn tới một tệp trong cổng như ../../media/anh.jpg")
        case .unsafeURL(let key, let url):
            ("địa chỉ \"\(url)\" ở trường \"\(key)\" không được dùng làm liên kết",
             "dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hay đường dẫn trong cổng như /gioi-thieu/")
        case .controlCharacters(let count, let first, .value(let key)):
            ("giá trị của \(key) có \(count) ký tự vô hình (\(first)); chúng đã được bỏ đi",
             "bỏ mã \\u… hoặc \\x… khỏi giá trị (chúng không hiện được trên trang và làm hỏng bản tin RSS)")
        case .controlCharacters(let count, let first, let place):
            ("\(place == .body ? "phần nội dung" : "phần đầu (giữa hai dòng ---)") có \(count) ký tự vô hình (\(first)); chúng đã được bỏ đi",
             "thường do dán từ Word hoặc PDF; xoá chúng trong trình soạn thảo để tệp sạch")
        case .relationToItself(let symbol):
            ("văn bản \(symbol) không thể căn cứ, thay thế, sửa đổi hay hướng dẫn chính nó", "xoá \(symbol) khỏi danh sách này")
        case .relationToLaterDocument(let symbol, let issued, let ownIssued):
            ("văn bản \(symbol) ban hành ngày \(issued), sau văn bản này (ngày \(ownIssued)): "
                + "văn bản chỉ căn cứ, thay thế, sửa đổi hay hướng dẫn văn bản ban hành trước nó",
             "kiểm tra số, ký hiệu và ngày ban hành (issued) của cả hai văn bản")
        case .ignoredFile(let name, .markdownExtension):
            ("tệp \"\(name)\" không được đọc: tên tệp nội dung phải kết thúc bằng .md (chữ thường)",
             "đổi tên thành \(Self.markdownName(name))")
        case .ignoredFile(let name, .notMarkdown(let folder)):
            ("tệp \"\(name)\" không phải bài Markdown (.md) nên không được dùng", "trong \(folder)/ chỉ đặt tệp .md; ảnh và tệp đính kèm để trong content/media/")
        case .ignoredFile(let name, .outsideContentFolders):
            ("\"\(name)\" nằm ngoài các thư mục nội dung nên không được đọc",
             "bài viết để trong content/articles/NĂM/, văn bản trong content/documents/, câu chuyện trong content/stories/, trang trong content/pages/, ảnh và tệp đính kèm trong content/media/")
        case .ignoredFile(let name, .unfollowedLink):
            ("\"\(name)\" là liên kết (symlink) nên không được dùng: chỉ liên kết tới một tệp nằm trong thư mục cổng mới được đọc",
             "chép chính tệp hoặc thư mục đó vào đây thay cho liên kết")
        case .brokenMenuLink(let url):
            ("mục menu trỏ tới \"\(url)\" nhưng cổng không có trang nào ở địa chỉ này",
             "dùng địa chỉ của một trang trong cổng, ví dụ /tin-tuc/ hay /van-ban/, hoặc địa chỉ đầy đủ https://…")
        case .issuerRefersToItself(let key):
            ("cơ quan không thể là \(key == "parent" ? "cơ quan cấp trên" : "cơ quan kế nhiệm") của chính nó",
             "xoá trường \(key), hoặc ghi mã của một cơ quan khác trong issuers.yml")
        case .issuedOutsideIssuerPeriod(let issuer, let issued, let from, let to):
            ("văn bản ban hành ngày \(issued), ngoài thời gian hoạt động của \(issuer) (\(from.map { "từ \($0)" } ?? "")\(from != nil && to != nil ? " " : "")\(to.map { "đến \($0)" } ?? ""))",
             "kiểm tra ngày ban hành, mã cơ quan, hoặc valid_from/valid_to của cơ quan trong issuers.yml")
        case .documentAlreadyWritten(let symbol, let path):
            ("văn bản \(symbol) của cơ quan này, cùng năm ban hành, đã có trong \(path)",
             "sửa tệp đó; nếu đây là một văn bản khác, kiểm tra lại số ký hiệu, cơ quan và ngày ban hành")
        case .altWithoutCover:
            ("có cover_alt nhưng không có ảnh bìa (cover); lời mô tả không được dùng", "thêm dòng cover: với tên ảnh trong content/media/ (ví dụ cover: \"anh/hoi-nghi.jpg\"), hoặc xoá dòng cover_alt")
        case .missingSiteFile:
            ("không có tệp site.yml; thư mục này có phải là thư mục của cổng?", "chạy lệnh trong thư mục cổng, hoặc chỉ nó bằng --root")
        case .articleInOtherYearFolder(let folder, let year):
            ("bài viết có ngày đăng năm \(year) nằm trong thư mục \(folder); bài vẫn được đăng ở /tin-tuc/\(year)/",
             "chuyển tệp sang content/articles/\(year)/ cho dễ tìm, hoặc sửa năm của ngày đăng nếu gõ nhầm")
        case .issuerCycle(let key, let chain):
            ("các \(key == "parent" ? "cơ quan cấp trên" : "cơ quan kế nhiệm") quay vòng: \(chain)",
             key == "parent" ? "một cơ quan không thể vừa là cấp trên vừa là cấp dưới của cơ quan khác; sửa trường parent của một cơ quan trong chuỗi"
                 : "một cơ quan không thể kế nhiệm chính cơ quan kế nhiệm nó; sửa trường successor của một cơ quan trong chuỗi")
        case .reservedAddress(let url, let alias):
            ("địa chỉ \(url) là của một trang cổng tự tạo (tin tức, văn bản, câu chuyện, trụ cột, lĩnh vực…)",
             alias ? "xoá hoặc sửa mục này trong aliases: chuyển hướng ở đây sẽ thay mất trang đó"
                : "đổi tên tệp, hoặc thêm trường slug, để trang có địa chỉ khác")
        case .invalidAlias(let alias):
            ("địa chỉ cũ \"\(alias)\" trong aliases không hợp lệ",
             "ghi địa chỉ cũ của trang trong cổng, bắt đầu bằng /, ví dụ aliases: [\"/tin-tuc/2023/ten-cu/\"]")
        case .templateRecursion(let chain):
            ("mẫu trang gọi lại chính nó: \(chain); vòng gọi này không bao giờ dừng",
             "bỏ lệnh {{> …}} (hoặc {{< …}}) tạo thành vòng; dữ liệu của cổng không có dạng cây để gọi lặp")
        case .duplicateID(let id, let first):
            ("id \"\(id)\" đã được dùng ở \(first)", "mỗi mục cần một id riêng: đổi id hoặc xóa một trong hai mục")
        case .tagCollision(let tag, let other, let url, let place):
            ("thẻ \"\(tag)\" có cùng địa chỉ \(url) với thẻ \"\(other)\" (\(place))",
             "nếu là một thẻ, viết giống nhau ở mọi bài (\"\(other)\"); nếu là hai thẻ khác nhau, đặt tên khác nhau cả khi bỏ dấu")
        case .numberLooksLikeThousands(let key, let text, let read, let thousands):
            ("\"\(key): \(text)\" được đọc là số thập phân \(read) (dấu chấm là dấu thập phân)",
             "nếu là số hàng nghìn, viết liền không dấu chấm: \(key): \(thousands); nếu đúng là \(read), bỏ qua cảnh báo này")
        case .typeCodeCase(let symbol, let written, let expected, let corrected):
            ("mã loại \"\(written)\" trong số ký hiệu \"\(symbol)\" phải viết là \"\(expected)\"",
             "sửa thành \(corrected): mã loại văn bản phân biệt chữ hoa, chữ thường đúng như văn bản gốc")
        case .termOnStateDocument(let symbol):
            ("\"\(symbol)\" không phải số ký hiệu văn bản của Đảng nên không có nhiệm kỳ (term)",
             "bỏ dòng term; nhiệm kỳ chỉ dùng cho văn bản của cấp ủy, số ký hiệu dạng 02-NQ/TU")
        case .issuedOutsideTerm(let year, let term):
            ("văn bản ban hành năm \(year), ngoài nhiệm kỳ \(term)", "kiểm tra lại term và ngày ban hành (issued) theo văn bản gốc")
        case .aliasCollision(let alias, let url, let other):
            ("địa chỉ cũ (aliases) \"\(alias)\" trùng địa chỉ \(url) của \(other)", "xoá hoặc sửa mục này trong aliases: mỗi địa chỉ chỉ dẫn tới một trang")
        case .invalidID(let id, let suggestion):
            ("id \"\(id)\" không dùng được trong địa chỉ trang",
             "id chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang" + (suggestion.isEmpty ? ", ví dụ thai-binh" : ": viết \(suggestion)"))
        case .datesOutOfOrder(let key, let date, let earlierKey, let earlierDate):
            ("ngày \"\(key)\" (\(date)) đứng trước ngày \"\(earlierKey)\" (\(earlierDate))",
             "kiểm tra lại hai ngày này trong văn bản gốc")
        }
    }

    /// swift-mustache's parser errors (by case name) in plain words.
    static func templateProblem(_ name: String) -> String {
        switch name {
        case "expectedSectionEnd": "khối {{#…}}, {{^…}} hoặc {{$…}} mở ở đây không có {{/…}} đóng"
        case "sectionCloseNameIncorrect": "{{/…}} đóng một khối khác với khối đang mở"
        case "unfinishedName": "thẻ {{ … }} chưa đóng bằng }} hoặc tên thẻ viết sai"
        case "invalidSetDelimiter": "thẻ đổi dấu phân cách {{=… …=}} viết sai"
        case "transformAppliedToInheritanceSection", "illegalTokenInsideInheritSection", "textInsideInheritSection":
            "bên trong {{<…}} chỉ được có các khối {{$…}}"
        case "invalidConfigVariableSyntax", "unrecognisedConfigVariable": "thẻ {{% … }} không hợp lệ"
        default: name
        }
    }

    /// `bai-viet.MD`, `bai-viet.markdown` → `bai-viet.md`.
    static func markdownName(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name + ".md" }
        return String(name[..<dot]) + ".md"
    }

    static func kindName(_ kind: ValueKind) -> String {
        switch kind {
        case .text: "một chuỗi chữ"
        case .date: "một ngày"
        case .number: "một số"
        case .integer: "một số nguyên"
        case .boolean: "true hoặc false"
        case .list: "một danh sách"
        case .mapping: "một nhóm trường"
        }
    }

    static func example(for kind: ValueKind, key: String) -> String {
        switch kind {
        case .list: "viết mỗi mục trên một dòng bắt đầu bằng \"- \", hoặc [mục 1, mục 2]"
        case .text: "đặt giá trị trong dấu ngoặc kép, ví dụ \(key): \"…\""
        case .date: "ví dụ \(key): 03/6/2020"
        case .boolean: "ví dụ \(key): true"
        default: "kiểm tra lại giá trị của \(key)"
        }
    }

    static func dateReason(_ reason: DateProblem) -> String {
        switch reason {
        case .format: "không đúng dạng ngày"
        case .year(let range): "năm phải từ \(range.lowerBound) đến \(range.upperBound)"
        case .month: "tháng phải từ 1 đến 12"
        case .day(let maximum): "ngày phải từ 1 đến \(maximum)"
        }
    }

    static func referenceName(_ kind: ReferenceKind) -> String {
        switch kind {
        case .pillar: "trụ cột"
        case .sector: "lĩnh vực"
        case .locality: "địa phương"
        case .issuer: "cơ quan ban hành"
        }
    }

    static func referenceHint(_ kind: ReferenceKind) -> String {
        switch kind {
        case .pillar: "dùng mã trụ cột khai báo trong content/site.yml (pillars)"
        case .sector: "dùng mã lĩnh vực khai báo trong content/site.yml (sectors)"
        case .locality: "khai báo địa phương trong content/site.yml (localities) hoặc sửa mã"
        case .issuer: "dùng mã cơ quan (id) khai báo trong content/issuers.yml"
        }
    }
}

/// The hint of an unknown id: the id it was probably meant to be, and the ids there are.
enum ReferenceSuggestion {
    /// `Y tế` or `y_te` → `y-te`: the known id with the same slug.
    static func closest(to id: String, in known: [String]) -> String? {
        let slug = Slug.make(id)
        return known.first { $0 != id && Slug.make($0) == slug }
    }

    static func list(_ known: [String]) -> String {
        known.count <= 12 ? known.joined(separator: ", ") : known.prefix(12).joined(separator: ", ") + ", …"
    }
}

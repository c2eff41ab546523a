/// Vietnamese explanations of the most common libyaml messages; others are shown as they are.
enum YAMLProblemText {
    static func vietnamese(_ detail: String) -> String {
        for (phrase, text) in known where detail.contains(phrase) {
            return "\(text) (\(detail))"
        }
        return detail
    }

    private static let known: [(String, String)] = [
        ("while scanning a quoted scalar", "dấu ngoặc kép mở ở đây chưa được đóng"),
        ("mapping values are not allowed", "có dấu hai chấm ở chỗ không được phép; hãy đặt cả giá trị trong dấu ngoặc kép"),
        ("could not find expected ':'", "thiếu dấu hai chấm sau tên trường"),
        ("did not find expected key", "dòng này thụt lề không khớp với các trường khác"),
        ("did not find expected ',' or ']'", "danh sách trong [ ] thiếu dấu phẩy hoặc dấu ]"),
        ("did not find expected ',' or '}'", "nhóm trong { } thiếu dấu phẩy hoặc dấu }"),
        ("found character that cannot start any token", "giá trị bắt đầu bằng ký tự đặc biệt (như @, ` hoặc tab); hãy đặt nó trong dấu ngoặc kép"),
        ("found undefined alias", "dùng bí danh (*) chưa được khai báo"),
    ]
}

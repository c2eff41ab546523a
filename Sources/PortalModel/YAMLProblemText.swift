/// Vietnamese explanations of libyaml's messages. A known message is explained in Vietnamese
/// alone; an unknown one keeps libyaml's English words, marked as such.
public enum YAMLProblemText {
    /// The detail of the error dxportal itself reports for an alias used as a key (`PortalSource`).
    public static let aliasAsKey = "alias used as a mapping key"

    static func vietnamese(_ detail: String) -> String {
        for (phrase, text) in known where detail.contains(phrase) {
            return text
        }
        return "không đúng quy tắc YAML (chi tiết bằng tiếng Anh: \(detail))"
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
        ("control characters are not allowed", "có ký tự điều khiển vô hình (thường do dán từ Word hoặc PDF); hãy xoá nó"),
        ("found a tab character", "có ký tự tab ở đầu dòng; YAML chỉ cho thụt lề bằng dấu cách"),
        ("block sequence entries are not allowed", "dấu - của danh sách đặt sai chỗ; mỗi mục \"- \" phải ở dòng riêng, thụt lề như nhau"),
        ("did not find expected node content", "thiếu giá trị sau dấu hai chấm hoặc sau dấu -"),
        ("found unexpected end of stream", "tệp kết thúc khi dấu ngoặc kép hoặc ngoặc [ { chưa được đóng"),
        ("expected <document start>", "có hơn một phần YAML trong tệp; xoá dòng --- thừa"),
        (aliasAsKey, "tên trường không được là bí danh (*); viết tên trường ra"),
        ("did not find expected '-' indicator", "các mục của danh sách thụt lề không đều nhau"),
        ("found unknown escape character", "dấu \\ trong dấu ngoặc kép phải đi với một ký tự hợp lệ; viết \\\\ cho chính dấu \\, hoặc dùng dấu ngoặc đơn"),
        ("found duplicate anchor", "bí danh (&) được khai báo hai lần"),
    ]
}

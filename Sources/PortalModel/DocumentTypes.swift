/// Document type names and the type codes their symbols use (Decree 30/2020 appendix;
/// Party codes per Hướng dẫn 36-HD/VPTW). Codes are case-sensitive.
public enum DocumentTypes {
    /// Type name → accepted type codes. An empty code means the symbol carries none (official letters, laws).
    public static let codes: [String: [String]] = [
        "Quyết định": ["QĐ"], "Nghị quyết": ["NQ"], "Chỉ thị": ["CT"], "Kế hoạch": ["KH"],
        "Thông tư": ["TT"], "Thông tư liên tịch": ["TTLT"], "Nghị định": ["NĐ"], "Tờ trình": ["TTr"],
        "Chương trình": ["CTr"], "Đề án": ["ĐA"], "Dự án": ["DA"], "Hướng dẫn": ["HD"],
        "Quy định": ["QyĐ", "QĐi", "QĐ"], "Quy chế": ["QC"], "Thông báo": ["TB"], "Báo cáo": ["BC"],
        "Kết luận": ["KL"], "Phương án": ["PA"], "Công điện": ["CĐ"], "Thông cáo": ["TC"],
        "Thông tri": ["TT"], "Pháp lệnh": ["PL"], "Lệnh": ["L"], "Biên bản": ["BB"],
        "Công văn": ["", "CV"], "Luật": [""], "Văn bản hợp nhất": ["VBHN"],
    ]

    private static let allCodes: Set<String> = Set(codes.values.joined()).subtracting([""])

    /// True when `code` is the type code of some document type (`QĐ`, `KH`, `TTr`, …).
    public static func isTypeCode(_ code: String) -> Bool { allCodes.contains(code) }

    /// Known type names, in Vietnamese order, for hints.
    public static var names: [String] {
        codes.keys.sorted(by: VietnameseCollation.precedes)
    }
}

extension DocumentTypes {
    /// The codes of a type name, matched without regard to case or spacing; nil for unknown types.
    public static func codes(forName name: String) -> [String]? {
        canonicalName(name).flatMap { codes[$0] }
    }

    /// The type as the list spells it (`quyết  định` → `Quyết định`); nil for an unknown type. Only
    /// case and spacing are forgiven: `Quyết đinh` is another word, not a spelling of it.
    public static func canonicalName(_ name: String) -> String? {
        namesByKey[key(name)]
    }

    private static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let namesByKey: [String: String] = Dictionary(
        codes.keys.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
}

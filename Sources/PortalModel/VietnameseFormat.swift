/// Vietnamese renderings of dates and numbers (DESIGN.md §5, Decree 30/2020 padding).
public enum VietnameseFormat {
    /// Day below 10 and months 1–2 take a leading zero: `03/6/2020`, `06/01/2022`.
    public static func dayPadded(_ day: Int) -> String { pad2(day) }

    public static func monthPadded(_ month: Int) -> String { month <= 2 ? pad2(month) : String(month) }

    /// `03/6/2020` — tables and citations.
    public static func shortDate(_ date: CalendarDate) -> String {
        "\(dayPadded(date.day))/\(monthPadded(date.month))/\(date.year)"
    }

    /// `ngày 03 tháng 6 năm 2020` — document headers.
    public static func longDate(_ date: CalendarDate) -> String {
        "ngày \(dayPadded(date.day)) tháng \(monthPadded(date.month)) năm \(date.year)"
    }

    /// `Thứ Tư, 03/6/2020` — articles.
    public static func weekdayDate(_ date: CalendarDate) -> String {
        "\(weekdayName(date.weekday)), \(shortDate(date))"
    }

    public static func weekdayName(_ weekday: Int) -> String {
        ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"][weekday]
    }

    /// Numbers in content stay below this (a million billion), so their cents fit in an `Int`.
    public static let largestNumber = 1e15

    /// `1.864`, `88,14`, `-2.500,5`, `1,864`: dot for thousands, comma for decimals, the decimals
    /// as written (the shortest form that reads back as the same number; never rounded away).
    public static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < largestNumber else { return String(value) }
        let written = positional(String(abs(value))) // "1864.0", "88.14", "1e-05" → "0.00001"
        let parts = written.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, parts[0].allSatisfy(\.isASCII) else { return String(value) }
        let decimals = parts[1] == "0" ? "" : parts[1]
        var digits = Array(parts[0])
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped + (decimals.isEmpty ? "" : "," + decimals)
        return (value < 0 && grouped != "0" ? "-" : "") + grouped
    }

    /// `1e-05` → `0.00001`, `1.5e-07` → `0.00000015`: Swift's shortest form of very small
    /// numbers, written out (large ones never get here: content stays below `largestNumber`).
    private static func positional(_ text: String) -> String {
        let pieces = text.split(separator: "e", maxSplits: 1)
        guard pieces.count == 2, let exponent = Int(pieces[1]) else { return text }
        let mantissa = pieces[0].split(separator: ".", maxSplits: 1)
        let digits = mantissa.joined()
        let point = mantissa[0].count + exponent
        if point <= 0 { return "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return digits + String(repeating: "0", count: point - digits.count) + ".0" }
        return String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }

    /// A count: `1.234`.
    public static func count(_ value: Int) -> String {
        (0..<1000).contains(value) ? String(value) : number(Double(value))
    }

    /// A byte count for attachments: `12,5 KB`, `1,2 MB`.
    public static func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let kb = Double(bytes) / 1024
        if kb < 1024 { return "\(number((kb * 10).rounded() / 10)) KB" }
        return "\(number((kb / 1024 * 10).rounded() / 10)) MB"
    }
}

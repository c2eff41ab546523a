/// A calendar day with no time and no time zone, validated strictly (no roll-over).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns why the parts are not a real day.
    /// The years content may carry: `1/1/0001` or `2024` typed as `20240` are mistakes.
    public static let years = 1900...2199

    public static func validated(year: Int, month: Int, day: Int) -> Result<CalendarDate, DateValidationError> {
        guard years.contains(year) else { return .failure(.init(reason: .year(range: years))) }
        guard (1...12).contains(month) else { return .failure(.init(reason: .month)) }
        let maximum = daysIn(month: month, year: year)
        guard (1...maximum).contains(day) else { return .failure(.init(reason: .day(maximum: maximum))) }
        return .success(CalendarDate(unchecked: year, month, day))
    }

    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (ISO) or `D/M/YYYY` (Vietnamese); impossible days are errors.
    public static func parse(_ raw: String) -> Result<CalendarDate, DateValidationError> {
        let text = raw.trimmingWhitespace()
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, (1...2).contains(iso[1].count), (1...2).contains(iso[2].count),
           let y = Int(digits: iso[0]), let m = Int(digits: iso[1]), let d = Int(digits: iso[2]) {
            return validated(year: y, month: m, day: d)
        }
        let vn = text.split(separator: "/", omittingEmptySubsequences: false)
        if vn.count == 3, (1...2).contains(vn[0].count), (1...2).contains(vn[1].count), vn[2].count == 4,
           let d = Int(digits: vn[0]), let m = Int(digits: vn[1]), let y = Int(digits: vn[2]) {
            return validated(year: y, month: m, day: d)
        }
        return .failure(.init(reason: .format))
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `2020-06-03`.
    public var iso: String { "\(pad4(year))-\(pad2(month))-\(pad2(day))" }

    public var description: String { iso }

    /// Days since 1970-01-01 (for weekdays and comparisons with timestamps).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The civil date of a day count since 1970-01-01.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) of a Unix timestamp.
    public init(vietnamTimestamp seconds: Int) {
        let local = seconds + 7 * 3600
        self.init(daysSinceEpoch: local >= 0 ? local / 86400 : (local - 86399) / 86400)
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((daysSinceEpoch % 7) + 11) % 7 }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Why a date text is not a real day.
public struct DateValidationError: Error, Sendable, Hashable {
    public let reason: DateProblem
}

func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

func pad4(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
}

extension Int {
    /// Parses ASCII digits only (no sign, no spaces).
    init?(digits: Substring) {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.init(digits)
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

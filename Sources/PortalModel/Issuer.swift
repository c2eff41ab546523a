/// An issuing body from `content/issuers.yml`.
public struct Issuer: Sendable, Hashable {
    /// Where an issuer sits; the index of directives groups documents by it.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case trungUong = "trung-uong", dang, tinh, soNganh = "so-nganh", huyen, xa

        /// The heading used in the index of directives.
        public var name: String {
            switch self {
            case .trungUong: "Trung ương"
            case .dang: "Đảng"
            case .tinh: "Tỉnh"
            case .soNganh: "Sở, ban, ngành"
            case .huyen: "Cấp huyện"
            case .xa: "Cấp xã"
            }
        }
    }

    public var id: String
    public var name: String
    public var abbr: String
    public var level: Level
    public var parent: Located<String>?
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    public var successor: Located<String>?
    public var location: SourceLocation

    public init(id: String, name: String, abbr: String, level: Level, parent: Located<String>? = nil,
                validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil,
                successor: Located<String>? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.abbr = abbr
        self.level = level
        self.parent = parent
        self.validFrom = validFrom
        self.validTo = validTo
        self.successor = successor
        self.location = location
    }
}

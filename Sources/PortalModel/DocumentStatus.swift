/// The legal force of a document on the build date (DESIGN.md §3; `status` may override it).
public enum DocumentStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case notYetEffective = "chua-co-hieu-luc"
    case inEffect = "con-hieu-luc"
    case expired = "het-hieu-luc"
    case replaced = "bi-thay-the"

    /// The label shown to readers.
    public var name: String {
        switch self {
        case .notYetEffective: "Chưa có hiệu lực"
        case .inEffect: "Còn hiệu lực"
        case .expired: "Hết hiệu lực"
        case .replaced: "Bị thay thế"
        }
    }

    /// Accepts the label (`Còn hiệu lực`) or its slug (`con-hieu-luc`).
    public init?(text: String) {
        let slug = Slug.make(text)
        guard let status = DocumentStatus.allCases.first(where: { $0.rawValue == slug }) else { return nil }
        self = status
    }
}

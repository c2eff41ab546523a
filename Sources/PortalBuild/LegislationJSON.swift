import Foundation
import PortalModel

/// schema.org `Legislation` for a document page (JSON-LD), with sorted keys so output is stable.
struct LegislationJSON {
    let index: SiteIndex
    let views: ViewBuilder

    private struct Legislation: Encodable {
        let context = "https://schema.org"
        let type = "Legislation"
        let name: String
        let alternateName: String
        let legislationIdentifier: String
        let legislationType: String
        let legislationDate: String
        let legislationDateOfApplicability: String?
        let legislationPassedBy: Organization
        let legislationLegalForce: String
        let legislationJurisdiction = "VN"
        let inLanguage = "vi"
        let url: String
        let isBasedOn: [String]?
        let legislationChanges: [String]?

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", name, alternateName, legislationIdentifier, legislationType,
                 legislationDate, legislationDateOfApplicability, legislationPassedBy, legislationLegalForce,
                 legislationJurisdiction, inLanguage, url, isBasedOn, legislationChanges
        }
    }

    private struct Organization: Encodable {
        let type = "GovernmentOrganization"
        let name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type", name
        }
    }

    /// The JSON text, safe inside `<script>`: `/` is escaped by the encoder and `<`, `>`, `&` as
    /// `\u003c`, `\u003e`, `\u0026` (a title with `<!--<script` would otherwise keep the script
    /// element open to the end of the page).
    func json(for i: Int) -> String {
        let document = index.documents[i]
        let graph = index.graph
        let urls = { (list: [Int]) -> [String]? in
            list.isEmpty ? nil : list.map { views.absolute(URLScheme.document(index.documents[$0])) }
        }
        let value = Legislation(
            name: document.title, alternateName: "\(document.type) \(document.symbol.text)",
            legislationIdentifier: document.symbol.text, legislationType: document.type,
            legislationDate: document.issued.iso, legislationDateOfApplicability: document.effective?.iso,
            legislationPassedBy: Organization(name: index.issuers[document.issuer.value]?.name ?? document.issuer.value),
            legislationLegalForce: graph.status[i] == .inEffect ? "https://schema.org/InForce" : "https://schema.org/NotInForce",
            url: views.absolute(URLScheme.document(document)), isBasedOn: urls(graph.basedOn[i]),
            legislationChanges: urls(graph.amends[i] + graph.replaces[i]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings cannot fail (it throws only for non-finite numbers).
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}

import Foundation
import PortalModel

/// The index of directives as open data: `/van-ban/index.json` and `/van-ban/index.csv`
/// (UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese correctly).
struct OpenDataWriter {
    let index: SiteIndex
    let views: ViewBuilder

    struct Catalog: Encodable {
        let site: String
        let baseURL: String
        let count: Int
        let documents: [Entry]

        enum CodingKeys: String, CodingKey {
            case site, baseURL = "base_url", count, documents
        }
    }

    struct Entry: Encodable {
        let symbol: String
        let type: String
        let issuer: IssuerRef
        let issued: String
        let effective: String?
        let expires: String?
        let status: String
        let statusName: String
        let title: String
        let signer: String?
        let term: String?
        let url: String
        let attachments: [String]
        let relations: [String: [DocumentRef]]

        enum CodingKeys: String, CodingKey {
            case symbol, type, issuer, issued, effective, expires, status, statusName = "status_name", title, signer,
                 term, url, attachments, relations
        }
    }

    struct IssuerRef: Encodable {
        let id: String
        let name: String
        let level: String
    }

    /// A related document; one the index does not have comes without an address (and without a
    /// date when its citation gives none).
    struct DocumentRef: Encodable {
        let symbol: String
        let issued: String?
        let url: String?
    }

    func files() throws -> [(path: String, bytes: [UInt8])] {
        let entries = index.documents.indices.map(entry)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let json = try encoder.encode(Catalog(site: index.config.title, baseURL: views.absolute(URLScheme.home),
                                              count: entries.count, documents: entries))
        return [(URLScheme.outputFile(for: URLScheme.documentsJSON), Array(json) + [0x0A]),
                (URLScheme.outputFile(for: URLScheme.documentsCSV), [0xEF, 0xBB, 0xBF] + Array(csv(entries).utf8))]
    }

    private func entry(_ i: Int) -> Entry {
        let document = index.documents[i]
        let graph = index.graph
        let issuer = index.issuers[document.issuer.value]
        let unindexed = graph.unindexed[i]
        let relations: [(String, [DocumentRef])] = [
            ("based_on", graph.basedOn[i].map(reference) + unindexed.basedOn.map(reference)),
            ("based_on_by", graph.basedOnBy[i].map(reference)),
            ("replaces", graph.replaces[i].map(reference) + unindexed.replaces.map(reference)),
            ("replaced_by", graph.replacedBy[i].map(reference)),
            ("amends", graph.amends[i].map(reference) + unindexed.amends.map(reference)),
            ("amended_by", graph.amendedBy[i].map(reference)),
            ("guides", graph.guides[i].map(reference) + unindexed.guides.map(reference)),
            ("guided_by", graph.guidedBy[i].map(reference)),
        ]
        return Entry(
            symbol: document.symbol.text, type: document.type,
            issuer: IssuerRef(id: document.issuer.value, name: issuer?.name ?? document.issuer.value, level: issuer?.level.rawValue ?? ""),
            issued: document.issued.iso, effective: document.effective?.iso, expires: document.expires?.iso,
            status: graph.status[i].rawValue, statusName: graph.status[i].name, title: document.title,
            signer: document.signer, term: document.term, url: views.absolute(URLScheme.document(document)),
            attachments: document.attachments.map { views.absolute(URLScheme.media($0.file.path)) },
            relations: Dictionary(uniqueKeysWithValues: relations.filter { !$0.1.isEmpty }))
    }

    /// A citation of a document the index does not have: its symbol and date as written.
    private func reference(_ citation: String) -> DocumentRef {
        guard let parsed = Citation.parse(citation) else { return DocumentRef(symbol: citation, issued: nil, url: nil) }
        return DocumentRef(symbol: parsed.symbol.text, issued: parsed.date?.iso, url: nil)
    }

    private func reference(_ i: Int) -> DocumentRef {
        let document = index.documents[i]
        return DocumentRef(symbol: document.symbol.text, issued: document.issued.iso, url: views.absolute(URLScheme.document(document)))
    }

    static let csvHeader = ["Số ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Mã cơ quan", "Ngày ban hành", "Ngày hiệu lực",
                            "Ngày hết hiệu lực", "Tình trạng", "Trích yếu", "Người ký", "Địa chỉ", "Căn cứ"]

    private func csv(_ entries: [Entry]) -> String {
        var lines = [Self.csvHeader.map(Self.field).joined(separator: ",")]
        for entry in entries {
            let basis = (entry.relations["based_on"] ?? []).map(\.symbol).joined(separator: "; ")
            let fields = [entry.symbol, entry.type, entry.issuer.name, entry.issuer.id, entry.issued, entry.effective ?? "",
                          entry.expires ?? "", entry.statusName, entry.title, entry.signer ?? "", entry.url, basis]
            lines.append(fields.map(Self.field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180: quote fields holding commas, quotes or line breaks; double inner quotes. A
    /// field a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage
    /// return first) starts with `'`, as OWASP advises: opening the file runs no formula.
    static func field(_ text: String) -> String {
        let text = text.first.map { "=+-@\t\r".contains($0) } == true ? "'" + text : text
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

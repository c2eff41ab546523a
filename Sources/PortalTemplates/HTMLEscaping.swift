import Mustache

/// HTML escaping for `{{name}}` tags, byte by byte over UTF-8.
///
/// It escapes exactly what swift-mustache's own HTML content type escapes (`< > & " '`, with the
/// same entities), so pages are byte-identical; swift-mustache's version walks Characters through
/// a dictionary, which cost about a fifth of a 10,000-article build. Every template is loaded with
/// the `CONTENT_TYPE` pragma naming this type (see `TemplateLibrary.load`).
struct HTMLEscaping: MustacheContentType {
    static let pragmaName = "DXPORTAL_HTML"
    /// Put in front of every template's text, on a line of its own (a standalone tag renders
    /// nothing), so line numbers in parse errors are one more than in the file.
    static let pragma = "{{% CONTENT_TYPE: \(pragmaName) }}\n"

    /// Registers the content type with swift-mustache, once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: pragmaName)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: { entity(for: $0) != nil }) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let entity = entity(for: byte) {
                    entity.withUTF8Buffer { escaped.append(contentsOf: $0) }
                } else {
                    escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    @inline(__always)
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

import PortalModel

/// `/tim-kiem/index.json`: what the search page's script searches. One short entry per article,
/// document, story and page, newest first (pages last), with one-letter keys: `t` title, `u`
/// address relative to the base path, `k` kind (`a` article, `d` document, `s` story, `p` page),
/// `d` date as the site writes it (`03/6/2020`), `s` summary, `g` tags, `i` issuer. The script
/// folds marks itself, so the file holds each text once. Written by hand rather than through
/// `JSONEncoder`: a warm rebuild writes it again when an edit changes an entry, and at 10,000
/// articles the encoder took longer than the rest of that build.
struct SearchIndexWriter {
    let index: SiteIndex
    let bodies: RenderedBodies

    func json() -> [UInt8] {
        // Newest first across kinds (pages, without a date, last); equal dates keep the order of
        // the kinds and of the index. Only these small keys are sorted.
        var order: [(day: Int, item: ItemID)] = []
        order.reserveCapacity(index.articles.count + index.documents.count + index.stories.count + index.pages.count)
        order += index.articles.indices.map { (index.articles[$0].date.daysSinceEpoch, .article($0)) }
        order += index.documents.indices.map { (index.documents[$0].issued.daysSinceEpoch, .document($0)) }
        order += index.stories.indices.map { (index.stories[$0].date.daysSinceEpoch, .story($0)) }
        order += index.pages.indices.map { (Int.min, .page($0)) }
        let ordered = order.enumerated().sorted { a, b in
            a.element.day != b.element.day ? a.element.day > b.element.day : a.offset < b.offset
        }
        var json: [UInt8] = []
        json.reserveCapacity(order.count * 480)
        json.append(contentsOf: "{\"count\":\(order.count),\"items\":[\n".utf8)
        for (number, entry) in ordered.enumerated() {
            json.append(contentsOf: (number == 0 ? "{" : ",\n{").utf8)
            append(entry.element.item, to: &json)
            json.append(UInt8(ascii: "}"))
        }
        json.append(contentsOf: "\n]}\n".utf8)
        return json
    }

    private func append(_ item: ItemID, to json: inout [UInt8]) {
        var first = true
        for (key, value) in fields(of: item) {
            guard let value, !value.isEmpty else { continue }
            if !first { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "\""))
            json.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
            json.append(contentsOf: "\":".utf8)
            JSONText.appendString(value, to: &json)
            first = false
        }
    }

    /// What the index says of one item (a rebuild compares these to know whether to write it).
    func fields(of item: ItemID) -> [(key: StaticString, value: String?)] {
        func entry(_ title: String, kind: String, date: CalendarDate?, summary text: String?) -> [(key: StaticString, value: String?)] {
            [("t", title), ("u", relative(index.url(of: item))), ("k", kind), ("d", date.map(VietnameseFormat.shortDate)),
             ("s", text.map(summary))]
        }
        switch item {
        case .article(let i):
            let article = index.articles[i]
            return entry(article.title, kind: "a", date: article.date, summary: article.summary ?? bodies.articles[i].excerpt)
                + [("g", article.tags.map(\.value).joined(separator: ", "))]
        case .document(let i):
            let document = index.documents[i]
            return entry("\(document.type) \(document.symbol.text)", kind: "d", date: document.issued, summary: document.title)
                + [("i", index.issuers[document.issuer.value]?.name)]
        case .story(let i):
            let story = index.stories[i]
            return entry(story.title, kind: "s", date: story.date, summary: story.summary ?? bodies.stories[i].excerpt)
        case .page(let i):
            return entry(index.pages[i].title, kind: "p", date: nil, summary: index.pages[i].summary ?? bodies.pages[i].excerpt)
        }
    }

    /// True when the index of `other` (the same site before an edit of `items`) says the same of them.
    func saysTheSame(as other: SearchIndexWriter, about items: [ItemID]) -> Bool {
        items.allSatisfy { item in fields(of: item).map(\.value) == other.fields(of: item).map(\.value) }
    }

    private func relative(_ url: String) -> String {
        String(url.drop { $0 == "/" })
    }

    private func summary(_ text: String) -> String {
        ViewBuilder.clip(text, limit: 200)
    }
}

/// JSON string literals written by hand (RFC 8259): quotes, backslashes and control characters
/// escaped; `<`, `>` and `&` too, so the text is also safe inside an HTML script element.
enum JSONText {
    static func appendString(_ text: String, to json: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            json.append(UInt8(ascii: "\""))
            var plain = 0 // start of the bytes not yet copied
            for (offset, byte) in bytes.enumerated() where needsEscape(byte) {
                json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<offset]))
                switch byte {
                case 0x22: json += [0x5C, 0x22]
                case 0x5C: json += [0x5C, 0x5C]
                case 0x0A: json += [0x5C, UInt8(ascii: "n")]
                case 0x0D: json += [0x5C, UInt8(ascii: "r")]
                case 0x09: json += [0x5C, UInt8(ascii: "t")]
                default: json += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                }
                plain = offset + 1
            }
            json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain...]))
            json.append(UInt8(ascii: "\""))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x7F
    }
}

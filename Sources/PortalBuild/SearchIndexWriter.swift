import PortalModel

/// `/tim-kiem/index.json`: what the search page's script searches. One short entry per article,
/// document, story and page, newest first (pages last), with one-letter keys: `t` title, `u`
/// address relative to the base path, `k` kind (`a` article, `d` document, `s` story, `p` page),
/// `d` date as the site writes it (`03/6/2020`), `s` summary, `g` tags, `i` issuer. The script
/// folds marks itself, so the file holds each text once. Written by hand rather than through
/// `JSONEncoder`: a warm rebuild writes it again, and at 10,000 articles the encoder took longer
/// than the rest of that build.
struct SearchIndexWriter {
    let index: SiteIndex
    let bodies: RenderedBodies

    private struct Entry {
        let date: CalendarDate?
        let fields: [(key: String, value: String?)]
    }

    func json() -> [UInt8] {
        var entries: [Entry] = []
        entries.reserveCapacity(index.articles.count + index.documents.count + index.stories.count + index.pages.count)
        for (i, article) in index.articles.enumerated() {
            entries.append(Entry(date: article.date, fields: [
                ("t", article.title), ("u", relative(URLScheme.article(article))), ("k", "a"),
                ("d", VietnameseFormat.shortDate(article.date)), ("s", summary(article.summary ?? bodies.articles[i].excerpt)),
                ("g", article.tags.isEmpty ? nil : article.tags.joined(separator: ", ")),
            ]))
        }
        for document in index.documents {
            entries.append(Entry(date: document.issued, fields: [
                ("t", "\(document.type) \(document.symbol.text)"), ("u", relative(URLScheme.document(document))), ("k", "d"),
                ("d", VietnameseFormat.shortDate(document.issued)), ("s", summary(document.title)),
                ("i", index.issuers[document.issuer.value]?.name),
            ]))
        }
        for (i, story) in index.stories.enumerated() {
            entries.append(Entry(date: story.date, fields: [
                ("t", story.title), ("u", relative(URLScheme.story(story))), ("k", "s"),
                ("d", VietnameseFormat.shortDate(story.date)), ("s", summary(story.summary ?? bodies.stories[i].excerpt)),
            ]))
        }
        for page in index.pages {
            entries.append(Entry(date: nil, fields: [
                ("t", page.title), ("u", relative(URLScheme.page(page))), ("k", "p"), ("s", page.summary.map(summary)),
            ]))
        }
        // Newest first across kinds; equal dates keep the kinds' own order (the sort is stable).
        let ordered = entries.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: a.offset < b.offset
            }
        }
        var json: [UInt8] = []
        json.reserveCapacity(entries.count * 400)
        json.append(contentsOf: "{\"count\":\(entries.count),\"items\":[\n".utf8)
        for (number, item) in ordered.enumerated() {
            json.append(contentsOf: (number == 0 ? "{" : ",\n{").utf8)
            var first = true
            for field in item.element.fields {
                guard let value = field.value, !value.isEmpty else { continue }
                json.append(contentsOf: ((first ? "\"" : ",\"") + field.key + "\":").utf8)
                JSONText.appendString(value, to: &json)
                first = false
            }
            json.append(UInt8(ascii: "}"))
        }
        return json + Array("\n]}\n".utf8)
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
        json.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case 0x22: json += [0x5C, 0x22]
            case 0x5C: json += [0x5C, 0x5C]
            case 0x0A: json += [0x5C, UInt8(ascii: "n")]
            case 0x0D: json += [0x5C, UInt8(ascii: "r")]
            case 0x09: json += [0x5C, UInt8(ascii: "t")]
            case 0x00..<0x20, 0x26, 0x3C, 0x3E, 0x7F:
                json.append(contentsOf: "\\u00".utf8)
                json += [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            default: json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

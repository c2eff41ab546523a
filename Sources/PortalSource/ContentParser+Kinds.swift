import PortalModel

extension ContentParser {
    func article(_ fields: YAMLMapping, path: String, body: MarkdownBody, log: DiagnosticLog) -> Article? {
        let title = fields.text("title", required: true)
        let date = fields.date("date", required: true)
        // `articles/2024/x.md` dated 2023 is published under /tin-tuc/2023/: said, as the editor
        // looking for it in the folder of its year would not find it.
        let parts = path.split(separator: "/")
        if let date, parts.count == 4, let folderYear = Int(parts[2]), folderYear != date.year {
            log.warning(.articleInOtherYearFolder(folder: folderYear, year: date.year), at: fields.location(of: "date"))
        }
        let (cover, coverAlt) = cover(fields, log: log)
        let source = fields.mapping("source", allowed: ["name", "url"]).map { source in
            Article.Source(name: source.text("name", required: true) ?? "", url: source.link("url"))
        }
        // An update before the article itself is a typo; the page, the feeds and the sitemap
        // would each show a different date: warned and left out.
        var updated = fields.date("updated")
        if let changed = updated, let date, changed < date {
            log.warning(.datesOutOfOrder(key: "updated", date: VietnameseFormat.shortDate(changed), earlierKey: "date",
                                         earlierDate: VietnameseFormat.shortDate(date)), at: fields.location(of: "updated"))
            updated = nil
        }
        let tags = fields.textList("tags")
        // An ASCII letter or digit always survives into the slug: most tags skip the slugging here.
        for tag in tags where !tag.value.utf8.contains(where: Self.isASCIIAlphanumeric) && Slug.make(tag.value).isEmpty {
            log.warning(.emptySlug(name: tag.value), at: tag.location) // it would be left out silently
        }
        // A slug is never longer than its text: only long tags are slugged here.
        for tag in tags where tag.value.utf8.count > Slug.maximumLength {
            let length = Slug.make(tag.value).utf8.count
            if length > Slug.maximumLength {
                log.error(.addressPartTooLong(key: "tags", length: length, maximum: Slug.maximumLength), at: tag.location)
            }
        }
        let article = Article(
            path: path, slug: slug(fields, path: path, log: log), title: title ?? "", date: date ?? .init(daysSinceEpoch: 0),
            summary: fields.text("summary"), pillar: fields.locatedText("pillar"), sectors: fields.textList("sectors"),
            locality: fields.locatedText("locality"), tags: tags,
            documents: fields.textList("documents"), cover: cover, coverAlt: coverAlt, author: fields.text("author"),
            source: source, publication: publication(fields), updated: updated,
            aliases: fields.textList("aliases"), body: body)
        return title != nil && date != nil ? article : nil
    }

    func document(_ fields: YAMLMapping, path: String, body: MarkdownBody, log: DiagnosticLog) -> Document? {
        let numberText = fields.text("number", required: true)
        let symbol = numberText.flatMap { text in
            let parsed = DocumentSymbol.parse(text)
            if parsed == nil { log.error(.invalidSymbol(text: text), at: fields.location(of: "number")) }
            return parsed
        }
        // A known type is written as the list spells it, so all its documents share one heading.
        let type = fields.text("type", required: true).map { DocumentTypes.canonicalName($0) ?? $0 }
        let issuer = fields.locatedText("issuer", required: true)
        let issued = fields.date("issued", required: true)
        let title = fields.text("title", required: true)
        let effective = fields.date("effective")
        let expires = fields.date("expires")
        checkOrder(fields, ["issued": issued, "effective": effective, "expires": expires], log: log)
        var status: DocumentStatus?
        if let text = fields.text("status") {
            status = DocumentStatus(text: text)
            if status == nil {
                log.error(.invalidValue(key: "status", value: text, allowed: DocumentStatus.allCases.map(\.name)),
                          at: fields.location(of: "status"))
            }
        }
        let attachments = fields.mappings("attachments", allowed: ["file", "title"]).compactMap { item -> Attachment? in
            let file = item.media("file", required: true, log: log)
            let title = item.text("title") ?? file?.path.split(separator: "/").last.map(String.init)
            guard let file, let title else { return nil }
            return Attachment(file: file, title: title)
        }
        let tasks = fields.mappings("tasks", allowed: ["content", "lead", "partners", "timeline"]).compactMap { item in
            item.text("content", required: true).map {
                PlanTask(content: $0, lead: item.text("lead"), partners: item.text("partners"), timeline: item.text("timeline"))
            }
        }
        let relations = Document.Relations(
            basedOn: fields.textList("based_on"), replaces: fields.textList("replaces"),
            amends: fields.textList("amends"), guides: fields.textList("guides"))
        // Without a `slug` key the address comes from the symbol, not the file name.
        let slug = fields.has("slug") ? slug(fields, path: path, log: log) : nil
        guard let symbol, let type, let issuer, let issued, let title else { return nil }
        return Document(
            path: path, symbol: symbol, symbolLocation: fields.location(of: "number"), type: type, issuer: issuer,
            issued: issued, title: title, signer: fields.text("signer"), effective: effective,
            expires: expires, status: status, term: fields.text("term").map(Document.normalizedTerm),
            relations: relations, pillars: fields.textList("pillars"), sectors: fields.textList("sectors"),
            attachments: attachments, sourceURL: fields.link("source_url"), tasks: tasks,
            aliases: fields.textList("aliases"), body: body, slug: slug,
            typeLocation: fields.location(of: "type"), termLocation: fields.has("term") ? fields.location(of: "term") : nil)
    }

    func story(_ fields: YAMLMapping, path: String, body: MarkdownBody, log: DiagnosticLog) -> Story? {
        let title = fields.text("title", required: true)
        let date = fields.date("date", required: true)
        let locality = fields.locatedText("locality", required: true)
        let (cover, coverAlt) = cover(fields, log: log)
        let metrics = fields.mappings("metrics", allowed: ["label", "value", "unit", "before", "as_of"]).compactMap { item in
            let label = item.text("label", required: true)
            let value = item.number("value", required: true)
            return label.flatMap { label in
                value.map { Metric(label: label, value: $0, unit: item.text("unit"), before: item.number("before"), asOf: item.date("as_of")) }
            }
        }
        guard let title, let date, let locality else { return nil }
        return Story(
            path: path, slug: slug(fields, path: path, log: log), title: title, date: date, summary: fields.text("summary"),
            locality: locality, unit: fields.text("unit"), pillar: fields.locatedText("pillar"),
            sectors: fields.textList("sectors"), platform: fields.text("platform"), metrics: metrics,
            documents: fields.textList("documents"), cover: cover, coverAlt: coverAlt,
            publication: publication(fields), aliases: fields.textList("aliases"), body: body)
    }

    func page(_ fields: YAMLMapping, path: String, body: MarkdownBody, log: DiagnosticLog) -> Page? {
        guard let title = fields.text("title", required: true) else { return nil }
        let draft = fields.bool("draft") ?? false
        return Page(path: path, slug: slug(fields, path: path, log: log), title: title, menu: fields.integer("menu"),
                    summary: fields.text("summary"), draft: draft, aliases: fields.textList("aliases"), body: body)
    }

    /// A document takes effect on or after its issue date (a warning: rare, but retroactive
    /// effect exists) and expires after it takes effect (an error).
    private func checkOrder(_ fields: YAMLMapping, _ dates: [String: CalendarDate?], log: DiagnosticLog) {
        func check(_ key: String, after earlierKey: String, severity: Severity) {
            guard let date = dates[key] ?? nil, let earlier = dates[earlierKey] ?? nil, date < earlier else { return }
            let problem = Problem.datesOutOfOrder(key: key, date: VietnameseFormat.shortDate(date), earlierKey: earlierKey,
                                                  earlierDate: VietnameseFormat.shortDate(earlier))
            if severity == .error { log.error(problem, at: fields.location(of: key)) } else { log.warning(problem, at: fields.location(of: key)) }
        }
        check("effective", after: "issued", severity: .warning)
        check("expires", after: (dates["effective"] ?? nil) == nil ? "issued" : "effective", severity: .error)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

import PortalModel
import PortalTemplates

extension ViewBuilder {
    func document(_ i: Int) -> PageView<DocumentView> {
        let document = index.documents[i]
        let graph = index.graph
        var view = DocumentView()
        view.symbol = document.symbol.text
        view.type = document.type
        view.title = document.title
        let issuer = index.issuers[document.issuer.value]
        view.issuerName = issuer?.name ?? document.issuer.value
        view.signer = document.signer
        view.issuedText = VietnameseFormat.shortDate(document.issued)
        view.issuedLong = VietnameseFormat.longDate(document.issued)
        view.isoDate = document.issued.iso
        view.effectiveText = document.effective.map(VietnameseFormat.shortDate)
        view.expiresText = document.expires.map(VietnameseFormat.shortDate)
        view.term = document.term
        view.statusName = graph.status[i].name
        view.statusClass = graph.status[i].rawValue
        view.sourceURL = document.sourceURL
        view.bodyHTML = bodies.documents[i].html
        view.attachments = document.attachments.map { attachment in
            var item = AttachmentView()
            item.title = attachment.title
            item.url = link(URLScheme.media(attachment.file.path))
            item.sizeText = VietnameseFormat.fileSize(index.mediaSizes[attachment.file.path] ?? 0)
            item.format = attachment.file.path.split(separator: ".").last.map { $0.uppercased() } ?? ""
            return item
        }
        view.tasks = document.tasks.enumerated().map { number, task in
            var item = TaskView()
            item.number = number + 1
            item.content = task.content
            item.lead = task.lead
            item.partners = task.partners
            item.timeline = task.timeline
            return item
        }
        view.basedOn = graph.basedOn[i].map(row)
        view.basedOnBy = graph.basedOnBy[i].map(row)
        view.replaces = graph.replaces[i].map(row)
        view.replacedBy = graph.replacedBy[i].map(row)
        view.amends = graph.amends[i].map(row)
        view.amendedBy = graph.amendedBy[i].map(row)
        view.guides = graph.guides[i].map(row)
        view.guidedBy = graph.guidedBy[i].map(row)
        view.citedBy = graph.citedBy[i].map(card)
        view.pillars = document.pillars.compactMap { termLink(.pillar, $0.value) }
        view.sectors = document.sectors.compactMap { termLink(.sector, $0.value) }
        let page = meta(title: "\(document.type) \(document.symbol.text)", url: URLScheme.document(document),
                        description: document.title, crumbs: [("Văn bản", URLScheme.documents)], ogType: "article")
        return PageView(site: site(section: URLScheme.documents), page: page, content: view)
    }

    func documentIndex() -> PageView<DocumentIndexView> {
        var view = DocumentIndexView()
        view.heading = "Văn bản chỉ đạo, điều hành"
        view.intro = "Danh mục văn bản về chuyển đổi số, văn bản mới ban hành xếp trước."
        view.rows = index.documents.indices.map(row)
        view.count = view.rows.count
        view.feedURL = link(URLScheme.documentsFeed)
        let page = meta(title: view.heading, url: URLScheme.documents, description: view.intro, feed: URLScheme.documentsFeed)
        return PageView(site: site(section: URLScheme.documents), page: page, content: view)
    }
}

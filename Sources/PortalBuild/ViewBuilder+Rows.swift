import Foundation
import PortalModel
import PortalTemplates

extension ViewBuilder {
    /// A card for any listed item; the same card on every page of one build.
    func card(_ item: ItemID) -> CardView {
        note(item)
        return cards.view(for: item) { makeCard(item) }
    }

    private func makeCard(_ item: ItemID) -> CardView {
        let card = CardView()
        card.url = link(index.url(of: item))
        switch item {
        case .article(let i):
            let article = index.articles[i]
            card.title = article.title
            card.kind = "Tin tức"
            card.summary = article.summary ?? bodies.articles[i].excerpt
            card.place = article.locality.map { termName(.locality, $0.value) }
            card.cover = image(article.cover, alt: article.coverAlt)
        case .story(let i):
            let story = index.stories[i]
            card.title = story.title
            card.kind = "Câu chuyện thành công"
            card.summary = story.summary ?? bodies.stories[i].excerpt
            card.place = termName(.locality, story.locality.value)
            card.cover = image(story.cover, alt: story.coverAlt)
        case .document(let i):
            let document = index.documents[i]
            card.title = "\(document.type) \(document.symbol.text)"
            card.kind = "Văn bản"
            card.summary = document.title
            card.place = index.issuers[document.issuer.value]?.name
        case .page(let i):
            card.title = index.pages[i].title
            card.kind = "Trang"
            card.summary = index.pages[i].summary ?? bodies.pages[i].excerpt
        }
        card.summary = Self.clip(card.summary, limit: 240)
        if case .page = item {} else { // a plain page has no date
            let date = index.date(of: item)
            card.dateText = VietnameseFormat.shortDate(date)
            card.isoDate = date.iso
        }
        let templates = self.templates
        // The card owns its PartialHTML, so the renderer must not keep the card alive in turn.
        card.html = PartialHTML(names: PartialHTML.cardLevels) { [unowned card] level in templates.card(card, level: level) }
        return card
    }

    /// A document as a table row.
    func row(_ i: Int) -> DocumentRowView {
        note(.document(i))
        return rows.view(for: i) { makeRow(i) }
    }

    /// A related document the index does not have, as the citation writes it: no page to link.
    func unindexedRow(_ citation: String) -> DocumentRowView {
        let row = DocumentRowView()
        row.indexed = false
        row.symbol = citation
        return withPartials(row)
    }

    private func makeRow(_ i: Int) -> DocumentRowView {
        let document = index.documents[i]
        let row = DocumentRowView()
        row.symbol = document.symbol.text
        row.url = link(URLScheme.document(document))
        row.type = document.type
        row.typeID = Slug.make(document.type)
        row.issuedText = VietnameseFormat.shortDate(document.issued)
        row.isoDate = document.issued.iso
        row.year = document.issued.year
        row.title = document.title
        row.issuerID = document.issuer.value
        row.issuerName = index.issuers[document.issuer.value]?.name ?? document.issuer.value
        row.statusName = index.graph.status[i].name
        row.statusClass = index.graph.status[i].rawValue
        row.downloads = document.attachments.map(attachment)
        row.searchText = Slug.fold(text: "\(document.symbol.text) \(document.type) \(document.title) \(row.issuerName)")
        return withPartials(row)
    }

    /// The row, drawing itself through the document partials (`{{{html.document-item}}}`).
    private func withPartials(_ row: DocumentRowView) -> DocumentRowView {
        let templates = self.templates
        // The row owns its PartialHTML, so the renderer must not keep the row alive in turn.
        row.html = PartialHTML(names: PartialHTML.documentPartials) { [unowned row] partial in templates.document(row, partial: partial) }
        return row
    }

    func attachment(_ attachment: Attachment) -> AttachmentView {
        let item = AttachmentView()
        item.title = attachment.title
        item.url = link(URLScheme.media(attachment.file.path))
        item.sizeText = VietnameseFormat.fileSize(index.mediaSizes[attachment.file.path] ?? 0)
        item.format = attachment.file.path.split(separator: ".").last.map { $0.uppercased() } ?? ""
        return item
    }

    /// Numbered links for page `current` of `total`, around the current one.
    func pagination(list: String, current: Int, total: Int) -> PaginationView? {
        guard total > 1 else { return nil }
        let view = PaginationView()
        view.current = current
        view.total = total
        view.prevURL = current > 1 ? link(URLScheme.paginated(list, page: current - 1)) : nil
        view.nextURL = current < total ? link(URLScheme.paginated(list, page: current + 1)) : nil
        let window = Set([1, total] + Array(max(1, current - 2)...min(total, current + 2)))
        view.pages = window.sorted().map { number in
            let page = PageNumberView()
            page.number = number
            page.url = link(URLScheme.paginated(list, page: number))
            page.current = number == current
            return page
        }
        return view
    }
}

/// Views of one build that show a single item (cards, document rows), built once and shared by
/// every page that shows the item. A new build or preview update starts new shelves, so an
/// edited item never shows an old view.
final class ViewShelf<Key: Hashable, View: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var views: [Key: View] = [:]

    func view(for key: Key, make: () -> View) -> View {
        if let view = lock.withLock({ views[key] }) { return view }
        let view = make()
        return lock.withLock {
            if let first = views[key] { return first }
            views[key] = view
            return view
        }
    }
}

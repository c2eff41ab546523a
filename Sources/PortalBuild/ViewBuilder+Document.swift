import PortalModel
import PortalTemplates

extension ViewBuilder {
    func document(_ i: Int) -> PageView<DocumentView> {
        note(.document(i))
        let document = index.documents[i]
        let graph = index.graph
        let view = DocumentView()
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
        view.sourceURL = document.sourceURL.map { Self.siteURL($0, base: index.config.baseURL) }
        view.bodyHTML = bodies.documents[i].html
        view.attachments = document.attachments.map(attachment)
        view.tasks = document.tasks.enumerated().map { number, task in
            let item = TaskView()
            item.number = number + 1
            item.content = task.content
            item.lead = task.lead
            item.partners = task.partners
            item.timeline = task.timeline
            return item
        }
        let unindexed = graph.unindexed[i]
        view.basedOn = graph.basedOn[i].map(row) + unindexed.basedOn.map(unindexedRow)
        view.basedOnBy = graph.basedOnBy[i].map(row)
        view.replaces = graph.replaces[i].map(row) + unindexed.replaces.map(unindexedRow)
        view.replacedBy = graph.replacedBy[i].map(row)
        view.amends = graph.amends[i].map(row) + unindexed.amends.map(unindexedRow)
        view.amendedBy = graph.amendedBy[i].map(row)
        view.guides = graph.guides[i].map(row) + unindexed.guides.map(unindexedRow)
        view.guidedBy = graph.guidedBy[i].map(row)
        // A document already listed by its relation (based on this one, replacing it …) is not
        // listed again among the items that mention this one.
        let related = Set([graph.basedOn, graph.basedOnBy, graph.replaces, graph.replacedBy, graph.amends, graph.amendedBy,
                           graph.guides, graph.guidedBy].flatMap { $0[i] })
        view.citedBy = graph.citedBy[i].filter { item in
            guard case .document(let other) = item else { return true }
            return !related.contains(other)
        }.map(card)
        view.chain = chain(from: i)
        view.jsonLD = LegislationJSON(index: index, views: self).json(for: i)
        view.pillars = document.pillars.compactMap { termLink(.pillar, $0.value) }
        view.sectors = document.sectors.compactMap { termLink(.sector, $0.value) }
        let page = meta(title: "\(document.type) \(document.symbol.text)", url: URLScheme.document(document),
                        description: document.title, crumbs: [("Văn bản", URLScheme.documents)], ogType: "article")
        return PageView(site: site(section: URLScheme.documents), page: page, content: view)
    }

    /// The documents `i` rests on (through `based_on`), placed by their longest distance from `i`
    /// so that each level rests on the ones above it: the national programme comes first, `i` last.
    func chain(from i: Int) -> [ChainLevelView] {
        let maximumDepth = 8
        var depth: [Int: Int] = [i: 0]
        var queue = [i]
        while let current = queue.popLast() {
            let next = (depth[current] ?? 0) + 1
            guard next <= maximumDepth else { continue }
            for parent in index.graph.basedOn[current] where (depth[parent] ?? -1) < next {
                depth[parent] = next
                queue.append(parent)
            }
        }
        guard depth.count > 1 else { return [] }
        let levels = Dictionary(grouping: depth.keys) { depth[$0] ?? 0 }
        return levels.keys.sorted(by: >).map { key in
            let level = (levels[key] ?? []).sorted()
            let view = ChainLevelView()
            view.documents = level.map(row)
            view.isCurrent = key == 0
            return view
        }
    }

    /// `/van-ban/` (all documents) or a facet page, grouped by level of the issuer.
    func documentIndex(_ facet: DocumentFacets.Entry? = nil, facets: DocumentFacets) -> PageView<DocumentIndexView> {
        let view = DocumentIndexView()
        let documents = facet?.documents ?? Array(index.documents.indices)
        view.heading = facet.map(facetHeading) ?? "Văn bản chỉ đạo, điều hành"
        view.intro = facet == nil ? "Danh mục văn bản về chuyển đổi số, văn bản mới ban hành xếp trước." : nil
        view.isFacet = facet != nil
        view.groups = groups(documents)
        view.count = documents.count
        let facetView = { (entry: DocumentFacets.Entry) in facetLink(entry, current: entry.facet == facet?.facet) }
        view.types = facets.types.map(facetView)
        view.issuers = facets.issuers.map(facetView)
        view.years = facets.years.map(facetView)
        view.indexURL = link(URLScheme.documents)
        view.feedURL = link(URLScheme.documentsFeed)
        view.jsonURL = link(URLScheme.documentsJSON)
        view.csvURL = link(URLScheme.documentsCSV)
        let url = facet?.facet.url ?? URLScheme.documents
        let crumbs = facet.map { [("Văn bản", URLScheme.documents), ($0.facet.family.name, $0.facet.family.url)] } ?? []
        let page = meta(title: view.heading, url: url, description: view.intro ?? view.heading, crumbs: crumbs,
                        feed: URLScheme.documentsFeed)
        return PageView(site: site(section: URLScheme.documents), page: page, content: view)
    }

    /// `/van-ban/loai/` and the like: every value of one facet, with its number of documents.
    func documentFacetFamily(_ family: DocumentFacetFamily, facets: DocumentFacets) -> PageView<TaxonomyView> {
        let view = TaxonomyView()
        view.heading = family.heading
        view.intro = "Chọn một mục để xem các văn bản thuộc mục đó."
        view.terms = facets.entries(of: family).map { facetLink($0) }
        let page = meta(title: family.heading, url: family.url, description: family.heading,
                        crumbs: [("Văn bản", URLScheme.documents)])
        return PageView(site: site(section: URLScheme.documents), page: page, content: view)
    }

    private func facetHeading(_ entry: DocumentFacets.Entry) -> String {
        switch entry.facet {
        case .type: "Văn bản loại \(entry.name)"
        case .issuer: "Văn bản của \(entry.name)"
        case .year: "Văn bản ban hành năm \(entry.name)"
        }
    }

    private func facetLink(_ entry: DocumentFacets.Entry, current: Bool = false) -> TermLinkView {
        let view = TermLinkView()
        view.current = current
        view.id = entry.id
        view.name = entry.name
        view.url = link(entry.facet.url)
        view.count = entry.documents.count
        return view
    }

    /// Rows grouped by the level of their issuer, levels in their fixed order.
    private func groups(_ documents: [Int]) -> [DocumentGroupView] {
        let byLevel = Dictionary(grouping: documents) { index.issuers[index.documents[$0].issuer.value]?.level ?? .tinh }
        return Issuer.Level.allCases.compactMap { level in
            guard let members = byLevel[level] else { return nil }
            let group = DocumentGroupView()
            group.id = "cap_\(level.rawValue.replacingOccurrences(of: "-", with: "_"))"
            group.name = level.name
            group.rows = members.sorted().map(row)
            group.count = members.count
            return group
        }
    }
}

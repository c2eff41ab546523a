// Typed, Mirror-free lookup of view-model properties for swift-mustache (about twice as fast).
// Every stored property is listed; `ViewModelLookupTests` checks that none is missing.

import Mustache
import PortalModel

/// A view model as swift-mustache reads it: its values by name, and itself as its own
/// representation. swift-mustache asks every object on its context stack, for every tag,
/// whether it has a custom representation. On Linux a cast of a class instance that fails
/// also tries to unbox Foundation's `__SwiftValue`, several times the cost of a cast that
/// succeeds; answering "yes, myself" took 9 % off the CPU time of a 10,000-article build.
public protocol MustacheView: MustacheParent, MustacheCustomRepresentation {}

extension MustacheView {
    public var representation: Any? { self }
}

extension PageView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "page": self.page
        case "content": self.content
        default: nil
        }
    }
}

extension SiteView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "description": self.description.map(Text.init)
        case "owner": self.owner.map(Text.init)
        case "address": self.address.map(Text.init)
        case "phone": self.phone.map(Text.init)
        case "email": self.email.map(Text.init)
        case "homeURL": Text(self.homeURL)
        case "stylesheetURL": Text(self.stylesheetURL)
        case "scriptURL": Text(self.scriptURL)
        case "iconURL": Text(self.iconURL)
        case "feedURL": Text(self.feedURL)
        case "searchURL": Text(self.searchURL)
        case "menu": self.menu
        case "footerLinks": self.footerLinks
        case "homeCurrent": self.homeCurrent
        case "headerHTML": Text(self.headerHTML)
        case "footerHTML": Text(self.footerHTML)
        default: nil
        }
    }
}

extension MenuLinkView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "url": Text(self.url)
        case "current": self.current
        default: nil
        }
    }
}

extension LinkView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "url": Text(self.url)
        default: nil
        }
    }
}

extension PageMeta: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "documentTitle": Text(self.documentTitle)
        case "description": Text(self.description)
        case "canonicalURL": Text(self.canonicalURL)
        case "ogType": Text(self.ogType)
        case "ogImage": self.ogImage.map(Text.init)
        case "breadcrumbs": self.breadcrumbs
        case "alternateFeedURL": self.alternateFeedURL.map(Text.init)
        case "prevURL": self.prevURL.map(Text.init)
        case "nextURL": self.nextURL.map(Text.init)
        default: nil
        }
    }
}

extension CardView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "url": Text(self.url)
        case "kind": Text(self.kind)
        case "dateText": Text(self.dateText)
        case "isoDate": Text(self.isoDate)
        case "summary": Text(self.summary)
        case "place": self.place.map(Text.init)
        case "cover": self.cover
        case "html": self.html
        default: nil
        }
    }
}

extension ImageView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": Text(self.url)
        case "alt": Text(self.alt)
        default: nil
        }
    }
}

extension DocumentRowView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "indexed": self.indexed
        case "symbol": Text(self.symbol)
        case "url": Text(self.url)
        case "type": Text(self.type)
        case "typeID": Text(self.typeID)
        case "issuedText": Text(self.issuedText)
        case "isoDate": Text(self.isoDate)
        case "year": self.year
        case "title": Text(self.title)
        case "issuerID": Text(self.issuerID)
        case "issuerName": Text(self.issuerName)
        case "statusName": Text(self.statusName)
        case "statusClass": Text(self.statusClass)
        case "downloads": self.downloads
        case "searchText": Text(self.searchText)
        case "html": self.html
        default: nil
        }
    }
}

extension DocumentGroupView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": Text(self.id)
        case "name": Text(self.name)
        case "rows": self.rows
        case "count": Text(VietnameseFormat.count(self.count))
        default: nil
        }
    }
}

extension ChainLevelView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "documents": self.documents
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension PaginationView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "current": self.current
        case "total": self.total
        case "prevURL": self.prevURL.map(Text.init)
        case "nextURL": self.nextURL.map(Text.init)
        case "pages": self.pages
        default: nil
        }
    }
}

extension PageNumberView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "url": Text(self.url)
        case "current": self.current
        default: nil
        }
    }
}

extension TermLinkView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": Text(self.id)
        case "name": Text(self.name)
        case "url": Text(self.url)
        case "count": Text(VietnameseFormat.count(self.count))
        case "current": self.current
        default: nil
        }
    }
}

extension HomeView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "lead": self.lead
        case "news": self.news
        case "stories": self.stories
        case "documents": self.documents
        case "pillars": self.pillars
        case "newsURL": Text(self.newsURL)
        case "storiesURL": Text(self.storiesURL)
        case "documentsURL": Text(self.documentsURL)
        default: nil
        }
    }
}

extension ListView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": Text(self.heading)
        case "intro": self.intro.map(Text.init)
        case "items": self.items
        case "pagination": self.pagination
        case "feedURL": self.feedURL.map(Text.init)
        case "emptyText": Text(self.emptyText)
        default: nil
        }
    }
}

extension TaxonomyView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": Text(self.heading)
        case "intro": Text(self.intro)
        case "terms": self.terms
        default: nil
        }
    }
}

extension PlainPageView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "summary": self.summary.map(Text.init)
        case "bodyHTML": Text(self.bodyHTML)
        case "toc": self.toc
        default: nil
        }
    }
}

extension SearchView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "summary": self.summary.map(Text.init)
        case "indexURL": Text(self.indexURL)
        case "basePath": Text(self.basePath)
        case "sections": self.sections
        default: nil
        }
    }
}

extension AliasView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "targetURL": Text(self.targetURL)
        case "canonicalURL": Text(self.canonicalURL)
        case "title": Text(self.title)
        default: nil
        }
    }
}

extension ArticleView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "dateText": Text(self.dateText)
        case "isoDate": Text(self.isoDate)
        case "updatedText": self.updatedText.map(Text.init)
        case "summary": self.summary.map(Text.init)
        case "author": self.author.map(Text.init)
        case "source": self.source
        case "sourceName": self.sourceName.map(Text.init)
        case "cover": self.cover
        case "bodyHTML": Text(self.bodyHTML)
        case "pillar": self.pillar
        case "sectors": self.sectors
        case "locality": self.locality
        case "tags": self.tags
        case "documents": self.documents
        case "related": self.related
        default: nil
        }
    }
}

extension StoryView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "dateText": Text(self.dateText)
        case "isoDate": Text(self.isoDate)
        case "summary": self.summary.map(Text.init)
        case "locality": self.locality
        case "unit": self.unit.map(Text.init)
        case "platform": self.platform.map(Text.init)
        case "metrics": self.metrics
        case "cover": self.cover
        case "bodyHTML": Text(self.bodyHTML)
        case "pillar": self.pillar
        case "sectors": self.sectors
        case "documents": self.documents
        default: nil
        }
    }
}

extension MetricView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": Text(self.label)
        case "value": Text(self.value)
        case "unit": self.unit.map(Text.init)
        case "before": self.before.map(Text.init)
        case "asOf": self.asOf.map(Text.init)
        default: nil
        }
    }
}

extension DocumentView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "symbol": Text(self.symbol)
        case "type": Text(self.type)
        case "title": Text(self.title)
        case "issuerName": Text(self.issuerName)
        case "issuerURL": self.issuerURL.map(Text.init)
        case "signer": self.signer.map(Text.init)
        case "issuedText": Text(self.issuedText)
        case "issuedLong": Text(self.issuedLong)
        case "isoDate": Text(self.isoDate)
        case "effectiveText": self.effectiveText.map(Text.init)
        case "expiresText": self.expiresText.map(Text.init)
        case "term": self.term.map(Text.init)
        case "statusName": Text(self.statusName)
        case "statusClass": Text(self.statusClass)
        case "sourceURL": self.sourceURL.map(Text.init)
        case "bodyHTML": Text(self.bodyHTML)
        case "attachments": self.attachments
        case "tasks": self.tasks
        case "basedOn": self.basedOn
        case "basedOnBy": self.basedOnBy
        case "replaces": self.replaces
        case "replacedBy": self.replacedBy
        case "amends": self.amends
        case "amendedBy": self.amendedBy
        case "guides": self.guides
        case "guidedBy": self.guidedBy
        case "citedBy": self.citedBy
        case "chain": self.chain
        case "pillars": self.pillars
        case "sectors": self.sectors
        case "jsonLD": Text(self.jsonLD)
        default: nil
        }
    }
}

extension AttachmentView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": Text(self.title)
        case "url": Text(self.url)
        case "sizeText": Text(self.sizeText)
        case "format": Text(self.format)
        default: nil
        }
    }
}

extension TaskView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "content": Text(self.content)
        case "lead": self.lead.map(Text.init)
        case "partners": self.partners.map(Text.init)
        case "timeline": self.timeline.map(Text.init)
        default: nil
        }
    }
}

extension DocumentIndexView: MustacheView {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": Text(self.heading)
        case "intro": self.intro.map(Text.init)
        case "groups": self.groups
        case "count": Text(VietnameseFormat.count(self.count))
        case "isFacet": self.isFacet
        case "indexURL": Text(self.indexURL)
        case "types": self.types
        case "issuers": self.issuers
        case "years": self.years
        case "feedURL": Text(self.feedURL)
        case "jsonURL": Text(self.jsonURL)
        case "csvURL": Text(self.csvURL)
        default: nil
        }
    }
}

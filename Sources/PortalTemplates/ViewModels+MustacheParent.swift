// Typed, Mirror-free lookup of view-model properties for swift-mustache (about twice as fast).
// Every stored property is listed; `ViewModelLookupTests` checks that none is missing.

import Mustache

extension PageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "page": self.page
        case "content": self.content
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "description": self.description
        case "owner": self.owner
        case "address": self.address
        case "phone": self.phone
        case "email": self.email
        case "homeURL": self.homeURL
        case "stylesheetURL": self.stylesheetURL
        case "scriptURL": self.scriptURL
        case "iconURL": self.iconURL
        case "feedURL": self.feedURL
        case "menu": self.menu
        case "footerLinks": self.footerLinks
        case "homeCurrent": self.homeCurrent
        case "headerHTML": self.headerHTML
        case "footerHTML": self.footerHTML
        default: nil
        }
    }
}

extension MenuLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "current": self.current
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "documentTitle": self.documentTitle
        case "description": self.description
        case "canonicalURL": self.canonicalURL
        case "ogType": self.ogType
        case "ogImage": self.ogImage
        case "breadcrumbs": self.breadcrumbs
        case "alternateFeedURL": self.alternateFeedURL
        case "prevURL": self.prevURL
        case "nextURL": self.nextURL
        default: nil
        }
    }
}

extension CardView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "kind": self.kind
        case "dateText": self.dateText
        case "isoDate": self.isoDate
        case "summary": self.summary
        case "place": self.place
        case "cover": self.cover
        case "html": self.html
        default: nil
        }
    }
}

extension ImageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": self.url
        case "alt": self.alt
        default: nil
        }
    }
}

extension DocumentRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "symbol": self.symbol
        case "url": self.url
        case "type": self.type
        case "typeID": self.typeID
        case "issuedText": self.issuedText
        case "isoDate": self.isoDate
        case "year": self.year
        case "title": self.title
        case "issuerID": self.issuerID
        case "issuerName": self.issuerName
        case "statusName": self.statusName
        case "statusClass": self.statusClass
        case "downloads": self.downloads
        case "searchText": self.searchText
        default: nil
        }
    }
}

extension DocumentGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "rows": self.rows
        case "count": self.count
        default: nil
        }
    }
}

extension ChainLevelView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "documents": self.documents
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension PaginationView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "current": self.current
        case "total": self.total
        case "prevURL": self.prevURL
        case "nextURL": self.nextURL
        case "pages": self.pages
        default: nil
        }
    }
}

extension PageNumberView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "url": self.url
        case "current": self.current
        default: nil
        }
    }
}

extension TermLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "url": self.url
        case "count": self.count
        default: nil
        }
    }
}

extension HomeView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lead": self.lead
        case "news": self.news
        case "stories": self.stories
        case "documents": self.documents
        case "pillars": self.pillars
        case "newsURL": self.newsURL
        case "storiesURL": self.storiesURL
        case "documentsURL": self.documentsURL
        default: nil
        }
    }
}

extension ListView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "intro": self.intro
        case "items": self.items
        case "pagination": self.pagination
        case "feedURL": self.feedURL
        case "emptyText": self.emptyText
        default: nil
        }
    }
}

extension TaxonomyView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "terms": self.terms
        default: nil
        }
    }
}

extension PlainPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "summary": self.summary
        case "bodyHTML": self.bodyHTML
        case "toc": self.toc
        default: nil
        }
    }
}

extension AliasView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "targetURL": self.targetURL
        case "canonicalURL": self.canonicalURL
        case "title": self.title
        default: nil
        }
    }
}

extension ArticleView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "dateText": self.dateText
        case "isoDate": self.isoDate
        case "updatedText": self.updatedText
        case "summary": self.summary
        case "author": self.author
        case "source": self.source
        case "sourceName": self.sourceName
        case "cover": self.cover
        case "bodyHTML": self.bodyHTML
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

extension StoryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "dateText": self.dateText
        case "isoDate": self.isoDate
        case "summary": self.summary
        case "locality": self.locality
        case "unit": self.unit
        case "platform": self.platform
        case "metrics": self.metrics
        case "cover": self.cover
        case "bodyHTML": self.bodyHTML
        case "pillar": self.pillar
        case "sectors": self.sectors
        case "documents": self.documents
        default: nil
        }
    }
}

extension MetricView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "unit": self.unit
        case "before": self.before
        case "asOf": self.asOf
        default: nil
        }
    }
}

extension DocumentView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "symbol": self.symbol
        case "type": self.type
        case "title": self.title
        case "issuerName": self.issuerName
        case "issuerURL": self.issuerURL
        case "signer": self.signer
        case "issuedText": self.issuedText
        case "issuedLong": self.issuedLong
        case "isoDate": self.isoDate
        case "effectiveText": self.effectiveText
        case "expiresText": self.expiresText
        case "term": self.term
        case "statusName": self.statusName
        case "statusClass": self.statusClass
        case "sourceURL": self.sourceURL
        case "bodyHTML": self.bodyHTML
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
        case "jsonLD": self.jsonLD
        default: nil
        }
    }
}

extension AttachmentView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "sizeText": self.sizeText
        case "format": self.format
        default: nil
        }
    }
}

extension TaskView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "content": self.content
        case "lead": self.lead
        case "partners": self.partners
        case "timeline": self.timeline
        default: nil
        }
    }
}

extension DocumentIndexView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "intro": self.intro
        case "groups": self.groups
        case "count": self.count
        case "isFacet": self.isFacet
        case "types": self.types
        case "issuers": self.issuers
        case "years": self.years
        case "feedURL": self.feedURL
        case "jsonURL": self.jsonURL
        case "csvURL": self.csvURL
        default: nil
        }
    }
}

// Typed, Mirror-free lookup of view-model properties for swift-mustache (about twice as fast).
// Every stored property is listed; `ViewModelLookupTests` checks that none is missing.

import Mustache

extension PageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "content": content
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "owner": owner
        case "address": address
        case "phone": phone
        case "email": email
        case "homeURL": homeURL
        case "stylesheetURL": stylesheetURL
        case "scriptURL": scriptURL
        case "iconURL": iconURL
        case "feedURL": feedURL
        case "menu": menu
        case "footerLinks": footerLinks
        default: nil
        }
    }
}

extension MenuLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "current": current
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "documentTitle": documentTitle
        case "description": description
        case "canonicalURL": canonicalURL
        case "ogType": ogType
        case "ogImage": ogImage
        case "breadcrumbs": breadcrumbs
        case "alternateFeedURL": alternateFeedURL
        case "prevURL": prevURL
        case "nextURL": nextURL
        default: nil
        }
    }
}

extension CardView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "kind": kind
        case "dateText": dateText
        case "isoDate": isoDate
        case "summary": summary
        case "place": place
        case "cover": cover
        default: nil
        }
    }
}

extension ImageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": url
        case "alt": alt
        default: nil
        }
    }
}

extension DocumentRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "symbol": symbol
        case "url": url
        case "type": type
        case "issuedText": issuedText
        case "isoDate": isoDate
        case "title": title
        case "issuerName": issuerName
        case "statusName": statusName
        case "statusClass": statusClass
        default: nil
        }
    }
}

extension PaginationView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "current": current
        case "total": total
        case "prevURL": prevURL
        case "nextURL": nextURL
        case "pages": pages
        default: nil
        }
    }
}

extension PageNumberView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "url": url
        case "current": current
        default: nil
        }
    }
}

extension TermLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "url": url
        case "count": count
        default: nil
        }
    }
}

extension HomeView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lead": lead
        case "news": news
        case "stories": stories
        case "documents": documents
        case "pillars": pillars
        case "newsURL": newsURL
        case "storiesURL": storiesURL
        case "documentsURL": documentsURL
        default: nil
        }
    }
}

extension ListView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "items": items
        case "pagination": pagination
        case "feedURL": feedURL
        case "emptyText": emptyText
        default: nil
        }
    }
}

extension TaxonomyView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "terms": terms
        default: nil
        }
    }
}

extension PlainPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "summary": summary
        case "bodyHTML": bodyHTML
        case "toc": toc
        default: nil
        }
    }
}

extension AliasView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "targetURL": targetURL
        case "canonicalURL": canonicalURL
        case "title": title
        default: nil
        }
    }
}

extension ArticleView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "dateText": dateText
        case "isoDate": isoDate
        case "updatedText": updatedText
        case "summary": summary
        case "author": author
        case "source": source
        case "sourceName": sourceName
        case "cover": cover
        case "bodyHTML": bodyHTML
        case "pillar": pillar
        case "sectors": sectors
        case "locality": locality
        case "tags": tags
        case "documents": documents
        case "related": related
        default: nil
        }
    }
}

extension StoryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "dateText": dateText
        case "isoDate": isoDate
        case "summary": summary
        case "locality": locality
        case "unit": unit
        case "platform": platform
        case "metrics": metrics
        case "cover": cover
        case "bodyHTML": bodyHTML
        case "pillar": pillar
        case "sectors": sectors
        case "documents": documents
        default: nil
        }
    }
}

extension MetricView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "unit": unit
        case "before": before
        case "asOf": asOf
        default: nil
        }
    }
}

extension DocumentView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "symbol": symbol
        case "type": type
        case "title": title
        case "issuerName": issuerName
        case "issuerURL": issuerURL
        case "signer": signer
        case "issuedText": issuedText
        case "issuedLong": issuedLong
        case "isoDate": isoDate
        case "effectiveText": effectiveText
        case "expiresText": expiresText
        case "term": term
        case "statusName": statusName
        case "statusClass": statusClass
        case "sourceURL": sourceURL
        case "bodyHTML": bodyHTML
        case "attachments": attachments
        case "tasks": tasks
        case "basedOn": basedOn
        case "basedOnBy": basedOnBy
        case "replaces": replaces
        case "replacedBy": replacedBy
        case "amends": amends
        case "amendedBy": amendedBy
        case "guides": guides
        case "guidedBy": guidedBy
        case "citedBy": citedBy
        case "pillars": pillars
        case "sectors": sectors
        default: nil
        }
    }
}

extension AttachmentView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "sizeText": sizeText
        case "format": format
        default: nil
        }
    }
}

extension TaskView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "content": content
        case "lead": lead
        case "partners": partners
        case "timeline": timeline
        default: nil
        }
    }
}

extension DocumentIndexView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "rows": rows
        case "count": count
        case "feedURL": feedURL
        default: nil
        }
    }
}

/// `content/site.yml`: the site's identity, menu and vocabularies.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    public var owner: String?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var baseURL: BaseURL
    public var language: String
    public var timezone: String
    public var pageSize: Int
    public var menu: [MenuItem]
    public var pillars: [Term]
    public var sectors: [Term]
    public var localities: [Term]
    /// Lets raw HTML and any link scheme through Markdown (off by default).
    public var allowUnsafeHTML: Bool

    public init(title: String, description: String? = nil, owner: String? = nil, address: String? = nil,
                phone: String? = nil, email: String? = nil, baseURL: BaseURL, language: String = "vi",
                timezone: String = "Asia/Ho_Chi_Minh", pageSize: Int = 20, menu: [MenuItem] = [],
                pillars: [Term] = Term.nationalPillars, sectors: [Term] = Term.nationalSectors,
                localities: [Term] = [], allowUnsafeHTML: Bool = false) {
        self.title = title
        self.description = description
        self.owner = owner
        self.address = address
        self.phone = phone
        self.email = email
        self.baseURL = baseURL
        self.language = language
        self.timezone = timezone
        self.pageSize = pageSize
        self.menu = menu
        self.pillars = pillars
        self.sectors = sectors
        self.localities = localities
        self.allowUnsafeHTML = allowUnsafeHTML
    }
}

/// One entry of the site menu; `url` is site-relative (`/tin-tuc/`) or absolute (`https://…`).
public struct MenuItem: Sendable, Hashable {
    public var title: String
    public var url: String
    /// Where site.yml gives the address.
    public var location: SourceLocation?

    public init(title: String, url: String, location: SourceLocation? = nil) {
        self.title = title
        self.url = url
        self.location = location
    }
}

/// A vocabulary entry: pillar, sector or locality.
public struct Term: Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The three pillars of the national programme (749/QĐ-TTg).
    public static let nationalPillars = [
        Term(id: "chinh-quyen-so", name: "Chính quyền số"),
        Term(id: "kinh-te-so", name: "Kinh tế số"),
        Term(id: "xa-hoi-so", name: "Xã hội số"),
    ]

    /// The priority sectors of the national programme.
    public static let nationalSectors = [
        Term(id: "y-te", name: "Y tế"),
        Term(id: "giao-duc-dao-tao", name: "Giáo dục và đào tạo"),
        Term(id: "nong-nghiep", name: "Nông nghiệp"),
        Term(id: "tai-chinh-ngan-hang", name: "Tài chính - ngân hàng"),
        Term(id: "giao-thong-van-tai", name: "Giao thông vận tải và logistics"),
        Term(id: "nang-luong", name: "Năng lượng"),
        Term(id: "tai-nguyen-moi-truong", name: "Tài nguyên và môi trường"),
        Term(id: "san-xuat-cong-nghiep", name: "Sản xuất công nghiệp"),
    ]
}

/// The public root of the site: scheme and host, plus a base path that always ends in `/`.
public struct BaseURL: Sendable, Hashable {
    /// `https://thaibinh.gov.vn`
    public let origin: String
    /// `/chuyen-doi-so/` (or `/`).
    public let path: String

    /// A stand-in used only while a broken site.yml is reported (never for output).
    public static let placeholder = BaseURL(origin: "https://example.invalid", path: "/")

    private init(origin: String, path: String) {
        self.origin = origin
        self.path = path
    }

    /// Letters, digits and the punctuation a URL may hold unescaped (RFC 3986), or `%` escapes.
    private static func isURLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/%!$&'()*+,;=:@".unicodeScalars.contains(scalar))
    }

    /// Parses `https://host/sub/path/`; nil when it has no scheme or host.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        guard let schemeEnd = trimmed.range(of: "://"),
              ["http", "https"].contains(trimmed[..<schemeEnd.lowerBound].lowercased()) else { return nil }
        let rest = trimmed[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let host = rest[..<hostEnd]
        // No user name or password (`user:pw@host`): they would be written into every canonical URL.
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" || $0 == "@" }) else { return nil }
        origin = String(trimmed[..<hostEnd])
        var path = String(rest[hostEnd...])
        // Written as it goes into links: ASCII letters, digits and URL punctuation only.
        guard host.unicodeScalars.allSatisfy(Self.isURLCharacter), path.unicodeScalars.allSatisfy(Self.isURLCharacter),
              !path.contains("?"), !path.contains("#") else { return nil }
        // `//cds/` would make every link protocol-relative (`//cds/assets/…` loads from host `cds`):
        // repeated slashes are one; `.` and `..` have no place in a base path.
        let segments = path.split(separator: "/")
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        path = segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
        self.path = path
    }

    /// A site-relative path (`/tin-tuc/`) under the base path: `/chuyen-doi-so/tin-tuc/`.
    public func path(_ sitePath: String) -> String {
        path + sitePath.drop { $0 == "/" }
    }

    /// The absolute URL of a site-relative path.
    public func absolute(_ sitePath: String) -> String {
        origin + path(sitePath)
    }
}

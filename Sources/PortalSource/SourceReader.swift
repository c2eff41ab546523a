import PortalModel

/// Reads `content/` through a file system and parses every file: the read and parse stages.
public struct SourceReader: Sendable {
    public let fileSystem: any FileSystem
    public let contentFolder: String

    public init(fileSystem: any FileSystem, contentFolder: String = "content") {
        self.fileSystem = fileSystem
        self.contentFolder = contentFolder
    }

    /// Everything parsed, with every diagnostic; nil content when site.yml itself is unusable.
    public func read() -> (SiteContent?, [Diagnostic]) {
        var (settings, diagnostics) = readSettings()
        guard fileSystem.exists("\(contentFolder)/site.yml") else { return (nil, diagnostics) }
        var content = settings ?? SiteContent(config: SiteConfig(title: "", baseURL: .placeholder))
        // Files no part of the build reads are looked for on another thread meanwhile.
        let stray = Pending { [self] in strayEntries() }
        var files: [SourceFile] = []
        for kind in ContentKind.allCases {
            let folder = "\(contentFolder)/\(kind.folder)"
            for path in list(folder, diagnostics: &diagnostics) {
                if path.hasSuffix(".md") {
                    files.append(SourceFile(kind: kind, path: "\(folder)/\(path)"))
                } else {
                    let lowered = path.lowercased()
                    let reason: IgnoredFile = lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") ? .markdownExtension : .notMarkdown(folder: folder)
                    diagnostics.append(Diagnostic(.warning, .ignoredFile(name: "\(folder)/\(path)", reason: reason),
                                                  at: SourceLocation(path: "\(folder)/\(path)")))
                }
            }
        }
        let parsed = files.parallelMap { file in parse(file) }
        for (item, fileDiagnostics) in parsed {
            diagnostics += fileDiagnostics
            switch item {
            case .article(let article): content.articles.append(article)
            case .document(let document): content.documents.append(document)
            case .story(let story): content.stories.append(story)
            case .page(let page): content.pages.append(page)
            case nil: break
            }
        }
        diagnostics += stray.value ?? []
        return (settings == nil ? nil : content, diagnostics)
    }

    /// site.yml, issuers.yml and the media files, without the content items; nil content when
    /// site.yml itself is unusable.
    public func readSettings() -> (SiteContent?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let sitePath = "\(contentFolder)/site.yml"
        guard fileSystem.exists(sitePath) else {
            return (nil, [Diagnostic(.error, .missingSiteFile, at: SourceLocation(path: sitePath))])
        }
        let (config, siteDiagnostics) = load(sitePath) { SiteConfigParser().parseSite(path: sitePath, bytes: $0) }
        diagnostics += siteDiagnostics
        let issuersPath = "\(contentFolder)/issuers.yml"
        var issuers: [Issuer] = []
        if fileSystem.exists(issuersPath) {
            let (parsed, issuerDiagnostics) = load(issuersPath) { bytes -> ([Issuer]?, [Diagnostic]) in
                let (list, found) = SiteConfigParser().parseIssuers(path: issuersPath, bytes: bytes)
                return (list, found)
            }
            issuers = parsed ?? []
            diagnostics += issuerDiagnostics
        }
        let media = media(diagnostics: &diagnostics)
        guard let config else { return (nil, diagnostics) }
        return (SiteContent(config: config, issuers: issuers, media: media), diagnostics)
    }

    private func parse(_ file: SourceFile) -> (ContentItem?, [Diagnostic]) {
        do {
            return ContentParser().parse(kind: file.kind, path: file.path, bytes: try fileSystem.read(file.path))
        } catch {
            return (nil, [unreadable(file.path, error)])
        }
    }

    private func load<T>(_ path: String, _ parse: ([UInt8]) -> (T?, [Diagnostic])) -> (T?, [Diagnostic]) {
        do {
            return parse(try fileSystem.read(path))
        } catch {
            return (nil, [unreadable(path, error)])
        }
    }

    /// Media files and their sizes, relative to `content/media/`.
    private func media(diagnostics: inout [Diagnostic]) -> [String: Int] {
        let folder = "\(contentFolder)/media"
        var sizes: [String: Int] = [:]
        for path in list(folder, diagnostics: &diagnostics) {
            do {
                sizes[path] = try fileSystem.size("\(folder)/\(path)")
            } catch {
                diagnostics.append(unreadable("\(folder)/\(path)", error))
            }
        }
        return sizes
    }

    /// Files and folders directly in `content/` that no part of the build reads: a warning each.
    private func strayEntries() -> [Diagnostic] {
        let folders = Set(ContentKind.allCases.map(\.folder) + ["media"])
        let files: Set<String> = ["site.yml", "issuers.yml"]
        let listing = (try? fileSystem.listing(under: contentFolder)) ?? FolderListing(files: [])
        let stray = Set(listing.files.compactMap { path -> String? in
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            let expected = parts.count > 1 ? folders.contains(parts[0]) : files.contains(parts[0])
            return expected ? nil : parts[0]
        })
        // Links in the folders content is read from are warned about as they are listed.
        let links = listing.unfollowedLinks.filter { path in
            !(path.split(separator: "/", maxSplits: 1).count > 1 && folders.contains(String(path.split(separator: "/")[0])))
        }
        return stray.sorted().map { name in
            let path = "\(contentFolder)/\(name)"
            return Diagnostic(.warning, .ignoredFile(name: path, reason: .outsideContentFolders), at: SourceLocation(path: path))
        } + links.map { link in
            let path = "\(contentFolder)/\(link)"
            return Diagnostic(.warning, .ignoredFile(name: path, reason: .unfollowedLink), at: SourceLocation(path: path))
        }
    }

    /// The files under `folder`; a symbolic link that is not followed is warned about.
    private func list(_ folder: String, diagnostics: inout [Diagnostic]) -> [String] {
        do {
            let listing = try fileSystem.listing(under: folder)
            for link in listing.unfollowedLinks {
                let path = "\(folder)/\(link)"
                diagnostics.append(Diagnostic(.warning, .ignoredFile(name: path, reason: .unfollowedLink), at: SourceLocation(path: path)))
            }
            return listing.files
        } catch {
            diagnostics.append(unreadable(folder, error))
            return []
        }
    }

    private func unreadable(_ path: String, _ error: any Error) -> Diagnostic {
        Diagnostic(.error, .unreadableFile(reason: error.localizedDescription), at: SourceLocation(path: path))
    }
}

private struct SourceFile: Sendable {
    let kind: ContentKind
    let path: String
}

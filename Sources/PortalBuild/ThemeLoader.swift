import Foundation
import PortalModel
import PortalSource
import PortalTemplates

/// Loads the theme: `templates/**/*.mustache` compiled, and `templates/assets/**` to copy.
struct ThemeLoader {
    let fileSystem: any FileSystem
    let folder: String

    func templates() -> Result<TemplateLibrary, DiagnosticsError> {
        var sources: [String: String] = [:]
        do {
            for path in try fileSystem.files(under: folder) where path.hasSuffix(".mustache") {
                let bytes = try fileSystem.read("\(folder)/\(path)")
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    return .failure(DiagnosticsError([Diagnostic(.error, .invalidUTF8, at: SourceLocation(path: "\(folder)/\(path)"))]))
                }
                sources[String(path.dropLast(".mustache".count))] = text
            }
        } catch {
            return .failure(DiagnosticsError([Diagnostic(.error, .unreadableFile(reason: "\(error)"), at: SourceLocation(path: folder))]))
        }
        return TemplateLibrary.load(sources, folder: folder)
    }
}

/// Copies `content/media/**` to `media/` and the theme's `templates/assets/**` to `assets/`.
struct StaticFiles {
    let fileSystem: any FileSystem
    let options: BuildOptions

    func copy(into output: some OutputSink) throws(DiagnosticsError) -> Int {
        let pairs = [("\(options.contentFolder)/media", "media"), ("\(options.templatesFolder)/assets", "assets")]
        var count = 0
        for (source, target) in pairs {
            do {
                for path in try fileSystem.files(under: source) {
                    // Written under the composed (NFC) name its links use: a name in decomposed form,
                    // as macOS writes them, would otherwise answer 404 on the web server.
                    try output.write(try fileSystem.read("\(source)/\(path)"), to: "\(target)/\(path.precomposedStringWithCanonicalMapping)")
                    count += 1
                }
            } catch {
                throw DiagnosticsError([Diagnostic(.error, .unreadableFile(reason: "\(error)"), at: SourceLocation(path: source))])
            }
        }
        return count
    }
}

import PortalBuild
import PortalModel
import PortalSource

/// Builds the site into memory for the preview, again and again.
final class IncrementalBuilder: @unchecked Sendable {
    let fileSystem: any FileSystem
    let options: BuildOptions

    /// A good build: the files, the base path, how many pages were rendered, the warnings.
    struct Outcome: Sendable {
        let files: [String: [UInt8]]
        let basePath: String
        let rendered: Int
        let warnings: [Diagnostic]
    }

    init(fileSystem: any FileSystem, options: BuildOptions) {
        self.fileSystem = fileSystem
        self.options = options
    }

    func build(changed: Set<String>) -> Result<Outcome, DiagnosticsError> {
        let output = MemoryOutput()
        do {
            let report = try BuildPipeline(fileSystem: fileSystem, options: options).run(into: output)
            return .success(Outcome(files: output.files, basePath: report.basePath, rendered: report.pagesWritten,
                                    warnings: report.warnings))
        } catch {
            return .failure(error)
        }
    }
}

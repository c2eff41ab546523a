import PortalModel

/// `--strict`: a citation of a document missing from the index fails the build.
enum StrictMode {
    static func promote(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.severity == .warning, case .unresolvedCitation = diagnostic.problem else { return diagnostic }
        return Diagnostic(.error, diagnostic.problem, at: diagnostic.location)
    }
}

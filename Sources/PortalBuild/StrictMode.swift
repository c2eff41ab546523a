import PortalModel

/// `--strict`: a citation of a document missing from the index fails the build.
enum StrictMode {
    static func promote(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.severity == .warning, case .unresolvedCitation = diagnostic.problem else { return diagnostic }
        return Diagnostic(.error, diagnostic.problem, at: diagnostic.location)
    }
}

/// Problems that only follow from a file that could not be read.
enum FollowOnProblems {
    /// Unindexed citations are dropped while some file failed: the document may be that file.
    static func keep(_ diagnostic: Diagnostic) -> Bool {
        if case .unresolvedCitation = diagnostic.problem { return false }
        return true
    }
}

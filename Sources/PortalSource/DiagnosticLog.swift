import PortalModel

/// Collects the diagnostics of one file while its front matter is read.
final class DiagnosticLog {
    private(set) var entries: [Diagnostic] = []

    func error(_ problem: Problem, at location: SourceLocation) {
        entries.append(Diagnostic(.error, problem, at: location))
    }

    func warning(_ problem: Problem, at location: SourceLocation) {
        entries.append(Diagnostic(.warning, problem, at: location))
    }
}

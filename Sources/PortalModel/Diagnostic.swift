/// How serious a diagnostic is: errors fail the build, warnings are reported.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One problem found in the content, templates or command line, at one place.
public struct Diagnostic: Sendable, Hashable, Comparable, Codable {
    public var severity: Severity
    public var problem: Problem
    public var location: SourceLocation

    public init(_ severity: Severity = .error, _ problem: Problem, at location: SourceLocation) {
        self.severity = severity
        self.problem = problem
        self.location = location
    }

    /// The stable, machine-readable code, e.g. `invalid-date`.
    public var code: String { problem.code }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.code < rhs.code
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// The error a stage throws when it cannot go on; carries every diagnostic collected so far.
public struct DiagnosticsError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }
}

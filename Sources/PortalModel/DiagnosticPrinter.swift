/// The language diagnostics are written in.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case vi, en
}

/// Turns diagnostics into compiler-style lines: `path:line:col: lỗi: message [code]` plus a hint.
public struct DiagnosticPrinter: Sendable {
    public var language: MessageLanguage

    public init(language: MessageLanguage = .vi) {
        self.language = language
    }

    /// Two lines per diagnostic: the message line and an indented hint.
    public func format(_ diagnostic: Diagnostic) -> String {
        let text = message(for: diagnostic.problem)
        var line = "\(diagnostic.location): \(severityWord(diagnostic.severity)): \(text.message) [\(diagnostic.code)]"
        if let hint = text.hint {
            line += "\n    \(language == .vi ? "gợi ý" : "hint"): \(hint)"
        }
        return line
    }

    /// Every diagnostic, sorted by place, then a count line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sorted()
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.count - errors
        let summary = language == .vi
            ? "\(VietnameseFormat.count(errors)) lỗi, \(VietnameseFormat.count(warnings)) cảnh báo."
            : "\(errors) error(s), \(warnings) warning(s)."
        return (sorted.map(format) + [summary]).joined(separator: "\n")
    }

    /// The message alone, without place or code (for JSON output and the browser overlay).
    /// A value quoted in it keeps the message on one line: its line breaks are shown as `↵`.
    public func message(for problem: Problem) -> (message: String, hint: String?) {
        let text = language == .vi ? VietnameseMessages.text(for: problem) : EnglishMessages.text(for: problem)
        return (Self.oneLine(text.0), text.1.map(Self.oneLine))
    }

    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { lineBreaks.contains($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { lineBreaks.contains($0) ? "↵" : $0 }))
    }

    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    func severityWord(_ severity: Severity) -> String {
        switch (language, severity) {
        case (.vi, .error): "lỗi"
        case (.vi, .warning): "cảnh báo"
        case (.en, .error): "error"
        case (.en, .warning): "warning"
        }
    }
}

func quoted(_ list: [String]) -> String {
    list.map { "\"\($0)\"" }.joined(separator: ", ")
}

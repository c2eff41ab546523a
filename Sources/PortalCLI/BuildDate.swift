import Foundation
import PortalModel

/// Where "today" comes from, so that output never depends on the wall clock:
/// `--as-of`, else `SOURCE_DATE_EPOCH`, else the last git commit, else the newest content date.
enum BuildDate {
    static func resolve(asOf: String?, environment: [String: String], root: URL) -> CalendarDate? {
        if let asOf, case .success(let date) = CalendarDate.parse(asOf) { return date }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0.trimmingWhitespace()) }) {
            return CalendarDate(vietnamTimestamp: epoch)
        }
        return lastCommitDate(root)
    }

    /// The committer date of HEAD, or nil outside a git work tree (or without git).
    static func lastCommitDate(_ root: URL) -> CalendarDate? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "log", "-1", "--format=%ct"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let seconds = Int(String(decoding: data, as: UTF8.self).trimmingWhitespace()) else { return nil }
        return CalendarDate(vietnamTimestamp: seconds)
    }
}

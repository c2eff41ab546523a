import Foundation
import PortalModel

/// Where "today" comes from, so that output never depends on the wall clock:
/// `--as-of`, else `SOURCE_DATE_EPOCH`, else the last git commit, else the newest content date.
enum BuildDate {
    static func resolve(asOf: String?, environment: [String: String], root: URL) -> CalendarDate? {
        if let asOf, case .success(let date) = CalendarDate.parse(asOf) { return date }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(epochSeconds) {
            return CalendarDate(vietnamTimestamp: epoch)
        }
        return lastCommitDate(root)
    }

    /// Seconds since 1970 as `SOURCE_DATE_EPOCH` gives them (reproducible-builds.org): digits
    /// only, up to the last second of the year 9999; nil for anything else.
    static func epochSeconds(_ text: String) -> Int? {
        let digits = text.trimmingWhitespace()
        guard !digits.isEmpty, digits.utf8.count <= 12, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let seconds = Int(digits), seconds <= 253_402_300_799 else { return nil }
        return seconds
    }

    /// The error for a `SOURCE_DATE_EPOCH` that is set but not a time (it is never ignored:
    /// a build would silently take another date).
    static func epochProblem(_ environment: [String: String]) -> String? {
        guard let text = environment["SOURCE_DATE_EPOCH"], epochSeconds(text) == nil else { return nil }
        return "biến môi trường SOURCE_DATE_EPOCH=\"\(text)\" không phải là thời điểm: cần số giây kể từ 01/01/1970, "
            + "ví dụ 1717372800 (03/6/2024); bỏ biến này đi hoặc dùng --as-of 2024-06-03"
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
              let seconds = epochSeconds(String(decoding: data, as: UTF8.self)) else { return nil }
        return CalendarDate(vietnamTimestamp: seconds)
    }
}

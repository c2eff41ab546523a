import Foundation
import PortalBuild
import PortalModel

/// Prints a line per build stage with its time, then a summary; errors go to standard error.
struct ProgressReporter: Sendable {
    let quiet: Bool
    let language: MessageLanguage
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    init(quiet: Bool, language: MessageLanguage) {
        self.quiet = quiet
        self.language = language
        start = clock.now
    }

    func stage(_ stage: BuildStage, _ duration: Duration) {
        guard !quiet else { return }
        let name = language == .vi ? stage.label : stage.rawValue
        print("  \(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(milliseconds(duration)) ms")
    }

    func summary(_ report: BuildReport, output: String) {
        guard !quiet else { return }
        let seconds = VietnameseFormat.number(Double(milliseconds(clock.now - start)) / 1000)
        let english = "\(report.pagesWritten) pages, \(report.filesWritten) files written to \(output) in \(seconds) s; \(report.warnings.count) warning(s)."
        let vietnamese = "Đã ghi \(VietnameseFormat.count(report.pagesWritten)) trang, \(VietnameseFormat.count(report.filesWritten)) tệp vào \(output) trong \(seconds) giây; \(VietnameseFormat.count(report.warnings.count)) cảnh báo."
        print(language == .vi ? vietnamese : english)
    }

    /// A build that used the cache: how many pages the edit made it render again.
    func warm(pages: Int) {
        guard !quiet else { return }
        print(language == .vi ? "Dùng bộ đệm: chỉ dựng lại \(VietnameseFormat.count(pages)) trang có nội dung đã sửa; các trang khác giữ nguyên."
                              : "Build cache used: \(pages) page(s) showing the edited content rendered again.")
    }

    /// A full build written over the previous output: how many files it changed.
    func updated(written: Int, removed: Int) {
        guard !quiet else { return }
        print(language == .vi ? "Dựng lại toàn bộ; chỉ ghi \(VietnameseFormat.count(written)) tệp mới hoặc đã đổi, xoá \(VietnameseFormat.count(removed)) tệp không còn dùng; các tệp khác giữ nguyên."
                              : "Full build; only \(written) new or changed file(s) written and \(removed) no longer used removed; other files left as they were.")
    }

    func failed(output: String) {
        if FileManager.default.fileExists(atPath: output) {
            error(language == .vi ? "Dựng trang thất bại; \(output) được giữ nguyên." : "Build failed; \(output) was left unchanged.")
        } else {
            error(language == .vi ? "Dựng trang thất bại; chưa ghi gì vào \(output)." : "Build failed; nothing was written to \(output).")
        }
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    private func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}

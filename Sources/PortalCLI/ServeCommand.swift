import ArgumentParser
import Dispatch
import Foundation
import PortalBuild
import PortalPreview

/// `dxportal serve`: preview with live reload under the site's base path.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Xem trước trang web, tự dựng lại và tải lại trình duyệt khi sửa tệp.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Cổng.")
    var port: UInt16 = 8080

    @Option(help: "Địa chỉ lắng nghe (mặc định chỉ máy này: 127.0.0.1).")
    var host: String = "127.0.0.1"

    func validate() throws {
        var address = in_addr()
        guard host == "localhost" || inet_pton(AF_INET, host, &address) == 1 else {
            throw ValidationError("--host \(host): hãy ghi một địa chỉ IPv4, ví dụ 127.0.0.1 (chỉ máy này)")
        }
    }

    /// `localhost` is this machine's loopback address.
    var address: String { host == "localhost" ? "127.0.0.1" : host }

    func run() async throws {
        let code = await execute(environment: ProcessInfo.processInfo.environment)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(environment: [String: String]) async -> Int32 {
        guard let options = site.buildOptions(environment: environment) else { return 2 }
        let server: PreviewServer
        let bound: UInt16
        do {
            server = try PreviewServer(root: site.rootURL, host: address, port: port, options: options,
                                       language: site.lang, log: Console.line)
            bound = try await server.start()
        } catch {
            FileHandle.standardError.write(Data("dxportal serve: \(host):\(port): \(error.localizedDescription)\n".utf8))
            return (error as? PreviewServer.StartFailure)?.isAddressProblem == true ? 2 : 1
        }
        let basePath = await server.basePath()
        Console.line("Xem trước tại http://\(host):\(bound)\(basePath) — nhấn Ctrl-C để dừng.")
        await Interrupt.wait()
        Console.line("\nĐang dừng…")
        await server.stop()
        return 0
    }
}

/// Unbuffered output lines (the preview log must show at once, even when piped).
enum Console {
    @Sendable static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

/// Waits for Ctrl-C (SIGINT) or SIGTERM.
enum Interrupt {
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let waiter = Waiter(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { waiter.resume() }
                waiter.keep(source)
                source.resume()
            }
        }
    }

    /// Resumes the continuation once and keeps the signal sources alive until then.
    final class Waiter: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Void, Never>?
        private var sources: [any DispatchSourceSignal] = []

        init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

        func keep(_ source: any DispatchSourceSignal) { lock.withLock { sources.append(source) } }

        func resume() {
            let pending = lock.withLock { () -> CheckedContinuation<Void, Never>? in
                defer { continuation = nil }
                return continuation
            }
            pending?.resume()
        }
    }
}

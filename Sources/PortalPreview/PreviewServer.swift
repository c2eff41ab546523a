import FlyingFox
import FlyingSocks
import Foundation
import PortalBuild
import PortalModel

/// `dxportal serve`: the first build, the HTTP server (loopback unless told otherwise), the
/// watcher on content/ and templates/, rebuilds and reload events, and a heartbeat.
public final class PreviewServer: Sendable {
    let root: URL
    let host: String
    let port: UInt16
    let session: PreviewSession
    let store = PreviewStore()
    let hub = ReloadHub()
    let server: HTTPServer
    let log: @Sendable (String) -> Void

    public init(root: URL, host: String = "127.0.0.1", port: UInt16 = 8080, options: BuildOptions,
                language: MessageLanguage = .vi, log: @escaping @Sendable (String) -> Void = { print($0) }) throws {
        self.root = root.standardizedFileURL
        self.host = host
        self.port = port
        self.log = log
        session = PreviewSession(root: self.root, options: options, store: store, hub: hub, language: language, log: log)
        let address = try sockaddr_in.inet(ip4: host, port: port)
        server = HTTPServer(address: address, timeout: 60, logger: .disabled, handler: PreviewHandler(store: store, hub: hub))
    }

    /// Builds once, starts listening and watching; returns the port actually bound.
    public func start() async throws -> UInt16 {
        await session.rebuild()
        let server = self.server
        let failure = Slot<any Error>()
        Task { [failure] in
            do { try await server.run() } catch { failure.store(error) }
        }
        try await waitUntilListening(failure)
        let bound: UInt16 = if case .ip4(_, let port)? = await server.listeningAddress { port } else { port }
        let watcher = SourceWatcher(root: root, folders: ["content", "templates"]) { [session] changed in
            Task { await session.rebuild(changed: changed) }
        }
        watcher.start()
        self.watcher.store(watcher)
        heartbeat.store(Task { [hub] in
            while !Task.isCancelled {
                do { try await Task.sleep(for: .seconds(15)) } catch { return }
                await hub.heartbeat()
            }
        })
        return bound
    }

    /// Returns when the server listens; throws at once when it cannot (the port is taken, the
    /// address is not this machine's) instead of waiting for a time-out.
    private func waitUntilListening(_ failure: Slot<any Error>) async throws {
        for _ in 0..<200 {
            if await server.listeningAddress != nil { return }
            if let error = failure.load() { throw StartFailure(host: host, port: port, underlying: error) }
            try await Task.sleep(for: .milliseconds(50))
        }
        try await server.waitUntilListening(timeout: 1)
    }

    /// Why the server could not start, in the editor's words.
    public struct StartFailure: LocalizedError {
        let host: String
        let port: UInt16
        let underlying: any Error

        /// The port or address was refused: a usage problem (another port or host will do).
        public var isAddressProblem: Bool {
            if case .failed(_, let code, _)? = underlying as? SocketError { return code == EADDRINUSE || code == EADDRNOTAVAIL || code == EACCES }
            return false
        }

        public var errorDescription: String? {
            guard case .failed(_, let code, _)? = underlying as? SocketError else { return underlying.localizedDescription }
            switch code {
            case EADDRINUSE:
                return "cổng \(port) đang được một chương trình khác dùng (có thể là một dxportal serve khác); chọn cổng khác, ví dụ --port \(port == 8081 ? 8082 : 8081)"
            case EADDRNOTAVAIL:
                return "địa chỉ \(host) không thuộc máy này; bỏ --host để xem trước tại 127.0.0.1"
            case EACCES:
                return "không được dùng cổng \(port) (các cổng dưới 1024 cần quyền quản trị); chọn cổng khác, ví dụ --port 8080"
            default:
                return underlying.localizedDescription
            }
        }
    }

    /// The base path the site is served under (known after the first build).
    public func basePath() async -> String {
        await store.current().basePath
    }

    /// Stops watching, ends the event streams and closes the server.
    public func stop() async {
        watcher.load()?.stop()
        heartbeat.load()?.cancel()
        await hub.closeAll()
        await server.stop(timeout: 1)
    }

    private let watcher = Slot<SourceWatcher>()
    private let heartbeat = Slot<Task<Void, Never>>()
}

/// A value set once the server has started and read when it stops.
final class Slot<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func store(_ value: Value) { lock.withLock { self.value = value } }

    func load() -> Value? { lock.withLock { value } }
}

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
        Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
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

import Foundation

/// Server-Sent Events to every open preview page: `reload` after a rebuild. Dead clients are
/// dropped by a heartbeat comment every 15 s (a closed client shows only when a write fails).
public actor ReloadHub {
    private var clients: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    public init() {}

    /// A new client's stream of event bytes.
    public func subscribe() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        clients[id] = continuation
        continuation.yield(Array("retry: 500\n: dxportal\n\n".utf8))
        return stream
    }

    /// Sends `event: name` with `data` to every client.
    public func broadcast(_ name: String, data: String = "") {
        let bytes = Array("event: \(name)\ndata: \(data)\n\n".utf8)
        for continuation in clients.values { continuation.yield(bytes) }
    }

    /// Sends a comment line so that clients which went away are noticed and removed.
    public func heartbeat() {
        for continuation in clients.values { continuation.yield(Array(": ping\n\n".utf8)) }
    }

    public var count: Int { clients.count }

    /// Ends every stream (server shutdown).
    public func closeAll() {
        for continuation in clients.values { continuation.finish() }
        clients.removeAll()
    }

    private func remove(_ id: UUID) {
        clients[id] = nil
    }
}

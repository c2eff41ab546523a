import FlyingFox
import Foundation

/// Answers preview requests from the in-memory site: only paths under the base path, never a
/// path with `..`, a NUL or a backslash (decoded or not) — those are 404s; `/` redirects to the
/// base path; HTML pages get the live-reload script; HEAD gets headers only.
public struct PreviewHandler: HTTPHandler {
    let store: PreviewStore
    let hub: ReloadHub

    public init(store: PreviewStore, hub: ReloadHub) {
        self.store = store
        self.hub = hub
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let rawPath = request.target.path(percentEncoded: true)
        if rawPath == LiveReload.eventsPath { return await events() }
        let site = await store.current()
        guard let path = Self.sitePath(rawPath, basePath: site.basePath) else {
            if rawPath == "/" || rawPath.isEmpty { return HTTPResponse(statusCode: .found, headers: [.location: site.basePath]) }
            return notFound(site, request)
        }
        if site.files.isEmpty && !site.failure.isEmpty {
            return respond(request, status: .ok, type: "text/html; charset=utf-8", body: LiveReload.failurePage(site.failure))
        }
        guard let (file, bytes) = Self.lookup(path, in: site.files) else { return notFound(site, request) }
        if file != path && !path.isEmpty && !path.hasSuffix("/") && file.hasSuffix("/index.html") {
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: site.basePath + path + "/"])
        }
        return respond(request, status: .ok, type: MediaTypes.type(for: file), body: page(file, bytes, site))
    }

    /// The path relative to the site root, or nil when the request is outside the base path or unsafe.
    static func sitePath(_ raw: String, basePath: String) -> String? {
        guard raw.hasPrefix(basePath) || raw + "/" == basePath else { return nil }
        let encoded = String(raw.dropFirst(min(raw.count, basePath.count)))
        guard let decoded = encoded.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\"),
              !decoded.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." })
        else { return nil }
        return decoded
    }

    static func lookup(_ path: String, in files: [String: [UInt8]]) -> (String, [UInt8])? {
        let candidates = path.isEmpty || path.hasSuffix("/") ? [path + "index.html"] : [path, path + "/index.html"]
        for candidate in candidates {
            if let bytes = files[candidate] { return (candidate, bytes) }
        }
        return nil
    }

    private func page(_ file: String, _ bytes: [UInt8], _ site: PreviewSite) -> [UInt8] {
        file.hasSuffix(".html") ? LiveReload.inject(into: bytes, failure: site.failure) : bytes
    }

    private func notFound(_ site: PreviewSite, _ request: HTTPRequest) -> HTTPResponse {
        let body = site.files["404.html"].map { LiveReload.inject(into: $0, failure: site.failure) }
            ?? Array("<!doctype html><title>404</title><p>Không tìm thấy trang.</p>".utf8)
        return respond(request, status: .notFound, type: "text/html; charset=utf-8", body: body)
    }

    private func respond(_ request: HTTPRequest, status: HTTPStatusCode, type: String, body: [UInt8]) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, HTTPHeader("Cache-Control"): "no-store"]
        if request.method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body))
    }

    private func events() async -> HTTPResponse {
        let stream = await hub.subscribe()
        return HTTPResponse(statusCode: .ok,
                            headers: [.contentType: "text/event-stream", HTTPHeader("Cache-Control"): "no-store"],
                            body: HTTPBodySequence(from: EventStreamBody(events: stream), suggestedBufferSize: 4096))
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Synchronization
import TriglotFormats

/// The outermost middleware: gives each request an id (`X-Request-Id`, the client's own when it
/// sends a short printable one), answers every failure as a ``ServerError`` JSON body, and logs
/// one structured line per request with its id, method, path, status and duration.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    private static var requestIDField: HTTPField.Name { HTTPField.Name("X-Request-Id")! }
    private let ids = RequestIDs()
    let logger: Logger
    /// The routes, to tell a path served with other methods (405) from no such path (404).
    let routes: KnownRoutes

    init(logger: Logger, routes: KnownRoutes) {
        self.logger = logger
        self.routes = routes
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let id = Self.clientID(request.headers[Self.requestIDField])
            ?? ids.next()
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = try serverError(error, path: request.uri.path).response(from: request, context: context)
        }
        response.headers[Self.requestIDField] = id
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("request", metadata: [
            "request_id": .string(id), "method": .string(request.method.rawValue), "path": .string(request.uri.path),
            "status": .stringConvertible(response.status.code), "duration_ms": .string(JSONText.fixed(milliseconds, places: 2)),
        ])
        return response
    }

    /// A client's request id worth echoing: 1 to 64 characters of letters, digits, '-', '_' or '.'.
    private static func clientID(_ value: String?) -> String? {
        guard let value, (1...64).contains(value.utf8.count),
              value.utf8.allSatisfy({ $0 < 0x80 && (isalnum(Int32($0)) != 0 || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E) })
        else { return nil }
        return value
    }

    /// The answer to `error`: the router's own 404 and 405, a body too large, or ours.
    private func serverError(_ error: any Error, path: String) -> ServerError {
        if let error = error as? ServerError { return error }
        if let error = error as? any HTTPResponseError {
            switch error.status {
            case .notFound:
                let allowed = routes.methods(of: path)
                return allowed.isEmpty ? .notFound(path) : .methodNotAllowed(path, allowed: allowed)
            case .methodNotAllowed: return .methodNotAllowed(path, allowed: routes.methods(of: path))
            case .contentTooLarge: return .payloadTooLarge(limit: 0)
            default: break
            }
        }
        return ServerError.from(error)
    }
}

/// Ids unique to this run of the server: a random prefix and a counter.
private final class RequestIDs: Sendable {
    private let counter = Atomic<Int>(0)
    private let prefix = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    func next() -> String { "\(prefix)-\(counter.wrappingAdd(1, ordering: .relaxed).newValue)" }
}

/// The paths the router serves and the methods of each, recorded once the routes are added.
final class KnownRoutes: Sendable {
    private let methods = Mutex<[String: [String]]>([:])

    /// Records the router's routes.
    func record(_ routes: [(path: String, method: String)]) {
        methods.withLock { table in
            for route in routes { table[route.path, default: []].append(route.method) }
        }
    }

    /// The methods `path` is served with, sorted; empty when it is not served.
    func methods(of path: String) -> [String] { methods.withLock { ($0[path] ?? []).sorted() } }
}

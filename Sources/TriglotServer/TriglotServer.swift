import Foundation
import Hummingbird
import Logging

/// `triglot serve`: the workflows over HTTP (JSON under `/v1/`), the web page, and the OpenAPI
/// document, for a newsroom sharing one glossary and one translation memory.
public struct TriglotServer: Sendable {
    private let services: ServerServices
    private let logger: Logger

    /// A server for `configuration`, its glossaries and memory opened (a problem is thrown
    /// before anything listens); `version` is named by `/healthz` and in exports.
    public init(configuration: ServerConfiguration, version: String) throws(ServerError) {
        try configuration.validate()
        services = try ServerServices(configuration: configuration, version: version)
        var logger = Logger(label: "triglot.serve") { JSONLogHandler(label: $0) }
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        self.logger = logger
    }

    /// The routes, with the middleware every request goes through (tests call it directly).
    public func router() -> Router<BasicRequestContext> {
        let configuration = services.configuration
        let router = Router(context: BasicRequestContext.self)
        let known = KnownRoutes()
        router.add(middleware: RequestLogMiddleware(logger: logger, routes: known))
        if let origin = configuration.corsOrigin {
            router.add(middleware: CORSMiddleware(allowOrigin: .custom(origin), allowHeaders: [.contentType, .authorization],
                                                  allowMethods: [.get, .post, .options]))
        }
        let writes = router.group()
        if let token = configuration.token { writes.add(middleware: BearerTokenMiddleware(token: token)) }
        PageRoutes.register(on: router, services: services)
        TextRoutes.register(on: router, services: services)
        AlignRoutes.register(on: router, services: services)
        NameRoutes.register(on: router, services: services)
        GlossaryRoutes.register(on: router, writes: writes, services: services)
        MemoryRoutes.register(on: router, writes: writes, services: services)
        known.record(router.routes.map { (path: "/" + "\($0.path)".trimmingPrefix("/"), method: $0.method.rawValue) })
        return router
    }

    /// The application: the router on HTTP/1.1, idle connections closed after the timeout.
    public func application(onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in })
        -> some ApplicationProtocol {
        let configuration = services.configuration
        return Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "triglot"),
            onServerRunning: { channel in await onRunning(configuration.host, channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    public func run(onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }
}

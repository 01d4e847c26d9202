import HTTPTypes
import Hummingbird
import TriglotFormats

/// The web page and its files (compiled in: the server opens no file a client names), the
/// OpenAPI document, and the health check.
enum PageRoutes {
    static func register(on router: Router<BasicRequestContext>, services: ServerServices) {
        // The page's script and style are its own: nothing loads from elsewhere.
        let policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        func file(_ bytes: [UInt8], _ type: String) -> @Sendable (Request, BasicRequestContext) -> Response {
            let text = String(decoding: bytes, as: UTF8.self)
            return { _, _ in
                var response = Response.text(text, contentType: type)
                response.headers[.contentSecurityPolicy] = policy
                response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
                return response
            }
        }
        router.get("/", use: file(PackageResources.index_html, "text/html; charset=utf-8"))
        router.get("/app.js", use: file(PackageResources.app_js, "text/javascript; charset=utf-8"))
        router.get("/app.css", use: file(PackageResources.app_css, "text/css; charset=utf-8"))
        router.get("/openapi.json", use: file(PackageResources.openapi_json, "application/json; charset=utf-8"))
        router.get("/healthz") { _, _ in
            Response.json(.object([("status", .string("ok")), ("version", .string(services.version))]))
        }
    }
}

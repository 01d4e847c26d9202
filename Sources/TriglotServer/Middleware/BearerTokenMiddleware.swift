import Hummingbird

/// Guards the writes (glossary, memory) of a server started with `--token-file`: a request
/// without `Authorization: Bearer TOKEN` gets 401 before its body is read.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              Self.equal(Array(header.utf8.dropFirst(7)), Array(token.utf8)) else {
            throw ServerError.unauthorized
        }
        return try await next(request, context)
    }

    /// Compares in time independent of where the first difference is, so the token cannot be guessed byte by byte.
    private static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}

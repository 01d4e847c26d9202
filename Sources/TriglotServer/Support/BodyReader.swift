import Hummingbird

/// A request's body, read whole up to the server's limit: a declared length over the limit is
/// refused before any byte is read, a body that grows past it as soon as it does.
enum BodyReader {
    /// The body's bytes, at most `limit` of them.
    static func bytes(of request: Request, limit: Int) async throws(ServerError) -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw .payloadTooLarge(limit: limit)
        }
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // NIO's NIOTooManyBytesError, which Hummingbird answers as 413.
            throw .payloadTooLarge(limit: limit)
        } catch {
            throw .invalidRequest("the request body could not be read: \(error)")
        }
    }
}

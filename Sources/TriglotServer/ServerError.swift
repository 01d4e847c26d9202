import Foundation
import Hummingbird
import TriglotFormats
import TriglotKit
import TriglotMemory
import TriglotNames

/// Every failure the server answers with: an HTTP status, a stable code a client can test, and
/// a one-line message telling the user what to do, sent as `{"error": {"code", "message"}}`.
public enum ServerError: Error, Sendable, CustomStringConvertible, HTTPResponseError {
    /// The body is not UTF-8 (the byte offset of the first bad byte).
    case invalidUTF8(offset: Int)
    /// The body is not one JSON object (the reason names the byte offset).
    case invalidJSON(String)
    /// A field is missing, of the wrong type, or unknown.
    case invalidRequest(String)
    /// A write without the server's token.
    case unauthorized
    /// No such page or endpoint.
    case notFound(String)
    /// The endpoint exists, not with this method (`allowed`: the methods it takes).
    case methodNotAllowed(String, allowed: [String])
    /// The body is larger than the server accepts.
    case payloadTooLarge(limit: Int)
    /// A well-formed request the data refuses (a glossary conflict, a malformed TMX file).
    case unprocessable(String)
    /// The server failed (ICU or the database).
    case `internal`(String)
    /// The server cannot start as configured.
    case configuration(String)

    /// The HTTP status.
    public var status: HTTPResponse.Status {
        switch self {
        case .invalidUTF8, .invalidJSON, .invalidRequest: .badRequest
        case .unauthorized: .unauthorized
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .payloadTooLarge: .contentTooLarge
        case .unprocessable: .unprocessableContent
        case .internal, .configuration: .internalServerError
        }
    }

    /// The code in the error body, the same for every message of a kind.
    public var code: String {
        switch self {
        case .invalidUTF8: "invalid_utf8"
        case .invalidJSON: "invalid_json"
        case .invalidRequest: "invalid_request"
        case .unauthorized: "unauthorized"
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .payloadTooLarge: "payload_too_large"
        case .unprocessable: "unprocessable"
        case .internal: "internal"
        case .configuration: "configuration"
        }
    }

    public var description: String {
        switch self {
        case let .invalidUTF8(offset): "the request body is not UTF-8 (byte \(offset)): send text encoded as UTF-8"
        case let .invalidJSON(reason): "the request body is not a JSON object: \(reason)"
        case let .invalidRequest(reason): reason
        case .unauthorized: "this server needs its token for writes: send Authorization: Bearer TOKEN"
        case let .notFound(path): "no such page or endpoint: \(path) (the API is listed at /openapi.json)"
        case let .methodNotAllowed(path, allowed): "\(path) takes \(allowed.joined(separator: " or ")) only (see /openapi.json)"
        case let .payloadTooLarge(limit): "the request body is larger than this server accepts (\(limit) bytes): send less, or start the server with a larger --max-body"
        case let .unprocessable(reason), let .internal(reason), let .configuration(reason): reason
        }
    }

    /// The failure a workflow's error is for the client: bad data is the request's fault, a
    /// database or ICU failure the server's.
    static func from(_ error: KitError) -> ServerError {
        switch error {
        case .invalidRecord(_, let reason): return .invalidRequest(reason)
        case .summary, .names: return .unprocessable(error.description)
        case .text: return .internal(error.description)
        case let .memory(memoryError):
            switch memoryError {
            case let .invalidUTF8(_, offset, _, _): return .invalidUTF8(offset: offset)
            case .malformedInput: return .unprocessable(error.description)
            default: return .internal(error.description)
            }
        }
    }

    /// The same for any error a workflow throws untyped.
    static func from(_ error: any Error) -> ServerError {
        switch error {
        case let error as ServerError: error
        case let error as KitError: from(error)
        case let error as NamesError: from(KitError.names(error))
        case let error as FormatError: .unprocessable(error.description)
        default: .internal(String(describing: error))
        }
    }

    /// The result of `body`, its failure mapped by ``from(_:)-(any Error)``.
    static func mapping<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(ServerError) -> Result {
        do {
            return try body()
        } catch {
            throw from(error)
        }
    }

    /// The error body, JSON, with the status.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = JSONOutput.object([("error", .object([("code", .string(code)), ("message", .string(description))]))])
        var response = Response.json(body, status: status)
        switch self {
        case .unauthorized: response.headers[.wwwAuthenticate] = "Bearer"
        case let .methodNotAllowed(_, allowed): response.headers[.allow] = allowed.joined(separator: ", ")
        default: break
        }
        return response
    }
}

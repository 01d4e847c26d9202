import Hummingbird
import TriglotFormats

extension Response {
    /// A JSON document written by ``JSONOutput`` (one escaping and key order for the CLI and the server).
    static func json(_ value: JSONOutput, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: value.utf8Document)))
    }

    /// `text` with its media type.
    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `text` as a file to save, named `filename` (a name the server makes, never the client's).
    static func download(_ text: String, contentType: String, filename: String) -> Response {
        var response = Self.text(text, contentType: contentType)
        response.headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        return response
    }
}

import Foundation
import Hummingbird
import Testing
import HummingbirdTesting
import TriglotFormats
@testable import TriglotServer

/// A server on a fresh memory and team glossary in a temporary folder, tested in process
/// through its router (the built binary is tested end to end by tools/server/e2e.py).
struct ServerHarness {
    let folder: URL
    var configuration = ServerConfiguration()

    init(token: String? = nil, maxBody: Int? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        configuration.memoryPath = folder.appendingPathComponent("memory.sqlite").path
        configuration.teamGlossaryPath = folder.appendingPathComponent("team.tsv").path
        configuration.token = token
        if let maxBody { configuration.maxBodyBytes = maxBody }
    }

    /// The bundled example in `language`.
    static func example(_ language: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("examples/lmc-2022-wang-yi-bui-thanh-son.\(language).txt"), encoding: .utf8)
    }

    /// Runs `body` with a client of a server on this configuration; the folder is removed after.
    func run<Value: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try TriglotServer(configuration: configuration, version: "test")
        return try await server.application().test(.router, body)
    }
}

/// A JSON body for a request: the object `members` as TriglotFormats writes it.
func jsonBody(_ members: [(key: String, value: JSONOutput)]) -> ByteBuffer {
    ByteBuffer(string: JSONOutput.object(members).text)
}

/// The JSON a response holds, parsed (Foundation's reader: a second opinion on our writer).
func parsed(_ response: TestResponse) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
    return try #require(object as? [String: Any])
}

extension HTTPFields {
    /// `Content-Type: application/json`, and `Authorization: Bearer token` when given.
    static func json(token: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let token { fields[.authorization] = "Bearer \(token)" }
        return fields
    }
}

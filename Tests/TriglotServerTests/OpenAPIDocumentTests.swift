import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TriglotFormats
@testable import TriglotServer

/// The OpenAPI document served at /openapi.json against the server itself: the same operations,
/// and real answers shaped as their schemas say (tools/server/e2e.py validates every answer of the
/// built binary in full with a JSON Schema validator; this checks the shape without one).
struct OpenAPIDocumentTests {
    private static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(PackageResources.openapi_json)) as? [String: Any])
    }

    /// The schema `schema` is, its `$ref` followed.
    private static func resolved(_ schema: [String: Any], in document: [String: Any]) throws -> [String: Any] {
        guard let reference = schema["$ref"] as? String else { return schema }
        let name = try #require(reference.split(separator: "/").last).description
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        return try resolved(try #require(schemas?[name] as? [String: Any]), in: document)
    }

    /// The schema of the JSON answer `path` gives to `method` with `status`.
    private static func responseSchema(_ path: String, _ method: String, status: String = "200") throws -> [String: Any] {
        let document = try document()
        let operation = try #require(((document["paths"] as? [String: Any])?[path] as? [String: Any])?[method] as? [String: Any])
        let response = try resolved(try #require((operation["responses"] as? [String: Any])?[status] as? [String: Any]), in: document)
        let content = try #require(response["content"] as? [String: Any])
        let media = try #require(content.first { $0.key.hasPrefix("application/json") }?.value as? [String: Any])
        return try resolved(try #require(media["schema"] as? [String: Any]), in: document)
    }

    /// Every required member is there and every member is one the schema names.
    private static func expectShape(_ object: [String: Any], _ schema: [String: Any], _ what: String) {
        let properties = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
        let required = Set(schema["required"] as? [String] ?? [])
        #expect(required.isSubset(of: object.keys), "\(what): missing \(required.subtracting(object.keys).sorted())")
        if schema["additionalProperties"] as? Bool == false {
            #expect(Set(object.keys).isSubset(of: properties), "\(what): undocumented \(Set(object.keys).subtracting(properties).sorted())")
        }
    }

    @Test func documentsExactlyTheRoutesTheServerHas() throws {
        let document = try Self.document()
        #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
        let paths = try #require(document["paths"] as? [String: Any])
        let documented = Set(paths.flatMap { path, item in
            ((item as? [String: Any]) ?? [:]).keys.filter { ["get", "post", "put", "delete", "patch"].contains($0) }.map { "\($0.uppercased()) \(path)" }
        })
        let harness = try ServerHarness()
        defer { try? FileManager.default.removeItem(at: harness.folder) }
        let router = try TriglotServer(configuration: harness.configuration, version: "test").router()
        let served = Set(router.routes.map { "\($0.method.rawValue) \($0.path.description.hasPrefix("/") ? "" : "/")\($0.path)" })
        #expect(served == documented, "served only: \(served.subtracting(documented).sorted()); documented only: \(documented.subtracting(served).sorted())")
    }

    @Test func realAnswersHaveTheDocumentedShape() async throws {
        let article = try ServerHarness.example("en")
        let checks: [(path: String, body: [(key: String, value: JSONOutput)])] = [
            ("/v1/summarize", [("text", .string(article)), ("names", .bool(true)), ("explain", .bool(true))]),
            ("/v1/segment", [("text", .string(article))]),
            ("/v1/align", [("source", .string(article)), ("target", .string(try ServerHarness.example("zh")))]),
            ("/v1/names/lookup", [("name", .string("Wang Yi"))]),
            ("/v1/names/recognize", [("text", .string(article))]),
            ("/v1/memory/search", [("text", .string("Wang Yi met Bui Thanh Son."))]),
        ]
        let bodies = checks.map { (path: $0.path, body: jsonBody($0.body)) }
        try await ServerHarness().run { client in
            for check in bodies {
                try await client.execute(uri: check.path, method: .post, headers: .json(), body: check.body) { response in
                    #expect(response.status == .ok, "\(check.path)")
                    Self.expectShape(try parsed(response), try Self.responseSchema(check.path, "post"), check.path)
                }
            }
            try await client.execute(uri: "/v1/nothing", method: .get) { response in
                let error = try parsed(response)
                #expect((error["error"] as? [String: Any])?["code"] as? String == "not_found")
            }
        }
    }
}

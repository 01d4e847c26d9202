import Foundation
import HummingbirdTesting
import Testing
@testable import TriglotServer

struct MemoryRoutesTests {
    private static let hostileTMX = """
        <?xml version="1.0"?>
        <!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
        <tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="x" creationtoolversion="1"/>
        <body><tu><tuv xml:lang="en"><seg>&c;</seg></tuv><tuv xml:lang="vi"><seg>x</seg></tuv></tu></body></tmx>
        """

    @Test func alignedPairsAddedAreFoundAndBadImportsChangeNothing() async throws {
        let (english, vietnamese) = (try ServerHarness.example("en"), try ServerHarness.example("vi"))
        try await ServerHarness().run { client in
            let alignment = try await client.execute(uri: "/v1/align", method: .post, headers: .json(),
                                                     body: jsonBody([("source", .string(english)), ("target", .string(vietnamese))])) {
                $0.body
            }
            try await client.execute(uri: "/v1/memory/units", method: .post, headers: .json(), body: alignment) { response in
                #expect(response.status == .ok)
                let json = try parsed(response)
                #expect((json["added"] as? Int ?? 0) > 0)
                #expect(json["added"] as? Int == json["total"] as? Int)
                #expect(json["path"] == nil)
            }
            let sentence = try #require(english.split(separator: "\n").first { $0.contains("Lancang-Mekong") }).description
            let found = try #require(sentence.split(separator: ".").first).description + "."
            try await client.execute(uri: "/v1/memory/search", method: .post, headers: .json(),
                                     body: jsonBody([("text", .string(found)), ("minimum", .int(30))])) { response in
                #expect(response.status == .ok)
                let matches = try #require(try parsed(response)["matches"] as? [[String: Any]])
                #expect(!matches.isEmpty)
                #expect((matches.first?["variants"] as? [[String: Any]])?.contains { $0["lang"] as? String == "vi" } == true)
            }
            let before = try await client.execute(uri: "/v1/memory/export?format=json", method: .get) { String(buffer: $0.body) }
            for body in [Self.hostileTMX, "<tmx><body><tu>", "not xml at all"] {
                try await client.execute(uri: "/v1/memory/import", method: .post, body: .init(string: body)) { response in
                    #expect(response.status == .unprocessableContent)
                }
            }
            try await client.execute(uri: "/v1/memory/units", method: .post, headers: .json(), body: .init(string: "{\"beads\": 3")) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("invalid_json"))
            }
            try await client.execute(uri: "/v1/memory/units", method: .post, headers: .json(), body: .init(string: "{\"beads\": 3}")) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(uri: "/v1/memory/import", method: .post, body: .init(bytes: [0x3C, 0x74, 0xFF])) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("invalid_utf8"))
            }
            let after = try await client.execute(uri: "/v1/memory/export?format=json", method: .get) { String(buffer: $0.body) }
            #expect(after == before)
        }
    }

    @Test func oversizedBodiesAndUnknownPathsGetJSONErrors() async throws {
        try await ServerHarness(maxBody: 1000).run { client in
            try await client.execute(uri: "/v1/memory/search", method: .post, headers: .json(),
                                     body: jsonBody([("text", .string(String(repeating: "word ", count: 1000)))])) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("payload_too_large"))
                #expect(response.headers[.init("X-Request-Id")!] != nil)
            }
            try await client.execute(uri: "/v1/segment", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
            }
            try await client.execute(uri: "/v1/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("\"code\": \"not_found\""))
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"status\": \"ok\""))
            }
        }
    }
}

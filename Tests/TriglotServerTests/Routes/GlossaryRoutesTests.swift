import Foundation
import HummingbirdTesting
import Testing
@testable import TriglotServer

struct GlossaryRoutesTests {
    @Test func aConceptAddedIsExportedEscapedAndAConflictChangesNothing() async throws {
        let harness = try ServerHarness()
        let team = harness.configuration.teamGlossaryPath
        try await harness.run { client in
            let hostile = #"<script>alert(1)</script> "onmouseover="#
            try await client.execute(uri: "/v1/glossary/concepts", method: .post, headers: .json(),
                                     body: jsonBody([("en", .string(hostile)), ("vi", .string("Tên Thử"))])) { response in
                #expect(response.status == .created)
                let json = try parsed(response)
                #expect(json["added"] as? Int == 1)
            }
            let before = try String(contentsOfFile: team, encoding: .utf8)
            try await client.execute(uri: "/v1/glossary/export?format=json&scope=team", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"triglot-glossary.json\"")
                let concepts = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [[String: Any]]
                #expect(concepts?.first?["en"] as? String == hostile)
            }
            // Wang Yi is 王毅 in the shipped glossary: another Chinese form is refused, the file untouched.
            try await client.execute(uri: "/v1/glossary/concepts", method: .post, headers: .json(),
                                     body: jsonBody([("en", .string("Wang Yi")), ("zh", .string("汪义"))])) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("\"code\": \"unprocessable\""))
            }
            #expect(try String(contentsOfFile: team, encoding: .utf8) == before)
            // The names the team added are known at once.
            try await client.execute(uri: "/v1/names/lookup", method: .post, headers: .json(),
                                     body: jsonBody([("name", .string("Tên Thử"))])) { response in
                let best = try parsed(response)["best"] as? [String: Any]
                #expect(best?["en"] as? String == hostile)
            }
            // XML escapes the name; CSV and TSV carry it as plain text.
            for format in ["tbx", "tbx2", "tmx"] {
                try await client.execute(uri: "/v1/glossary/export?format=\(format)", method: .get) { response in
                    #expect(response.status == .ok)
                    let text = String(buffer: response.body)
                    #expect(!text.contains("<script>") && text.contains("&lt;script&gt;"))
                }
            }
            for format in ["csv", "tsv"] {
                try await client.execute(uri: "/v1/glossary/export?format=\(format)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body).contains("<script>alert(1)</script>"))
                }
            }
            try await client.execute(uri: "/v1/glossary/export?format=docx", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func writesNeedTheTokenWhenTheServerHasOne() async throws {
        try await ServerHarness(token: "team-token-1").run { client in
            let body = jsonBody([("en", .string("Test Person")), ("vi", .string("Người Thử"))])
            try await client.execute(uri: "/v1/glossary/concepts", method: .post, headers: .json(), body: body) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
            }
            try await client.execute(uri: "/v1/glossary/concepts", method: .post, headers: .json(token: "team-token-2"), body: body) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/glossary/concepts", method: .post, headers: .json(token: "team-token-1"), body: body) { response in
                #expect(response.status == .created)
            }
            // Reads stay open.
            try await client.execute(uri: "/v1/names/lookup", method: .post, headers: .json(),
                                     body: jsonBody([("name", .string("Người Thử"))])) { response in
                #expect(response.status == .ok)
            }
        }
    }
}

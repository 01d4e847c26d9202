import Foundation
import HummingbirdTesting
import Testing
@testable import TriglotServer

struct NameRoutesTests {
    @Test func lookupInAnyDirection() async throws {
        try await ServerHarness().run { client in
            for (name, language, expected) in [("Wang Yi", "zh", "王毅"), ("裴青山", "vi", "Bùi Thanh Sơn"), ("Vương Nghị", "en", "Wang Yi")] {
                try await client.execute(uri: "/v1/names/lookup", method: .post, headers: .json(),
                                         body: jsonBody([("name", .string(name))])) { response in
                    #expect(response.status == .ok)
                    let best = try #require(try parsed(response)["best"] as? [String: Any])
                    #expect(best[language] as? String == expected)
                }
            }
            try await client.execute(uri: "/v1/names/lookup", method: .post, headers: .json(),
                                     body: jsonBody([("name", .string("  "))])) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func recognizeFindsKnownNamesWithTheirForms() async throws {
        try await ServerHarness().run { client in
            try await client.execute(uri: "/v1/names/recognize", method: .post, headers: .json(),
                                     body: jsonBody([("text", .string("国务委员兼外长王毅会见越南外长裴青山。"))])) { response in
                #expect(response.status == .ok)
                let known = try #require(try parsed(response)["known"] as? [[String: Any]])
                let texts = known.compactMap { $0["text"] as? String }
                #expect(texts.contains("王毅") && texts.contains("裴青山"))
                let bui = try #require(known.first { $0["text"] as? String == "裴青山" })
                #expect((bui["forms"] as? [String: Any])?["en"] as? String == "Bui Thanh Son")
            }
        }
    }
}

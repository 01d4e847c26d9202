import Foundation
import HummingbirdTesting
import Testing
@testable import TriglotServer

struct AlignRoutesTests {
    @Test func alignPairsTheNamesOfAReportAndItsTranslation() async throws {
        let (english, chinese) = (try ServerHarness.example("en"), try ServerHarness.example("zh"))
        try await ServerHarness().run { client in
            try await client.execute(uri: "/v1/align", method: .post, headers: .json(),
                                     body: jsonBody([("source", .string(english)), ("target", .string(chinese))])) { response in
                #expect(response.status == .ok)
                let json = try parsed(response)
                #expect(json["source_language"] as? String == "en")
                #expect(json["target_language"] as? String == "zh")
                #expect((json["beads"] as? [Any])?.isEmpty == false)
                let names = try #require(json["names"] as? [[String: Any]])
                #expect(names.contains { $0["source"] as? String == "Wang Yi" && $0["target"] as? String == "王毅" && $0["known"] as? Bool == true })
                #expect(json["proposals"] is [Any])
            }
        }
    }
}

import Foundation
import HummingbirdTesting
import Testing
@testable import TriglotServer

struct TextRoutesTests {
    @Test func summarizeShadesSentencesOfTheArticleAndUnderlinesItsNames() async throws {
        let article = try ServerHarness.example("en")
        try await ServerHarness().run { client in
            try await client.execute(uri: "/v1/summarize", method: .post, headers: .json(),
                                     body: jsonBody([("text", .string(article)), ("sentences", .int(2)), ("names", .bool(true))])) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let json = try parsed(response)
                let chosen = try #require(json["sentences"] as? [[String: Any]])
                let document = try #require(json["document"] as? [[String: Any]])
                #expect(chosen.count == 2)
                let all = Set(document.compactMap { $0["text"] as? String })
                #expect(chosen.allSatisfy { all.contains($0["text"] as? String ?? "") })
                // Offsets are Unicode scalars into the text sent.
                let scalars = Array(article.unicodeScalars)
                for sentence in document {
                    let (start, end) = (try #require(sentence["start"] as? Int), try #require(sentence["end"] as? Int))
                    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == sentence["text"] as? String)
                }
                let known = try #require((json["names"] as? [String: Any])?["known"] as? [[String: Any]])
                let wang = try #require(known.first { $0["text"] as? String == "Wang Yi" })
                #expect((wang["forms"] as? [String: Any])?["zh"] as? String == "王毅")
                #expect((wang["forms"] as? [String: Any])?["vi"] as? String == "Vương Nghị")
            }
        }
    }

    @Test func segmentAndLengthErrors() async throws {
        try await ServerHarness().run { client in
            try await client.execute(uri: "/v1/segment", method: .post, headers: .json(),
                                     body: jsonBody([("text", .string("王毅会见裴青山。双方同意加强合作。")), ("unit", .string("sentence"))])) { response in
                #expect(response.status == .ok)
                let items = try #require(try parsed(response)["items"] as? [[String: Any]])
                #expect(items.map { $0["text"] as? String } == ["王毅会见裴青山。", "双方同意加强合作。"])
                #expect(items.allSatisfy { $0["language"] as? String == "zh" })
            }
            try await client.execute(uri: "/v1/segment", method: .post, headers: .json(),
                                     body: jsonBody([("text", .string("a")), ("unit", .string("paragraph"))])) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("\"code\": \"invalid_request\""))
            }
            try await client.execute(uri: "/v1/summarize", method: .post, headers: .json(),
                                     body: jsonBody([("text", .string("One. Two.")), ("sentences", .int(2)), ("words", .int(5))])) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func summarizePairAnswersSentencePairs() async throws {
        let (english, vietnamese) = (try ServerHarness.example("en"), try ServerHarness.example("vi"))
        try await ServerHarness().run { client in
            try await client.execute(uri: "/v1/summarize/pair", method: .post, headers: .json(),
                                     body: jsonBody([("source", .string(english)), ("target", .string(vietnamese)), ("sentences", .int(2))])) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.contains("Wang Yi") && text.contains("Vương Nghị"))
            }
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import TriglotServer

struct TriglotServerTests {
    private static let origin = HTTPField.Name("Access-Control-Allow-Origin")!

    @Test func noCORSUnlessAnOriginIsNamed() async throws {
        try await ServerHarness().run { client in
            try await client.execute(uri: "/healthz", method: .get, headers: [.origin: "https://news.example"]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[Self.origin] == nil)
            }
        }
    }

    @Test func corsForTheOriginNamedOnly() async throws {
        var harness = try ServerHarness()
        harness.configuration.corsOrigin = "https://news.example"
        try await harness.run { client in
            try await client.execute(uri: "/v1/summarize", method: .options,
                                     headers: [.origin: "https://news.example", .accessControlRequestMethod: "POST"]) { response in
                #expect(response.headers[Self.origin] == "https://news.example")
            }
            try await client.execute(uri: "/healthz", method: .get, headers: [.origin: "https://news.example"]) { response in
                #expect(response.headers[Self.origin] == "https://news.example")
            }
        }
    }

    @Test func requestIDsAreEchoedWhenSaneAndMadeOtherwise() async throws {
        let field = HTTPField.Name("X-Request-Id")!
        try await ServerHarness().run { client in
            try await client.execute(uri: "/healthz", method: .get, headers: [field: "client-42.a"]) { response in
                #expect(response.headers[field] == "client-42.a")
            }
            try await client.execute(uri: "/healthz", method: .get, headers: [field: "<script>"]) { response in
                let made = try #require(response.headers[field])
                #expect(made != "<script>" && !made.isEmpty)
            }
        }
    }

    @Test func thePageAndItsFilesComeWithAPolicy() async throws {
        try await ServerHarness().run { client in
            for (path, type) in [("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css")] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true)
                    #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                }
            }
            try await client.execute(uri: "/../../etc/passwd", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

import Testing
@testable import TriglotServer

struct ServerConfigurationTests {
    @Test func loopbackNeedsNoToken() throws {
        for host in ["127.0.0.1", "localhost", "::1"] {
            var configuration = ServerConfiguration()
            configuration.host = host
            #expect(configuration.isLoopback)
            try configuration.validate()
        }
    }

    @Test func anotherAddressNeedsAToken() throws {
        var configuration = ServerConfiguration()
        configuration.host = "0.0.0.0"
        #expect(!configuration.isLoopback)
        #expect(throws: ServerError.self) { try configuration.validate() }
        configuration.token = "s3cret-token"
        try configuration.validate()
    }

    @Test func aTokenIsOneWord() {
        var configuration = ServerConfiguration()
        configuration.token = "two words"
        #expect(throws: ServerError.self) { try configuration.validate() }
        configuration.token = ""
        #expect(throws: ServerError.self) { try configuration.validate() }
    }

    @Test func limitsMustBePositive() {
        var configuration = ServerConfiguration()
        configuration.maxBodyBytes = 0
        #expect(throws: ServerError.self) { try configuration.validate() }
        configuration = ServerConfiguration()
        configuration.port = 70_000
        #expect(throws: ServerError.self) { try configuration.validate() }
    }
}

import Foundation
import TriglotMemory

/// What `triglot serve` listens on and serves: the address, the team's memory and glossary,
/// the token writes need, and the limits that keep one client from holding the server.
public struct ServerConfiguration: Sendable {
    /// The address to bind (loopback unless a token is set).
    public var host: String = "127.0.0.1"
    /// The port; 0 lets the system choose one (printed when the server is up).
    public var port: Int = 8080
    /// The translation memory the team shares (nil: ``TranslationMemory/defaultPath``).
    public var memoryPath: String?
    /// Glossary files read beside the shipped one, read-only.
    public var glossaryPaths: [String] = []
    /// The team glossary the server adds concepts to (created on the first addition).
    public var teamGlossaryPath: String
    /// The token every write needs as `Authorization: Bearer`, when set.
    public var token: String?
    /// The largest request body accepted, in bytes; a larger one gets 413.
    public var maxBodyBytes: Int = 5 * 1024 * 1024
    /// The origin allowed to call the API from another site's page (no CORS headers when nil).
    public var corsOrigin: String?
    /// Seconds a connection may stay silent (a slow or stalled client) before it is closed.
    public var idleTimeoutSeconds: Int = 30

    /// A configuration with the defaults, the team glossary beside the default memory.
    public init() {
        teamGlossaryPath = Self.defaultTeamGlossaryPath
    }

    /// `team-glossary.tsv` in the folder of the default memory (`~/.local/share/triglot`).
    public static var defaultTeamGlossaryPath: String {
        (TranslationMemory.defaultPath as NSString).deletingLastPathComponent + "/team-glossary.tsv"
    }

    /// Whether `host` names this machine only (`127.0.0.0/8`, `::1`, `localhost`).
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Refuses a configuration that would expose writes: another address without a token.
    public func validate() throws(ServerError) {
        guard (1...65_535).contains(port) || port == 0 else {
            throw .configuration("--port must be between 0 and 65535 (got \(port))")
        }
        guard maxBodyBytes > 0 else { throw .configuration("--max-body must be at least 1 byte") }
        guard idleTimeoutSeconds > 0 else { throw .configuration("--timeout must be at least 1 second") }
        if !isLoopback && token == nil {
            throw .configuration("listening on \(host) (not loopback) needs --token-file: every write would be open to the network")
        }
        if let token, token.isEmpty || token.contains(where: \.isWhitespace) {
            throw .configuration("the token must be one word without spaces (check the --token-file)")
        }
    }
}

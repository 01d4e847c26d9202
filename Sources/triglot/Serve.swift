import ArgumentParser
import Foundation
import TriglotServer

extension Triglot {
    /// `triglot serve`: the HTTP API and the web page (TriglotServer); this command only reads its options.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the HTTP API and the web page to a team: summaries, alignments, names, one glossary and one memory.",
            discussion: """
                The page is at http://HOST:PORT/, the API under /v1/ (described at /openapi.json).
                The server listens on loopback unless --host names another address, which needs
                --token-file: every write (glossary, memory) then needs Authorization: Bearer TOKEN.
                Concepts added through the server go to the team glossary (--team-glossary).

                Examples:
                  triglot serve
                  triglot serve --port 8081 --db team.sqlite --team-glossary team.tsv
                  triglot serve --host 0.0.0.0 --token-file /etc/triglot/token
                """)

        @Option(help: ArgumentHelp("The address to listen on (default: loopback).", valueName: "address"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("The port; 0 picks a free one (printed at start).", valueName: "port"))
        var port = 8080

        @Option(help: ArgumentHelp("The team's translation memory (default ~/.local/share/triglot/memory.sqlite).", valueName: "path"))
        var db: String?

        @Option(name: .customLong("glossary"), help: ArgumentHelp("A glossary file to use, read-only (repeatable).", valueName: "file"))
        var glossaries: [String] = []

        @Option(name: .customLong("team-glossary"), help: ArgumentHelp(
            "The glossary concepts are added to (default beside the default memory, team-glossary.tsv).", valueName: "file"))
        var teamGlossary: String?

        @Option(name: .customLong("token-file"), help: ArgumentHelp(
            "A file holding the token every write must send as Authorization: Bearer.", valueName: "file"))
        var tokenFile: String?

        @Option(name: .customLong("max-body"), help: ArgumentHelp(
            "The largest request body, in bytes or with K, M or G (default 5M); larger gets 413.", valueName: "size"))
        var maxBody = "5M"

        @Option(help: ArgumentHelp("The origin (https://host) whose pages may call the API; no CORS without it.", valueName: "origin"))
        var cors: String?

        @Option(help: ArgumentHelp("Seconds a silent connection is kept open (default 30).", valueName: "seconds"))
        var timeout = 30

        func validate() throws {
            guard InputLimitOptions.bytes(maxBody) != nil else {
                throw ValidationError("--max-body takes a size such as 1000000, 500K or 5M (got '\(maxBody)')")
            }
        }

        func run() throws {
            var configuration = ServerConfiguration()
            configuration.host = host
            configuration.port = port
            configuration.memoryPath = db
            configuration.glossaryPaths = glossaries
            if let teamGlossary { configuration.teamGlossaryPath = teamGlossary }
            configuration.maxBodyBytes = InputLimitOptions.bytes(maxBody) ?? configuration.maxBodyBytes
            configuration.corsOrigin = cors
            configuration.idleTimeoutSeconds = timeout
            if let tokenFile {
                configuration.token = try InputSource(path: tokenFile).read().trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let server: TriglotServer
            do {
                server = try TriglotServer(configuration: configuration, version: Triglot.configuration.version)
            } catch {
                throw CLIError.server(error)
            }
            try ServerRunner.run(server)
        }
    }
}

import ArgumentParser
import Foundation

/// The `triglot` command: segment, summarize and align news in English, Chinese and Vietnamese.
@main
struct Triglot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triglot",
        abstract: "Read and translate diplomatic news in English, Chinese and Vietnamese.",
        discussion: """
            Examples:
              triglot summarize examples/lmc-2022-wang-yi-bui-thanh-son.en.txt
              triglot names "Bui Thanh Son"
              triglot align examples/lmc-2022-wang-yi-bui-thanh-son.en.txt examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt --names
              triglot tm search "The two ministers met on Monday."
              triglot glossary export --format tbx -o glossary.tbx
              triglot segment examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt
              echo "Gen. Smith arrived. He spoke." | triglot segment --format json

            Exit codes: 0 success, 64 usage error, 65 bad input data (not UTF-8,
            malformed glossary, TMX, TBX or CSV), 66 input file missing or unreadable,
            69 the server could not listen, 70 internal error, 73 output file cannot be
            created or replaced, 74 output could not be written (disk full, I/O error) or
            database failure, 78 the server's configuration is refused.
            """,
        version: "0.1.0",
        subcommands: [Summarize.self, Names.self, Align.self, MemoryCommand.self, GlossaryCommand.self, Segment.self, Serve.self]
    )

    /// Runs the command, mapping Triglot's errors to one-line messages and exit codes.
    static func main() {
        // A closed pipe is seen as a failed write (EPIPE) and handled by Output, not a signal.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            Output.standardError("error: \(error.message)\n")
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}

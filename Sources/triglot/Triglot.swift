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
              triglot segment examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt
              echo "Gen. Smith arrived. He spoke." | triglot segment --format json

            Exit codes: 0 success, 64 usage error, 65 input is not valid UTF-8,
            66 input file missing or unreadable, 70 internal error.
            """,
        version: "0.1.0",
        subcommands: [Summarize.self, Names.self, Segment.self, GlossaryCommand.self, MemoryCommand.self, Align.self]
    )

    /// Runs the command, mapping Triglot's errors to one-line messages and exit codes.
    static func main() {
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

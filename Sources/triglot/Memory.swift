import ArgumentParser
import Foundation
import TriglotKit
import TriglotMemory
import TriglotNames
import TriglotText

/// `triglot tm`: the translation memory (add aligned pairs, import TMX, search, export).
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Keep sentence pairs in a translation memory and find fuzzy matches.",
        discussion: """
            The memory is one SQLite file, by default
            $XDG_DATA_HOME/triglot/memory.sqlite (~/.local/share/triglot/memory.sqlite);
            --db chooses another. add and import create the memory; search and export
            only read it (a read-only file or folder will do) and never create one. An
            SQLite file of another program is refused untouched. Each add or import is
            one transaction: on bad input, an error or a kill nothing is stored. Several
            processes may use the memory at once; a writer waits for another to finish.

            Examples:
              triglot align report.en.txt report.zh.txt --format tsv > pairs.tsv
              triglot tm add pairs.tsv
              triglot tm import colleague.tmx
              triglot tm search "The two sides agreed to deepen cooperation." --min 75
              triglot tm export --format tmx -o memory.tmx

            Exit codes: 0 success, 64 usage error, 65 malformed input (FILE:LINE:COLUMN),
            66 input file or memory missing, 73 memory or output not writable, 74 database
            failure or not a translation memory.
            """,
        subcommands: [Add.self, Import.self, Search.self, Export.self]
    )
}

/// The `--db` option every `tm` command takes.
struct MemoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The memory file (default $XDG_DATA_HOME/triglot/memory.sqlite).", valueName: "path"))
    var db: String?

    /// Refuses an empty path, which would otherwise reach SQLite as a temporary database.
    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db needs a path, e.g. --db memory.sqlite") }
    }

    /// The memory workflow on the --db file, or the default one; slow work (a memory made by an
    /// earlier version getting its search keys) is announced on stderr before it starts.
    var workflow: MemoryWorkflow { MemoryWorkflow(path: db) { Output.standardError("triglot tm: \($0)\n") } }

    /// Runs `body` on the memory, a failure reported through the CLI's error table.
    func run<T>(_ body: (MemoryWorkflow) throws(KitError) -> T) throws -> T {
        do {
            return try body(workflow)
        } catch {
            throw CLIError.kit(error)
        }
    }
}

/// Reading the file a memory command takes.
enum MemoryFailure {
    /// The bytes of `file` ('-': standard input) and the name messages give it.
    static func read(_ file: String) throws -> (bytes: [UInt8], name: String) {
        if file == "-" { return (try InputReader.bytes(from: 0, name: "<stdin>"), "<stdin>") }
        return (try InputReader.bytes(atPath: file), file)
    }
}

import ArgumentParser
import Foundation
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

    /// The memory, created when missing (for add and import).
    func open() throws -> TranslationMemory {
        try MemoryFailure.map { () throws(MemoryError) in try TranslationMemory(path: db ?? TranslationMemory.defaultPath) }
    }

    /// The existing memory, opened only to read it (for search and export).
    func openForReading() throws -> TranslationMemory {
        try MemoryFailure.map { () throws(MemoryError) in
            try TranslationMemory(path: db ?? TranslationMemory.defaultPath, readOnly: true)
        }
    }
}

/// Turns ``MemoryError`` into the CLI's one-line message and exit code.
enum MemoryFailure {
    /// Runs `body`, reporting a ``MemoryError`` as `error: …` on stderr and exiting with its code.
    static func map<T>(_ body: () throws(MemoryError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Output.standardError("error: \(message(error))\n")
            throw ExitCode(error.exitCode)
        }
    }

    /// The library's message, with what the user can do from the command line.
    static func message(_ error: MemoryError) -> String {
        switch error {
        case .missing: return error.description + "; create one with tm add or tm import"
        case .unwritable, .foreignDatabase: return error.description + " with --db"
        default: return error.description
        }
    }

    /// The bytes of `file` ('-' for standard input), with the CLI's errors for missing files.
    static func read(_ file: String) throws -> (bytes: [UInt8], name: String) {
        if file == "-" { return (try InputReader.bytes(from: 0, name: "<stdin>"), "<stdin>") }
        return (try InputReader.bytes(atPath: file), file)
    }
}

import ArgumentParser
import Foundation
import TriglotKit
import TriglotMemory
import TriglotNames

extension MemoryCommand {
    /// `triglot tm export`: the whole memory as TMX, CSV or JSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the whole memory as TMX 1.4b, CSV or JSON.",
            discussion: """
                TMX: one <tu> per unit, one <tuv> per language, provenance as
                <prop type="x-source">; 'tm import' reads it back as the same units. CSV:
                id, source, created, then one column per language. JSON: an array of
                {"id", "source", "created", "variants": [{"lang", "text"}]}, which 'tm add'
                reads back. With -o the file is replaced atomically.

                Example: triglot tm export --format tmx -o memory.tmx
                """
        )

        /// --format values.
        enum Format: String, ExpressibleByArgument, CaseIterable { case tmx, csv, json }

        @Option(help: "tmx, csv or json.")
        var format: Format = .tmx

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
        var output: String?

        @OptionGroup var memory: MemoryOptions

        func run() throws {
            let text = try memory.run { workflow throws(KitError) in
                try workflow.export(format: MemoryExporter.Format(rawValue: format.rawValue)!, toolVersion: Triglot.configuration.version)
            }
            guard let output, output != "-" else {
                var out = Output()
                out.write(text)
                out.flush()
                return
            }
            do {
                try AtomicFile.write(text, to: output)
            } catch {
                if case let .unwritable(path, reason) = error { throw CLIError.unwritable(path: path, reason: reason) }
                throw CLIError.unwritable(path: output, reason: error.description)
            }
        }
    }
}

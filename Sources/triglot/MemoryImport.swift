import ArgumentParser
import Foundation
import TriglotKit
import TriglotMemory

extension MemoryCommand {
    /// `triglot tm import`: the units of a TMX 1.4b file.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a TMX 1.4b file (any number of languages per unit).",
            discussion: """
                Each <tu> becomes a unit with one variant per <tuv> (xml:lang, <seg> text; inline
                codes such as <bpt> and <ph> are dropped). <prop type="x-source"> is kept as the
                provenance (else the file name), creationdate as the date. DTDs are never read:
                entity declarations and unknown entities are refused. A malformed, truncated or
                non-UTF-8 file is reported as FILE:LINE:COLUMN (exit 65) and nothing is stored.

                Example: triglot tm import colleague.tmx --db project.sqlite
                """
        )

        @Argument(help: ArgumentHelp("The TMX file ('-' reads standard input).", valueName: "file"))
        var file: String

        @OptionGroup var memory: MemoryOptions

        func run() throws {
            let (bytes, name) = try MemoryFailure.read(file)
            let result = try memory.run { workflow throws(KitError) in try workflow.add(bytes, file: name, as: .tmx) }
            Output.line(MemoryCommand.summary(read: result.read, added: result.added, total: result.total, path: result.path))
        }
    }
}

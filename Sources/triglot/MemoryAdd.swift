import ArgumentParser
import Foundation
import TriglotKit
import TriglotMemory

extension MemoryCommand {
    /// `triglot tm add`: the sentence pairs of `triglot align --format tsv|json`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the sentence pairs written by 'triglot align --format tsv|json'.",
            discussion: """
                TSV: a header naming the languages (e.g. 'en<TAB>zh'; columns whose header
                is not a language tag, such as 'bead' or 'score', are ignored), then one
                pair per line; \\t, \\n and \\\\ in a field stand for tab, newline and
                backslash; an empty field is a sentence without counterpart.

                JSON: an array, or one object per line, of {"en": "…", "zh": "…"},
                {"source": "…", "target": "…", "source_lang": "en", "target_lang": "zh"}
                or {"variants": [{"lang": "en", "text": "…"}, …]} (what 'tm export
                --format json' writes). A unit already in the memory is not added twice.

                Example: triglot align report.en.txt report.zh.txt --format tsv | triglot tm add -
                """
        )

        @Argument(help: ArgumentHelp("The TSV or JSON file ('-' reads standard input).", valueName: "file"))
        var file: String

        @OptionGroup var memory: MemoryOptions

        func run() throws {
            let (bytes, name) = try MemoryFailure.read(file)
            let result = try memory.run { workflow throws(KitError) in try workflow.add(bytes, file: name, as: .pairs) }
            Output.line(MemoryCommand.summary(read: result.read, added: result.added, total: result.total, path: result.path))
        }
    }

    /// The line printed after an add or import.
    static func summary(read: Int, added: Int, total: Int, path: String) -> String {
        let duplicates = read - added
        return "added \(added) unit\(added == 1 ? "" : "s") to \(path)"
            + (duplicates > 0 ? " (\(duplicates) already there)" : "") + "; \(total) in all"
    }
}

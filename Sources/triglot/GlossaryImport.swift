import ArgumentParser
import Foundation
import TriglotKit
import TriglotNames
import TriglotText

extension Triglot.GlossaryCommand {
    /// `triglot glossary import`: TBX, TMX, CSV, TSV or JSON into a user glossary file.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the concepts of a TBX, TMX, CSV, TSV or JSON file to a user glossary.",
            discussion: """
                The concepts are checked together with the shipped glossary, the
                --glossary files and what the output file already holds. A form that
                names another concept, a duplicate id or malformed input is reported
                as FILE:LINE[:COLUMN] and nothing is written (exit 65). Otherwise the
                new concepts are appended to the output file, which is replaced
                atomically. XML is read without DTDs: entity declarations are refused.

                Examples:
                  triglot glossary import colleague.tbx -o my-names.tsv
                  triglot glossary import terms.csv --format csv -o my-names.tsv
                """
        )

        /// --format for import: a format, or auto.
        enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
            case auto, tbx, tbx2, tmx, csv, tsv, json

            /// The format, or nil to decide from the file.
            var format: GlossaryFormat? { GlossaryFormat(rawValue: rawValue) }
        }

        @Argument(help: ArgumentHelp("The file to import ('-' reads standard input).", valueName: "file"))
        var file: String

        @Option(help: "tbx (v2 or v3), tmx, csv, tsv or json; auto decides from the extension, then the contents.")
        var format: FormatChoice = .auto

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The user glossary to create or add to (glossary format).", valueName: "file"))
        var output: String

        @OptionGroup var glossaries: GlossaryOptions

        func run() throws {
            let source = InputSource(path: file)
            let bytes = file == "-" ? try InputReader.bytes(from: 0, name: "<stdin>") : try InputReader.bytes(atPath: file)
            let chosen = format.format ?? (file == "-" ? nil : GlossaryFormat(path: file))
            let result: GlossaryWorkflow.Imported
            do {
                result = try glossaries.workflow().importConcepts(bytes, file: source.displayName, format: chosen, into: output,
                                                                  fileExists: FileManager.default.fileExists(atPath: output))
            } catch let error as KitError {
                throw CLIError.kit(error)
            }
            Output.line("imported \(result.imported) concept\(result.imported == 1 ? "" : "s") into \(output) (\(result.total) in all)")
        }
    }
}

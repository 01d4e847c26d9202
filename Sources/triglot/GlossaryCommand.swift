import ArgumentParser
import TriglotKit
import TriglotNames
import TriglotText

extension Triglot {
    /// `triglot glossary`: work with glossary files.
    struct GlossaryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glossary",
            abstract: "Check, export and import glossaries.",
            discussion: """
                Examples:
                  triglot glossary validate
                  triglot glossary validate my-names.tsv
                """,
            subcommands: [Validate.self, Export.self, Import.self]
        )

        /// `triglot glossary validate`: every problem, with file and line.
        struct Validate: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check glossaries (the shipped one and the files given) and list every problem as FILE:LINE.",
                discussion: """
                    The format is described in glossaries/FORMAT.md. Files are checked together with
                    the shipped glossary, so a form that names another concept there is reported too.
                    Exit 0 when all is well, 65 when a problem is found.

                    Example: triglot glossary validate --glossary my-names.tsv
                    """
            )

            @Argument(help: "Glossary files to check (in addition to those of --glossary).")
            var files: [String] = []

            @OptionGroup var glossaries: GlossaryOptions

            func run() throws {
                var options = glossaries
                options.paths += files
                let validation: GlossaryWorkflow.Validation
                do {
                    validation = try options.workflow().validate()
                } catch let error as KitError {
                    throw CLIError.kit(error)
                }
                let fileCount = validation.files
                Output.line("\(validation.concepts) concepts in \(fileCount) file\(fileCount == 1 ? "" : "s"): no problems")
                // Disagreements with the transliteration rules and the dictionaries: notes, not problems (exit 0).
                for note in validation.notes { Output.line(note.description) }
            }
        }
    }
}

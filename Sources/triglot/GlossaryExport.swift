import ArgumentParser
import Foundation
import TriglotKit
import TriglotNames
import TriglotText

extension GlossaryFormat: ExpressibleByArgument {}

extension Triglot.GlossaryCommand {
    /// `triglot glossary export`: the glossaries in use as TBX, TMX, CSV, TSV or JSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the shipped glossary and your own as TBX, TMX, CSV, TSV or JSON.",
            discussion: """
                Formats: tbx (ISO 30042:2019 TBX-Basic), tbx2 (TBX v2 <martif>, for
                older tools), tmx (TMX 1.4b), csv (RFC 4180), tsv (the glossary
                format), json (an array of objects). Every field survives
                `triglot glossary import`. With -o the file is replaced atomically;
                without it the export goes to standard output.

                Examples:
                  triglot glossary export --format tbx -o triglot.tbx
                  triglot glossary export --format csv --langs en,vi --glossary my-names.tsv
                  triglot glossary export --format tmx --only-user --glossary my-names.tsv -o mine.tmx
                """
        )

        @Option(help: "tbx, tbx2, tmx, csv, tsv or json (default: from the -o file's extension).")
        var format: GlossaryFormat?

        @Option(help: ArgumentHelp("The languages to export, separated by commas (zh includes traditional forms).", valueName: "en,zh,vi"))
        var langs: String = "en,zh,vi"

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Export only the --glossary / TRIGLOT_GLOSSARY files, not the shipped glossary.")
        var onlyUser = false

        @OptionGroup var glossaries: GlossaryOptions

        func validate() throws {
            _ = try languages()
            if format == nil && output.flatMap(GlossaryFormat.init(path:)) == nil {
                throw ValidationError("give --format tbx, tbx2, tmx, csv, tsv or json (or an -o file ending in one of them)")
            }
            if onlyUser && glossaries.userPaths.isEmpty {
                throw ValidationError("--only-user needs a glossary: give --glossary FILE or set TRIGLOT_GLOSSARY")
            }
        }

        /// The languages of --langs.
        func languages() throws -> Set<Language> {
            var result = Set<Language>()
            for code in langs.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty {
                guard let language = Language(rawValue: code) else {
                    throw ValidationError("--langs: unknown language '\(code)'; use en, zh and vi separated by commas")
                }
                result.insert(language)
            }
            if result.isEmpty { throw ValidationError("--langs: give at least one of en, zh, vi") }
            return result
        }

        func run() throws {
            let chosen = format ?? output.flatMap(GlossaryFormat.init(path:)) ?? .tsv
            let text: String
            do {
                text = try glossaries.workflow().export(format: chosen, languages: try languages(), onlyUser: onlyUser,
                                                        toolVersion: Triglot.configuration.version)
            } catch let error as KitError {
                throw CLIError.kit(error)
            }
            if let output, output != "-" {
                do { try AtomicFile.write(text, to: output) } catch { throw CLIError.names(error) }
            } else {
                var out = Output()
                out.write(text)
                out.flush()
            }
        }
    }
}

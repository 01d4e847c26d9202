import ArgumentParser
import Foundation
import TriglotAlign
import TriglotKit
import TriglotNames
import TriglotText

extension Triglot {
    /// `triglot align`: the sentence pairs of a document and its translation, and their names.
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pair the sentences (and names) of a text and its translation.",
            discussion: """
                Sentences are paired by a Gale–Church dynamic programme (beads 1-1, 1-0, 0-1,
                2-1, 1-2, 2-2, 3-1, 1-3, 2-3, 3-2, 4-1, 1-4) over lengths fair across scripts, strengthened by anchors that
                survive translation: numbers, glossary names, transliterated names (pinyin,
                Hán-Việt, Vietnamese without diacritics), punctuation, common words from a
                small English–Vietnamese–Chinese list and, between other Latin-script
                languages, identical words and cognates.

                Formats: tsv (bead, score, source sentences, target sentences; sentences of a
                bead joined by a space), json (one object per bead, with sentence indices),
                tmx (TMX 1.4, one <tu> per bead that has both sides), beads (one bead per line as
                vecalign and Bleualign write them: [0, 1]:[0], [3]:[] for a sentence with no
                counterpart; 0-based sentence indices).

                With --names, the name pairs of the aligned sentences follow: those the glossary
                knows, then proposals it lacks (English ↔ Chinese by pinyin, Vietnamese ↔ Chinese
                by Hán-Việt, English ↔ Vietnamese without diacritics), each with its score, rule
                and the beads it occurs in (indices into the bead list). A proposal that names a
                concept gives that glossary concept the form it lacks in one language (its other
                forms spell the name by the rule shown).

                With --learn FILE, the proposals scoring at least --threshold (default \(GlossaryLearner.defaultThreshold)) are
                added to the user glossary FILE (created if missing) as new concepts of --kind
                (default person), checked against the shipped glossary and the --glossary files,
                and the file is replaced atomically; a proposal whose form the glossary already
                has is skipped; a proposal for a concept of FILE adds the form to its line (one
                for a concept of another glossary is skipped). With --interactive, each proposal is asked about on the terminal
                (every proposal, unless --threshold is given). What was added is reported on
                standard error. FILE's own concepts count as known, as with --glossary FILE, so
                running the same command again adds nothing twice; pass the file with --glossary
                to other commands to use it.

                Examples:
                  triglot align examples/lmc-2022-wang-yi-bui-thanh-son.en.txt examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt
                  triglot align a.en.txt a.vi.txt --names --format json
                  triglot align --lines --langs de,fr --format beads test0.de test0.fr
                  triglot align a.en.txt a.zh.txt --names --learn my-names.tsv
                """
        )

        /// How results are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, json, tmx, beads }

        @Argument(help: ArgumentHelp("The source text (UTF-8).", valueName: "source"))
        var sourcePath: String

        @Argument(help: ArgumentHelp("Its translation (UTF-8).", valueName: "target"))
        var targetPath: String

        @Option(help: ArgumentHelp(
            "The two languages, comma-separated ISO 639 codes (en, zh, vi, or another Latin-script language's: de, fr); detected when absent.",
            valueName: "source,target"))
        var langs: String?

        @Flag(help: "Take each non-empty line as one sentence (pre-split text).")
        var lines = false

        @Option(help: "Print tsv, json, tmx or beads.")
        var format: Format = .tsv

        @Flag(help: "Also pair the names of the aligned sentences.")
        var names = false

        @Option(help: ArgumentHelp("Add the proposed name pairs to this user glossary file.", valueName: "file"))
        var learn: String?

        // Unconditional: "--threshold -0.5" is refused by validate() for its value, not as a missing one.
        @Option(parsing: .unconditional, help: ArgumentHelp("The lowest score of a proposal --learn keeps (0 to 1; default \(GlossaryLearner.defaultThreshold), or 0 with --interactive).", valueName: "score"))
        var threshold: Double?

        @Flag(help: "With --learn: ask about each proposal on the terminal.")
        var interactive = false

        @Option(help: "With --learn: what the new concepts name (person, place, organisation, event, document, title).")
        var kind: ConceptKind = .person

        @OptionGroup var glossaries: GlossaryOptions

        @OptionGroup var limit: InputLimitOptions

        func run() throws {
            limit.apply()
            let sourceText = try InputSource(path: sourcePath).read()
            let targetText = try InputSource(path: targetPath).read()
            let codes = try langs.map { langs throws(ValidationError) in
                let pair = try LanguagePair(parsing: langs)
                try LanguagePair.check(pair.source, side: "source", text: sourceText)
                try LanguagePair.check(pair.target, side: "target", text: targetText)
                return pair
            }
            do {
                // A code Triglot does not read (de, fr) is another Latin-script language.
                let policies = codes.map { (LanguagePolicy(code: $0.source), LanguagePolicy(code: $0.target)) } ?? (.detect, .detect)
                let folder = try NameFolder()
                // --learn FILE's concepts count as known, like a --glossary file's: running the
                // same command twice must not propose again what the first run added.
                let learnt = learn.map { FileManager.default.fileExists(atPath: $0) ? [$0] : [] } ?? []
                let alignment: AlignWorkflow.Alignment
                let glossary: Glossary
                do {
                    let documents = try AlignWorkflow.documents(sourceText: sourceText, targetText: targetText,
                                                                policies: policies, lines: lines)
                    if learn != nil && LearnWorkflow.languages(documents.source, documents.target) == nil {
                        throw ValidationError("--learn keeps names between en, zh and vi; the languages here are \(codes.map { "\($0.source),\($0.target)" } ?? "undetected")")
                    }
                    glossary = try glossaries.load(folder: folder, adding: learnt)
                    alignment = try AlignWorkflow(glossary: glossary).run(source: documents.source, target: documents.target,
                                                                         names: names || learn != nil)
                } catch let error as KitError {
                    throw CLIError.kit(error)
                }
                let pairs = alignment.pairs
                // Output is tagged with the codes as given ("zh-hans"), else as detected.
                let tags = (codes?.source ?? alignment.sourceDocument.languageTag, codes?.target ?? alignment.targetDocument.languageTag)
                var output = Output()
                let printer = AlignmentPrinter(beads: alignment.beads, source: alignment.source, target: alignment.target,
                                               pairs: pairs, showNames: names)
                switch format {
                case .tsv: output.write(printer.tsv(languages: tags))
                case .json: output.write(printer.json(languages: tags) + "\n")
                case .tmx: output.write(printer.tmx(languages: tags))
                case .beads: output.write(printer.beadLines())
                }
                output.flush()
                if let learn, let languages = LearnWorkflow.languages(alignment.sourceDocument, alignment.targetDocument) {
                    try self.learn(pairs, into: learn, glossary: glossary, folder: folder, languages: languages)
                }
            } catch let error as TriglotTextError {
                throw CLIError.text(error)
            }
        }
    }
}

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
            discussion: discussion
        )

        /// How results are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, json, tmx, beads, html }

        @Argument(help: ArgumentHelp("The source text (UTF-8).", valueName: "source"))
        var sourcePath: String?

        @Argument(help: ArgumentHelp("Its translation (UTF-8).", valueName: "target"))
        var targetPath: String?

        @Option(help: ArgumentHelp(
            "The two languages, comma-separated ISO 639 codes (en, zh, vi, or another Latin-script language's: de, fr); detected when absent.",
            valueName: "source,target"))
        var langs: String?

        @Flag(help: "Take each non-empty line as one sentence (pre-split text).")
        var lines = false

        @Option(help: "Print tsv, json, tmx, beads or html (one self-contained page, names shown).")
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

        @OptionGroup var batch: JSONLinesOptions<AlignLinesTask>

        func run() throws {
            limit.apply()
            if batch.jsonl { return try alignLines() }
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
                                                                         names: names || learn != nil || format == .html)
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
                case .html: output.write(try htmlPage(alignment, glossary: glossary, folder: folder))
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

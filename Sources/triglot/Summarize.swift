import ArgumentParser
import Foundation
import TriglotKit
import TriglotSummary
import TriglotText

extension Triglot {
    /// `triglot summarize`: the key sentences of one or more articles.
    struct Summarize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pick the key sentences of news articles (extractive summary).",
            discussion: """
                Sentences are returned in document order. Default length: 3 sentences or 20% of
                the sentences, whichever is shorter. A headline line at the top is used as the
                title and photo captions are never chosen. Methods: \(MethodRegistry.all.map { "\($0.name) — \($0.summary)" }.joined(separator: "; ")).

                With --parallel A B (an article and its translation), the two are aligned
                sentence by sentence (as `triglot align` does) and the summary is a list of
                sentence pairs, chosen by the mean of their scores on both sides.

                JSON gives, per chosen sentence, its index, start and end (offsets in Unicode
                scalars), score and the score's parts; --explain adds every sentence's score.
                With --parallel, JSON gives per chosen pair its bead, both sides' sentence
                indices and texts, and the pair's score with each side's; --explain adds every
                pair's scores (text and Markdown print them as a list and a table).

                With --event A B C…, the files are reports of one event in any of the three languages:
                one summary, facts other reports confirm first, each told once, from the reports in
                --to's language; JSON lists each sentence's sources (file, sentence index). With
                --jsonl, a line is a cluster {"id", "reports": [{"name"?, "text"}, …], "to"?}.

                HTML writes one self-contained page (no script, no external file): the whole
                article with the chosen sentences shaded and its glossary names underlined,
                their English, Chinese and Vietnamese forms shown on hover or keyboard focus.

                Examples:
                  triglot summarize examples/lmc-2022-wang-yi-bui-thanh-son.en.txt
                  triglot summarize --sentences 2 --format json article.vi.txt
                  triglot summarize --chars 120 examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt
                  triglot summarize --jsonl < articles.jsonl > summaries.jsonl
                  triglot summarize --parallel report.en.txt report.zh.txt
                  triglot summarize --event --names --to vi report.en.txt report.zh.txt report.vi.txt
                  triglot summarize --event --jsonl < clusters.jsonl > briefs.jsonl
                  triglot summarize --format html article.zh.txt > summary.html
                """
        )

        /// How results are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, html }

        @Argument(help: ArgumentHelp("Articles to summarize (UTF-8); '-' or nothing reads standard input.", valueName: "file"))
        var files: [String] = []

        @Option(help: ArgumentHelp("The method: \(MethodRegistry.names.joined(separator: ", ")).", valueName: "name"))
        var method: String = "auto"

        @Option(help: "The text's language: auto detects it.")
        var lang: LanguageChoice = .auto

        @Option(help: "The article's title (helps choose sentences); a headline line at the top is used otherwise.")
        var title: String?

        @Option(help: "Print text (one sentence per line), json, markdown or html (one self-contained page).")
        var format: Format = .text

        @Flag(help: "Also print every sentence's score and its parts.")
        var explain = false

        // The length options parse their value unconditionally: "--words -3" is then refused
        // by validate() for what it is, not as a missing value (a leading "-" reads as an option).
        @Option(parsing: .unconditional, help: "At most N sentences.")
        var sentences: Int?

        @Option(parsing: .unconditional, help: "This fraction of the sentences, e.g. 0.3.")
        var ratio: Double?

        @Option(parsing: .unconditional, help: "At most N words (Vietnamese: syllables); at least one sentence, however long.")
        var words: Int?

        @Option(parsing: .unconditional, help: "At most N characters (Chinese as editors count: Han characters and full-width punctuation, a Latin or digit run as one; quotations never cut); at least one sentence.")
        var chars: Int?

        @OptionGroup var batch: JSONLinesOptions<BatchSummaryWorkflow>

        @Flag(help: "Summarize an article and its translation (two files) as sentence pairs.")
        var parallel = false

        @OptionGroup var event: EventOptions

        @OptionGroup var glossaries: GlossaryOptions

        @OptionGroup var limit: InputLimitOptions

        func validate() throws {
            let limits = [sentences != nil, ratio != nil, words != nil, chars != nil].filter { $0 }.count
            if limits > 1 { throw ValidationError("give at most one of --sentences, --ratio, --words, --chars") }
            if let problem = lengthProblem() { throw ValidationError(problem) }
            do {
                _ = try MethodRegistry.method(named: method)
            } catch {
                throw ValidationError(error.description)
            }
            if files.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("standard input holds one text: give '-' once, and the other articles as files")
            }
            if format == .html && (files.count > 1 || parallel || explain) {
                throw ValidationError("--format html shows one article: give one file, without --parallel or --explain")
            }
            try batch.refuse(files: !files.isEmpty, options: ["--format": format != .text, "--explain": explain])
            try event.validate(files: files, parallel: parallel, jsonl: batch.jsonl, format: format, title: title, method: method)
            if parallel {
                if files.count != 2 { throw ValidationError("--parallel takes two files: an article and its translation") }
                if batch.jsonl || title != nil || lang != .auto { throw ValidationError("--parallel detects each file's language and headline; drop --jsonl, --title and --lang") }
            } else if !glossaries.paths.isEmpty && format != .html && !event.event {
                throw ValidationError("--glossary is used with --parallel, to align the two articles")
            } else if title != nil && files.count > 1 {
                throw ValidationError("--title applies to one article; give one file")
            }
        }

        func run() throws {
            limit.apply()
            let method = try MethodRegistry.method(named: method)
            if event.event { return try summarizeEvent() }
            if batch.jsonl {
                return try batch.run(BatchSummaryWorkflow(method: method, length: length, language: lang.policy), limit: limit)
            }
            if parallel { return try summarizePair(method: method) }
            if format == .html { return try summarizeHTML(method: method) }
            let inputs = files.isEmpty ? [nil] : files.map(Optional.some)
            var results: [(String, String, Summary)] = []
            let workflow = SummaryWorkflow(method: method, length: length)
            for file in inputs {
                let input = InputSource(path: file)
                let text = try input.read()
                if text.isEmpty && inputs.count == 1 { return }
                do {
                    results.append((input.displayName, text, try workflow.run(text, policy: lang.policy, title: title)))
                } catch {
                    throw CLIError.kit(error)
                }
            }
            var output = Output()
            SummaryPrinter(format: format, explain: explain, headed: results.count > 1).write(results, to: &output)
            output.flush()
        }
    }
}

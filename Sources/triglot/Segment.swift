import ArgumentParser
import TriglotKit
import TriglotFormats
import TriglotText

extension Triglot {
    /// `triglot segment`: sentences or tokens, as text or JSON.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split text into sentences or words.",
            discussion: """
                Text output has one sentence (or token) per line. JSON output is an array of
                objects with "text", "start", "end" and "language" (and "kind" for words);
                start and end are offsets in Unicode scalars (code points) from the start of
                the input, end exclusive.

                --clean first removes what web pages, CAT tools and PDF extraction leave in text
                (HTML and XML tags and entities, literal \\n escapes, backtick quotes, rule lines,
                dot leaders, page numbers alone on a line, words broken one or two letters per
                line); --pdf also joins
                lines wrapped inside a paragraph. Sentences are then shown cleaned, and their
                start and end still point into the original input.

                Examples:
                  triglot segment examples/lmc-2022-wang-yi-bui-thanh-son.en.txt
                  triglot segment --unit word --lang vi article.txt
                  echo "王毅说：“我们支持。”“好！”" | triglot segment --format json
                  triglot segment --clean page.html
                  triglot segment --jsonl --unit word < texts.jsonl > words.jsonl
                """
        )

        /// The unit to split into.
        enum Unit: String, ExpressibleByArgument, CaseIterable { case sentence, word }
        /// How results are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var input: InputOptions

        @Option(help: "Split into sentences or words.")
        var unit: Unit = .sentence

        @Option(help: "Print one item per line (text) or a JSON array (json).")
        var format: Format = .text

        @Flag(help: "Clean web, CAT-tool and PDF debris before splitting (sentences only).")
        var clean = false

        @Flag(help: "With --clean: join lines wrapped inside paragraphs, as PDF text has them.")
        var pdf = false

        @OptionGroup var batch: JSONLinesOptions<SegmentLinesTask>

        func validate() throws {
            if pdf && !clean { throw ValidationError("--pdf goes with --clean") }
            if clean && unit == .word { throw ValidationError("--clean splits sentences only; drop --unit word") }
            try batch.refuse(files: input.file != nil, options: ["--format": format != .text])
        }

        func run() throws {
            if batch.jsonl { return try segmentLines() }
            let text = try input.read()
            // Empty input: nothing to say, not even an empty JSON array.
            if text.isEmpty { return }
            let workflow = SegmentWorkflow(policy: input.lang.policy)
            let items: [SegmentItem]
            do {
                items = clean ? try workflow.cleanSentences(text, pdf: pdf)
                    : try workflow.run(text, unit: SegmentWorkflow.Unit(rawValue: unit.rawValue)!)
            } catch {
                throw CLIError.kit(error)
            }
            var output = Output()
            switch format {
            case .text: SegmentItem.writeText(items, of: text, to: &output)
            case .json: SegmentItem.writeJSON(items, of: text, unit: unit, to: &output)
            }
            output.flush()
        }
    }
}

/// A sentence or token ready to print.
typealias SegmentItem = SegmentWorkflow.Item

extension SegmentItem {
    /// One item per line; white space inside an item (line breaks too) is shown as one space.
    static func writeText(_ items: [SegmentItem], of text: String, to output: inout Output) {
        for item in items {
            output.write(item.shown ?? text[item.range].collapsingWhitespace)
            output.write("\n")
        }
    }

    /// A JSON array, one object per line.
    static func writeJSON(_ items: [SegmentItem], of text: String, unit: Triglot.Segment.Unit, to output: inout Output) {
        let objects = SegmentJSON.objects(items, of: text)
        JSONOutput.writeLines(objects) { output.write($0) }
    }
}

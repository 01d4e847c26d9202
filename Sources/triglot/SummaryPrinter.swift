import TriglotFormats
import TriglotSummary
import TriglotText

/// Writes summaries as text, JSON or Markdown (HTML pages are TriglotKit's SummaryPage).
struct SummaryPrinter {
    let format: Triglot.Summarize.Format
    let explain: Bool
    /// Whether each summary is headed by its file name (several files).
    let headed: Bool

    func write(_ results: [(name: String, text: String, summary: Summary)], to output: inout Output) {
        switch format {
        case .text:
            for (number, result) in results.enumerated() {
                if headed { output.write((number > 0 ? "\n" : "") + "== \(result.name) ==\n") }
                for sentence in result.summary.sentences { output.write(Self.oneLine(sentence) + "\n") }
                if explain { writeExplanation(result.summary, to: &output) }
            }
        case .markdown:
            for (number, result) in results.enumerated() {
                if number > 0 { output.write("\n") }
                output.write("## \(result.summary.document.title.map(Self.oneLine) ?? result.name)\n\n")
                for sentence in result.summary.sentences { output.write("- \(Self.oneLine(sentence))\n") }
                if explain {
                    output.write("\n| # | score | centrality | position | title | names | sentence |\n|---|---|---|---|---|---|---|\n")
                    for score in result.summary.scores {
                        let p = score.parts
                        output.write("| \(score.index) | \(Self.number(score.score)) | \(Self.number(p.centrality)) | \(Self.number(p.position)) | \(Self.number(p.title)) | \(Self.number(p.names)) | \(Self.markdownCell(result.summary.document.sentences[score.index].text)) |\n")
                    }
                }
            }
        case .json:
            // One array of file objects however many files: the shape does not depend on the input.
            output.write(JSONOutput.lines(results.map(json)).document)
        case .html:
            // One article's page, written by `summarizeHTML` (TriglotKit's SummaryPage) instead.
            break
        }
    }

    private func writeExplanation(_ summary: Summary, to output: inout Output) {
        let chosen = Set(summary.selected.map(\.index))
        output.write("-- scores (* chosen): score = centrality, position, title, names\n")
        for score in summary.scores {
            let p = score.parts
            output.write("\(chosen.contains(score.index) ? "*" : " ") [\(score.index)] \(Self.number(score.score)) = "
                         + "\(Self.number(p.centrality)) \(Self.number(p.position)) \(Self.number(p.title)) \(Self.number(p.names))  "
                         + Self.oneLine(summary.document.sentences[score.index].text) + "\n")
        }
    }

    private func json(_ result: (name: String, text: String, summary: Summary)) -> JSONOutput {
        let summary = result.summary
        var cursor = ScalarOffsetCursor(result.text)
        func item(_ score: SentenceScore) -> JSONOutput {
            let sentence = summary.document.sentences[score.index]
            var fields: [(key: String, value: JSONOutput)] = [("index", .int(score.index)), ("text", .string(sentence.text))]
            if let range = sentence.utf8Range {
                fields += [("start", .int(cursor.scalarOffset(ofUTF8: range.lowerBound))), ("end", .int(cursor.scalarOffset(ofUTF8: range.upperBound)))]
            }
            let p = score.parts
            return .object(fields + [("score", Self.jsonNumber(score.score)), ("parts", .object([
                ("centrality", Self.jsonNumber(p.centrality)), ("position", Self.jsonNumber(p.position)),
                ("title", Self.jsonNumber(p.title)), ("names", Self.jsonNumber(p.names)),
            ]))])
        }
        var members: [(key: String, value: JSONOutput)] = [
            ("file", .string(result.name)), ("language", .string(summary.document.language.code)),
            ("title", .string(summary.document.title)), ("method", .string(summary.method)),
            ("sentences", .lines(summary.selected.map(item))),
        ]
        if explain { members.append(("explain", .lines(summary.scores.map(item)))) }
        return .object(members)
    }

    /// A sentence on one line: runs of white space become one space.
    static func oneLine(_ text: String) -> String { text.collapsingWhitespace }

    /// `text` on one line, safe in a Markdown table cell.
    static func markdownCell(_ text: String) -> String { oneLine(text).replacingOccurrences(of: "|", with: "\\|") }

    /// Scores with four decimals, as shown in text.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String(format: "%.4f", value)
    }

    /// Scores with four decimals, as JSON numbers.
    static func jsonNumber(_ value: Double) -> JSONOutput { .number(number(value)) }
}

import Foundation

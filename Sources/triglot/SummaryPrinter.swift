import TriglotFormats
import TriglotKit
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
            output.write(JSONOutput.lines(results.map {
                SummaryJSON.object(file: $0.name, text: $0.text, summary: $0.summary, explain: explain)
            }).document)
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

    /// A sentence on one line: runs of white space become one space.
    static func oneLine(_ text: String) -> String { text.collapsingWhitespace }

    /// `text` on one line, safe in a Markdown table cell.
    static func markdownCell(_ text: String) -> String { oneLine(text).replacingOccurrences(of: "|", with: "\\|") }

    /// Scores with four decimals, as shown in text.
    static func number(_ value: Double) -> String { SummaryJSON.decimals(value) }
}

import Foundation

import TriglotSummary
import TriglotText

/// Writes summaries as text, JSON or Markdown.
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
            if headed { output.write("[\n") }
            for (number, result) in results.enumerated() {
                if number > 0 { output.write(",\n") }
                output.write(json(result))
            }
            output.write(headed ? "\n]\n" : "\n")
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

    private func json(_ result: (name: String, text: String, summary: Summary)) -> String {
        let summary = result.summary
        var cursor = ScalarOffsetCursor(result.text)
        func item(_ score: SentenceScore) -> String {
            let sentence = summary.document.sentences[score.index]
            var fields = "\"index\": \(score.index), \"text\": \(JSONText.quoted(sentence.text))"
            if let range = sentence.utf8Range {
                fields += ", \"start\": \(cursor.scalarOffset(ofUTF8: range.lowerBound)), \"end\": \(cursor.scalarOffset(ofUTF8: range.upperBound))"
            }
            let p = score.parts
            fields += ", \"score\": \(Self.number(score.score)), \"parts\": {\"centrality\": \(Self.number(p.centrality)), "
                + "\"position\": \(Self.number(p.position)), \"title\": \(Self.number(p.title)), \"names\": \(Self.number(p.names))}"
            return "{" + fields + "}"
        }
        var object = "{\"file\": \(JSONText.quoted(result.name)), \"language\": \"\(summary.document.language.code)\", "
        object += "\"title\": \(summary.document.title.map { JSONText.quoted($0) } ?? "null"), \"method\": \"\(summary.method)\",\n"
        object += " \"sentences\": [" + summary.selected.map { "\n  " + item($0) }.joined(separator: ",") + (summary.selected.isEmpty ? "]" : "\n ]")
        if explain {
            object += ",\n \"explain\": [" + summary.scores.map { "\n  " + item($0) }.joined(separator: ",") + (summary.scores.isEmpty ? "]" : "\n ]")
        }
        return object + "}"
    }

    /// A sentence on one line: runs of white space become one space.
    static func oneLine(_ text: String) -> String { text.collapsingWhitespace }

    /// `text` on one line, safe in a Markdown table cell.
    static func markdownCell(_ text: String) -> String { oneLine(text).replacingOccurrences(of: "|", with: "\\|") }

    /// Scores with four decimals, as JSON numbers.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String(format: "%.4f", value)
    }
}

import Foundation

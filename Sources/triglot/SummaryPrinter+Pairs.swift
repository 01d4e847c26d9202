import TriglotFormats
import TriglotKit
import TriglotSummary
import TriglotText

extension SummaryPrinter {
    /// Writes a bilingual summary: text (each pair as two lines, pairs apart by a blank line),
    /// Markdown (a two-column table) or JSON (the pairs with their sentence indices and scores).
    func write(_ summary: BilingualSummary, names: (String, String), to output: inout Output) {
        let languages = (summary.source.language.code, summary.target.language.code)
        func texts(_ pair: BilingualSummary.PairScore) -> (String, String) { BilingualSummaryJSON.texts(pair, of: summary) }
        switch format {
        case .text:
            for (number, pair) in summary.selected.enumerated() {
                let (left, right) = texts(pair)
                output.write((number > 0 ? "\n" : "") + left + "\n" + right + "\n")
            }
            if explain {
                let chosen = Set(summary.selected.map(\.index))
                output.write("-- scores (* chosen): [bead] score = \(languages.0) side, \(languages.1) side\n")
                for pair in summary.scores {
                    output.write("\(chosen.contains(pair.index) ? "*" : " ") [\(pair.index)] \(Self.number(pair.score)) = "
                                 + "\(Self.number(pair.sourceScore)) \(Self.number(pair.targetScore))  \(texts(pair).0)\n")
                }
            }
        case .markdown:
            output.write("## \(summary.source.title.map(Self.oneLine) ?? names.0)\n\n| \(languages.0) | \(languages.1) |\n|---|---|\n")
            for pair in summary.selected {
                let (left, right) = texts(pair)
                output.write("| \(Self.markdownCell(left)) | \(Self.markdownCell(right)) |\n")
            }
            if explain {
                let chosen = Set(summary.selected.map(\.index))
                output.write("\n| bead | chosen | score | \(languages.0) score | \(languages.1) score | \(languages.0) |\n|---|---|---|---|---|---|\n")
                for pair in summary.scores {
                    output.write("| \(pair.index) | \(chosen.contains(pair.index) ? "*" : "") | \(Self.number(pair.score)) | "
                                 + "\(Self.number(pair.sourceScore)) | \(Self.number(pair.targetScore)) | \(Self.markdownCell(texts(pair).0)) |\n")
                }
            }
        case .json:
            output.write(BilingualSummaryJSON.object(summary, files: names, explain: explain).document)
        case .html:
            // Refused with --parallel by validate(): a page shows one article.
            break
        }
    }
}

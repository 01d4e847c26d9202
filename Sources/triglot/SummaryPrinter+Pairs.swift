import TriglotSummary
import TriglotText

extension SummaryPrinter {
    /// Writes a bilingual summary: text (each pair as two lines, pairs apart by a blank line),
    /// Markdown (a two-column table) or JSON (the pairs with their sentence indices and scores).
    func write(_ summary: BilingualSummary, names: (String, String), to output: inout Output) {
        let languages = (summary.source.language.code, summary.target.language.code)
        func texts(_ pair: BilingualSummary.PairScore) -> (String, String) {
            (pair.pairing.source.map { Self.oneLine(summary.source.sentences[$0].text) }.joined(separator: " "),
             pair.pairing.target.map { Self.oneLine(summary.target.sentences[$0].text) }.joined(separator: " "))
        }
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
            func item(_ pair: BilingualSummary.PairScore) -> String {
                let (left, right) = texts(pair)
                return "{\"bead\": \(pair.index), \"source_sentences\": [" + pair.pairing.source.map(String.init).joined(separator: ", ")
                    + "], \"target_sentences\": [" + pair.pairing.target.map(String.init).joined(separator: ", ")
                    + "], \"source\": \(JSONText.quoted(left)), \"target\": \(JSONText.quoted(right)), \"score\": \(Self.number(pair.score)), "
                    + "\"source_score\": \(Self.number(pair.sourceScore)), \"target_score\": \(Self.number(pair.targetScore))}"
            }
            var object = "{\"files\": [\(JSONText.quoted(names.0)), \(JSONText.quoted(names.1))], "
            object += "\"languages\": [\"\(languages.0)\", \"\(languages.1)\"], \"method\": \"\(summary.method)\",\n"
            object += " \"pairs\": [" + summary.selected.map { "\n  " + item($0) }.joined(separator: ",") + (summary.selected.isEmpty ? "]" : "\n ]")
            if explain {
                object += ",\n \"explain\": [" + summary.scores.map { "\n  " + item($0) }.joined(separator: ",") + (summary.scores.isEmpty ? "]" : "\n ]")
            }
            output.write(object + "}\n")
        }
    }
}

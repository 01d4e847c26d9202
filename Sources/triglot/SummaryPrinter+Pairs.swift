import TriglotFormats
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
            func item(_ pair: BilingualSummary.PairScore) -> JSONOutput {
                let (left, right) = texts(pair)
                return .object([("bead", .int(pair.index)), ("source_sentences", .array(pair.pairing.source.map(JSONOutput.int))),
                                ("target_sentences", .array(pair.pairing.target.map(JSONOutput.int))),
                                ("source", .string(left)), ("target", .string(right)), ("score", Self.jsonNumber(pair.score)),
                                ("source_score", Self.jsonNumber(pair.sourceScore)), ("target_score", Self.jsonNumber(pair.targetScore))])
            }
            var members: [(key: String, value: JSONOutput)] = [
                ("files", .strings([names.0, names.1])), ("languages", .strings([languages.0, languages.1])),
                ("method", .string(summary.method)), ("pairs", .lines(summary.selected.map(item))),
            ]
            if explain { members.append(("explain", .lines(summary.scores.map(item)))) }
            output.write(JSONOutput.object(members).document)
        case .html:
            // Refused with --parallel by validate(): a page shows one article.
            break
        }
    }
}

import TriglotFormats
import TriglotSummary
import TriglotText

/// The JSON object of a bilingual summary, as `triglot summarize --parallel --format json` prints it.
public enum BilingualSummaryJSON {
    /// `{"files", "languages", "method", "pairs": [...]}` and, with `explain`, every pair's scores
    /// (`"explain"`); a pair gives its bead, both sides' sentence indices and texts (each
    /// sentence on one line, a side's sentences joined by a space) and its scores.
    public static func object(_ summary: BilingualSummary, files: (String, String), explain: Bool) -> JSONOutput {
        func item(_ pair: BilingualSummary.PairScore) -> JSONOutput {
            let (left, right) = texts(pair, of: summary)
            return .object([("bead", .int(pair.index)), ("source_sentences", .array(pair.pairing.source.map(JSONOutput.int))),
                            ("target_sentences", .array(pair.pairing.target.map(JSONOutput.int))),
                            ("source", .string(left)), ("target", .string(right)), ("score", SummaryJSON.number(pair.score)),
                            ("source_score", SummaryJSON.number(pair.sourceScore)),
                            ("target_score", SummaryJSON.number(pair.targetScore))])
        }
        var members: [(key: String, value: JSONOutput)] = [
            ("files", .strings([files.0, files.1])),
            ("languages", .strings([summary.source.language.code, summary.target.language.code])),
            ("method", .string(summary.method)), ("pairs", .lines(summary.selected.map(item))),
        ]
        if explain { members.append(("explain", .lines(summary.scores.map(item)))) }
        return .object(members)
    }

    /// A pair's two sides: each sentence on one line (white space runs as one space), joined by a space.
    public static func texts(_ pair: BilingualSummary.PairScore, of summary: BilingualSummary) -> (source: String, target: String) {
        (pair.pairing.source.map { summary.source.sentences[$0].text.collapsingWhitespace }.joined(separator: " "),
         pair.pairing.target.map { summary.target.sentences[$0].text.collapsingWhitespace }.joined(separator: " "))
    }
}

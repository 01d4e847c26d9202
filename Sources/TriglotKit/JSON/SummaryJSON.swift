import Foundation
import TriglotFormats
import TriglotSummary
import TriglotText

/// The JSON object of one summary, as `triglot summarize --format json` prints it for each file:
/// built here so every interface (the CLI, a server) writes the same members in the same order.
public enum SummaryJSON {
    /// `{"file", "language", "title", "method", "sentences": [...]}`, then with `explain` every
    /// sentence's score (`"explain"`), then with `document` every sentence of the article
    /// (`"document"`: index, text, start, end). `text` is what `summary` was made from: start
    /// and end are Unicode scalar offsets into it (left out for sentences read one per line).
    public static func object(file: String?, text: String, summary: Summary, explain: Bool, document: Bool = false) -> JSONOutput {
        var cursor = ScalarOffsetCursor(text)
        func item(_ score: SentenceScore) -> JSONOutput {
            let p = score.parts
            return .object(Self.sentence(score.index, of: summary, cursor: &cursor) + [
                ("score", number(score.score)),
                ("parts", .object([("centrality", number(p.centrality)), ("position", number(p.position)),
                                   ("title", number(p.title)), ("names", number(p.names))])),
            ])
        }
        var members: [(key: String, value: JSONOutput)] = [
            ("file", .string(file)), ("language", .string(summary.document.language.code)),
            ("title", .string(summary.document.title)), ("method", .string(summary.method)),
            ("sentences", .lines(summary.selected.map(item))),
        ]
        if explain { members.append(("explain", .lines(summary.scores.map(item)))) }
        if document {
            // A cursor of its own: the article's sentences are in text order, so it only goes forwards.
            var cursor = ScalarOffsetCursor(text)
            members.append(("document", .lines(summary.document.sentences.indices.map { .object(Self.sentence($0, of: summary, cursor: &cursor)) })))
        }
        return .object(members)
    }

    /// A score with four decimals, as text and Markdown show it ("0" when not finite).
    public static func decimals(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return JSONText.fixed(value, places: 4)
    }

    /// A score with four decimals, as a JSON number.
    public static func number(_ value: Double) -> JSONOutput { .number(decimals(value)) }

    /// A sentence's index, text and, when it has a range in the text, its scalar start and end.
    private static func sentence(_ index: Int, of summary: Summary, cursor: inout ScalarOffsetCursor) -> [(key: String, value: JSONOutput)] {
        let sentence = summary.document.sentences[index]
        var fields: [(key: String, value: JSONOutput)] = [("index", .int(index)), ("text", .string(sentence.text))]
        if let range = sentence.utf8Range {
            fields += [("start", .int(cursor.scalarOffset(ofUTF8: range.lowerBound))),
                       ("end", .int(cursor.scalarOffset(ofUTF8: range.upperBound)))]
        }
        return fields
    }
}

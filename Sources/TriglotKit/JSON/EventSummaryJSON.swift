import Foundation
import TriglotFormats
import TriglotSummary
import TriglotText

/// The JSON object of an event summary, as `triglot summarize --event --format json` prints it.
public enum EventSummaryJSON {
    /// `{"language", "reports": [...], "sentences": [...]}`: each report's file, language,
    /// title and dateline; each chosen sentence's text, scores and sources (its own sentence
    /// first, then the sentences of other reports that confirm it, best first), and with
    /// `names` the glossary names in it with their offsets and other forms.
    public static func object(_ summary: EventSummary, names: EventBriefNames? = nil) -> JSONOutput {
        .object(members(summary, names: names))
    }

    /// The members of ``object(_:names:)``, in order: `"language"`, `"reports"`, `"sentences"`
    /// (what `summarize --event --jsonl` writes after each cluster's id, on one line).
    public static func members(_ summary: EventSummary, names: EventBriefNames? = nil) -> [(key: String, value: JSONOutput)] {
        func source(_ source: EventSource) -> JSONOutput {
            .object([("file", .string(source.name)), ("sentence", .int(source.sentence)),
                     ("similarity", SummaryJSON.number(source.similarity))])
        }
        let reports = summary.reports.map { report -> JSONOutput in
            .object([("file", .string(report.name)), ("language", .string(report.document.language.code)),
                     ("title", .string(report.document.title)),
                     ("dateline", .string(report.dateline.map { String(format: "%02d-%02d", $0.month, $0.day) }))])
        }
        let sentences = summary.sentences.enumerated().map { number, sentence -> JSONOutput in
            var members: [(key: String, value: JSONOutput)] = [
                ("text", .string(sentence.text)), ("score", SummaryJSON.number(sentence.score)),
                ("own", SummaryJSON.number(sentence.own)), ("confirmation", SummaryJSON.number(sentence.confirmation)),
                ("sources", .lines(([sentence.source] + sentence.confirmedBy).map(source))),
            ]
            if let names {
                members.append(("names", .lines(names.names.filter { $0.sentence == number }.map { name -> JSONOutput in
                    .object([("text", .string(name.text)), ("start", .int(name.start)), ("end", .int(name.end)),
                             ("concept", .string(name.concept.id)),
                             ("forms", .object(name.forms.map { (key: $0.language.code, value: JSONOutput.string($0.form)) }))])
                })))
            }
            return .object(members)
        }
        return [("language", .string(summary.language.code)), ("reports", .lines(reports)), ("sentences", .lines(sentences))]
    }
}

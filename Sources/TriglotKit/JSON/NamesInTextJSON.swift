import Foundation
import TriglotFormats
import TriglotNames
import TriglotText

/// The members of the JSON object of the names in a text, as `triglot names --in --format json`
/// prints them after `"file"` (and `names --in --jsonl` after each line's id).
public enum NamesInTextJSON {
    /// `"known"` (glossary names: concept, kind, text, count, occurrences) and `"unknown"` (text,
    /// language, count, occurrences, candidate forms). With `forms`, each known name ends with
    /// `"forms": {"en", "zh", "vi"}`, its concept's main form in each language (null when none).
    public static func members(_ report: NamesInTextWorkflow.Report, forms: Bool = false) -> [(key: String, value: JSONOutput)] {
        func occurrences(_ found: NamesInTextWorkflow.Found) -> JSONOutput {
            .array(found.occurrences.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })
        }
        let known = report.known.map { found -> JSONOutput in
            let concept = found.concept!
            var members: [(key: String, value: JSONOutput)] = [
                ("concept", .string(concept.id)), ("kind", .string(concept.kind.rawValue)), ("text", .string(found.text)),
                ("count", .int(found.occurrences.count)), ("occurrences", occurrences(found)),
            ]
            if forms {
                members.append(("forms", .object(Language.allCases.map { ($0.code, .string(concept.form(in: $0))) })))
            }
            return .object(members)
        }
        let unknown = report.unknown.map { found -> JSONOutput in
            let candidates = found.candidates.map { language, form -> JSONOutput in
                .object([("language", .string(language.code)), ("text", .string(form.text)), ("source", .string(form.source)),
                         ("confidence", .number(JSONText.fixed(form.confidence, places: 2)))])
            }
            return .object([("text", .string(found.text)), ("language", .string(found.language.code)),
                            ("count", .int(found.occurrences.count)), ("occurrences", occurrences(found)),
                            ("candidates", .array(candidates))])
        }
        return [("known", .array(known)), ("unknown", .array(unknown))]
    }
}

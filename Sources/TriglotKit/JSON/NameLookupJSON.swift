import Foundation
import TriglotFormats
import TriglotNames
import TriglotText

/// The members of a name lookup's JSON object, as `triglot names --format json` prints them (and
/// `names --jsonl` after each line's id).
public enum NameLookupJSON {
    /// `"query"`, `"from"`, the concept (`"concept"`, `"kind"`, `"note"`?, `"matched"`?,
    /// `"matched_form"`?) or, not in the glossary, `"concept": null` and the guessed origin; then
    /// the best form and every candidate in each of `targets`.
    public static func members(_ found: NameLookup, targets: [Language]) -> [(key: String, value: JSONOutput)] {
        var fields: [(key: String, value: JSONOutput)] = [("query", .string(found.query)), ("from", .string(found.language.code))]
        if let concept = found.concept {
            fields += [("concept", .string(concept.id)), ("kind", .string(concept.kind.rawValue))]
            if let note = concept.note { fields.append(("note", .string(note))) }
            if let matchedBy = found.matchedBy { fields.append(("matched", .string(matchedBy.rawValue))) }
            if let form = found.matchedForm { fields.append(("matched_form", .string(form))) }
        } else {
            fields.append(("concept", .null))
            if let origin = found.origin {
                fields.append(("kind", .string(origin.kind.rawValue)))
                fields.append(("origin", .object([("origin", .string(origin.origin.rawValue)), ("kind", .string(origin.kind.rawValue)),
                                                  ("guessed", .bool(!origin.certain)), ("why", .strings(origin.reasons))])))
            }
        }
        var best: [(key: String, value: JSONOutput)] = []
        var candidates: [(key: String, value: JSONOutput)] = []
        for language in targets {
            let forms = found.forms[language] ?? []
            best.append((language.code, .string(forms.first?.text)))
            candidates.append((language.code, .array(forms.map { form in
                var members: [(key: String, value: JSONOutput)] = [
                    ("text", .string(form.text)), ("source", .string(form.source)),
                    ("confidence", .number(JSONText.fixed(form.confidence, places: 2))),
                ]
                if let concept = form.conceptID { members.append(("concept", .string(concept))) }
                return .object(members)
            })))
        }
        fields += [("best", .object(best)), ("candidates", .object(candidates))]
        return fields
    }
}

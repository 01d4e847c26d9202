import Foundation
import TriglotFormats
import TriglotNames
import TriglotText

/// Writes name lookups.
enum NamesPrinter {
    /// A block per name: a heading, then one line per language and form.
    static func text(_ found: NameLookup, targets: [Language]) -> String {
        var text = found.query
        if let concept = found.concept {
            text += "  (\(concept.kind.rawValue), glossary \(concept.id)"
            if found.matchedBy == .folded, let form = found.matchedForm {
                text += "; folded match: the glossary writes \(form)"
            }
            text += ")\n"
        } else if let origin = found.origin {
            // The evidence is in the JSON; the text says what was assumed and marks a guess.
            let what = "\(origin.origin.rawValue) \(origin.kind.rawValue)"
            text += origin.certain
                ? "  (not in the glossary; \(what), \(origin.reasons.first?.split(separator: ":").first ?? "dictionary"))\n"
                : "  (not in the glossary; guessed: \(what); forms by rule)\n"
        } else {
            text += "  (not in the glossary; \(found.language.code), too long to be a name)\n"
        }
        for language in targets {
            for form in found.forms[language] ?? [] where form.source != "query" {
                let source = form.source == "glossary" || (form.source.hasPrefix("dictionary ") && !form.source.contains("+"))
                    ? form.source : String(format: "rule %@, confidence %.2f", form.source, form.confidence)
                text += "  \(language.code)  \(form.text)  [\(source)]\n"
            }
        }
        if let note = found.concept?.note { text += "  note: \(note)\n" }
        return text
    }

    /// The best form in each language on one line, tab-separated.
    static func oneLine(_ found: NameLookup, targets: [Language]) -> String {
        targets.map { found.best(in: $0)?.text ?? "" }.joined(separator: "\t")
    }

    /// One JSON object: the query, its language, the concept, the best form and every candidate.
    static func json(_ found: NameLookup, targets: [Language]) -> String {
        JSONOutput.object(jsonMembers(found, targets: targets)).text
    }

    /// The members of ``json(_:targets:)``'s object, in order.
    static func jsonMembers(_ found: NameLookup, targets: [Language]) -> [(key: String, value: JSONOutput)] {
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
                    ("confidence", .number(String(format: "%.2f", form.confidence))),
                ]
                if let concept = form.conceptID { members.append(("concept", .string(concept))) }
                return .object(members)
            })))
        }
        fields += [("best", .object(best)), ("candidates", .object(candidates))]
        return fields
    }
}

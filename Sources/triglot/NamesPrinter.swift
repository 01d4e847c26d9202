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
        "{" + jsonMembers(found, targets: targets).map { "\"\($0.key)\": \($0.json)" }.joined(separator: ", ") + "}"
    }

    /// The members of ``json(_:targets:)``'s object, in order: each key and its value as JSON.
    static func jsonMembers(_ found: NameLookup, targets: [Language]) -> [(key: String, json: String)] {
        var fields: [(key: String, json: String)] = [("query", JSONText.quoted(found.query)), ("from", "\"\(found.language.code)\"")]
        if let concept = found.concept {
            fields.append(("concept", JSONText.quoted(concept.id)))
            fields.append(("kind", "\"\(concept.kind.rawValue)\""))
            if let note = concept.note { fields.append(("note", JSONText.quoted(note))) }
            if let matchedBy = found.matchedBy { fields.append(("matched", "\"\(matchedBy.rawValue)\"")) }
            if let form = found.matchedForm { fields.append(("matched_form", JSONText.quoted(form))) }
        } else {
            fields.append(("concept", "null"))
            if let origin = found.origin {
                fields.append(("kind", "\"\(origin.kind.rawValue)\""))
                fields.append(("origin", "{\"origin\": \"\(origin.origin.rawValue)\", \"kind\": \"\(origin.kind.rawValue)\", "
                               + "\"guessed\": \(!origin.certain), \"why\": ["
                               + origin.reasons.map(JSONText.quoted).joined(separator: ", ") + "]}"))
            }
        }
        var best: [String] = []
        var candidates: [String] = []
        for language in targets {
            let forms = found.forms[language] ?? []
            best.append("\"\(language.code)\": " + (forms.first.map { JSONText.quoted($0.text) } ?? "null"))
            let list = forms.map { form in
                "{\"text\": \(JSONText.quoted(form.text)), \"source\": \(JSONText.quoted(form.source)), "
                    + "\"confidence\": \(String(format: "%.2f", form.confidence))"
                    + (form.conceptID.map { ", \"concept\": \(JSONText.quoted($0))" } ?? "") + "}"
            }
            candidates.append("\"\(language.code)\": [" + list.joined(separator: ", ") + "]")
        }
        fields.append(("best", "{" + best.joined(separator: ", ") + "}"))
        fields.append(("candidates", "{" + candidates.joined(separator: ", ") + "}"))
        return fields
    }
}


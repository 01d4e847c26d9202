import Foundation
import TriglotFormats
import TriglotKit
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
        JSONOutput.object(NameLookupJSON.members(found, targets: targets)).text
    }
}

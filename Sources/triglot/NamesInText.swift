import TriglotKit
import TriglotNames
import TriglotText

/// `triglot names --in`: prints the report of ``NamesInTextWorkflow``.
struct NamesInText {
    typealias Found = NamesInTextWorkflow.Found

    let report: NamesInTextWorkflow.Report
    var known: [Found] { report.known }
    var unknown: [Found] { report.unknown }

    /// A section per kind of name, a line per name and its occurrences, candidates indented.
    func text() -> String {
        func spans(_ found: Found) -> String { found.occurrences.map { "\($0.start)-\($0.end)" }.joined(separator: " ") }
        var text = "known names (\(known.count)):\n"
        for found in known {
            let concept = found.concept!
            text += "  \(found.text)  \(concept.id) (\(concept.kind.rawValue))  x\(found.occurrences.count)  at \(spans(found))\n"
        }
        text += "not in the glossary (\(unknown.count)):\n"
        for found in unknown {
            text += "  \(found.text)  (\(found.language.code))  x\(found.occurrences.count)  at \(spans(found))\n"
            for (language, form) in found.candidates {
                text += "    \(language.code)  \(form.text)  " + String(format: "[rule %@, confidence %.2f]", form.source, form.confidence) + "\n"
            }
        }
        return text
    }

    /// One JSON object: {"file", "known": [...], "unknown": [...]}.
    func json(file: String) -> String {
        "{\"file\": \(JSONText.quoted(file)), " + jsonMembers().map { "\"\($0.key)\": \($0.json)" }.joined(separator: ", ") + "}"
    }

    /// The known and unknown names, each a member of ``json(file:)``'s object: key and value as JSON.
    func jsonMembers() -> [(key: String, json: String)] {
        func occurrences(_ found: Found) -> String {
            "[" + found.occurrences.map { "{\"start\": \($0.start), \"end\": \($0.end)}" }.joined(separator: ", ") + "]"
        }
        let knownList = known.map { found in
            "{\"concept\": \(JSONText.quoted(found.concept!.id)), \"kind\": \"\(found.concept!.kind.rawValue)\", "
                + "\"text\": \(JSONText.quoted(found.text)), \"count\": \(found.occurrences.count), \"occurrences\": \(occurrences(found))}"
        }
        let unknownList = unknown.map { found in
            let candidates = found.candidates.map { language, form in
                "{\"language\": \"\(language.code)\", \"text\": \(JSONText.quoted(form.text)), \"source\": \(JSONText.quoted(form.source)), "
                    + "\"confidence\": \(String(format: "%.2f", form.confidence))}"
            }
            return "{\"text\": \(JSONText.quoted(found.text)), \"language\": \"\(found.language.code)\", "
                + "\"count\": \(found.occurrences.count), \"occurrences\": \(occurrences(found)), "
                + "\"candidates\": [" + candidates.joined(separator: ", ") + "]}"
        }
        return [("known", "[" + knownList.joined(separator: ", ") + "]"), ("unknown", "[" + unknownList.joined(separator: ", ") + "]")]
    }
}

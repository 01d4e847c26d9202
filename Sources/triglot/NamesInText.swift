import Foundation
import TriglotFormats
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

    /// One JSON object: {"file", "known": [...], "unknown": [...]} (TriglotKit's NamesInTextJSON).
    func json(file: String) -> String {
        JSONOutput.object([("file", .string(file))] + NamesInTextJSON.members(report)).text
    }
}

import TriglotAlign
import TriglotText

/// Writes an alignment and its name pairs.
struct AlignmentPrinter {
    let beads: [Bead]
    let source: [String]
    let target: [String]
    let pairs: [NamePair]
    let showNames: Bool

    private func sides(_ bead: Bead) -> (String, String) {
        (bead.source.map { source[$0] }.joined(separator: " "), bead.target.map { target[$0] }.joined(separator: " "))
    }

    /// A header naming the two languages (what `triglot tm add` reads), one line per bead; then,
    /// with names, a blank line and one line per name pair.
    func tsv(languages: (String, String)) -> String {
        func clean(_ text: String) -> String { text.replacingOccurrences(of: "\t", with: " ") }
        var text = "bead\tscore\t\(languages.0)\t\(languages.1)\n"
        for bead in beads {
            let (left, right) = sides(bead)
            text += "\(bead.kind)\t" + String(format: "%.2f", bead.score) + "\t\(clean(left))\t\(clean(right))\n"
        }
        if showNames {
            text += "\nname source\tname target\trule\tscore\tconcept\tcount\tbeads\n"
            for pair in pairs {
                text += "\(pair.source)\t\(pair.target)\t\(pair.rule.rawValue)\t" + String(format: "%.2f", pair.score)
                    + "\t\(pair.conceptID ?? "-")\t\(pair.count)\t" + pair.beads.map(String.init).joined(separator: ",") + "\n"
            }
        }
        return text
    }

    /// One object: the languages, the beads and, with names, the name pairs.
    func json(languages: (String, String)) -> String {
        "{" + jsonMembers(languages: languages).map { "\"\($0.key)\": \($0.json)" }.joined(separator: ", ") + "}"
    }

    /// The members of ``json(languages:)``'s object, in order: each key and its value as JSON.
    func jsonMembers(languages: (String, String)) -> [(key: String, json: String)] {
        let list = beads.map { bead -> String in
            let (left, right) = sides(bead)
            return "{\"bead\": \"\(bead.kind)\", \"score\": " + String(format: "%.3f", bead.score)
                + ", \"source_sentences\": [" + bead.source.map(String.init).joined(separator: ", ")
                + "], \"target_sentences\": [" + bead.target.map(String.init).joined(separator: ", ")
                + "], \"source\": \(JSONText.quoted(left)), \"target\": \(JSONText.quoted(right))}"
        }
        var fields = [(key: "source_language", json: JSONText.quoted(languages.0)), ("target_language", JSONText.quoted(languages.1)),
                      ("beads", "[" + list.joined(separator: ", ") + "]")]
        if showNames {
            let names = pairs.map { pair in
                "{\"source\": \(JSONText.quoted(pair.source)), \"target\": \(JSONText.quoted(pair.target)), \"rule\": \"\(pair.rule.rawValue)\", "
                    + "\"known\": \(pair.isKnown), \"concept\": " + (pair.conceptID.map { JSONText.quoted($0) } ?? "null")
                    + (pair.via.map { ", \"via\": \(JSONText.quoted($0))" } ?? "")
                    + ", \"score\": " + String(format: "%.3f", pair.score) + ", \"count\": \(pair.count), \"beads\": ["
                    + pair.beads.map(String.init).joined(separator: ", ") + "]}"
            }
            fields.append(("names", "[" + names.joined(separator: ", ") + "]"))
        }
        return fields
    }

    /// TMX 1.4: one <tu> per bead with both sides, the bead's shape and score as properties.
    func tmx(languages: (String, String)) -> String {
        let escape = XMLText.escape
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"Triglot\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"Triglot alignment\""
        out += " adminlang=\"en\" srclang=\"\(escape(languages.0))\" datatype=\"plaintext\"/>\n  <body>\n"
        for (index, bead) in beads.enumerated() where !bead.source.isEmpty && !bead.target.isEmpty {
            let (left, right) = sides(bead)
            out += "    <tu tuid=\"\(index)\">\n      <prop type=\"x-bead\">\(bead.kind)</prop>\n"
            out += "      <prop type=\"x-score\">" + String(format: "%.3f", bead.score) + "</prop>\n"
            out += "      <tuv xml:lang=\"\(escape(languages.0))\">\n        <seg>\(escape(left))</seg>\n      </tuv>\n"
            out += "      <tuv xml:lang=\"\(escape(languages.1))\">\n        <seg>\(escape(right))</seg>\n      </tuv>\n    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    /// One bead per line in vecalign notation.
    func beadLines() -> String { beads.map { $0.vecalignNotation + "\n" }.joined() }
}

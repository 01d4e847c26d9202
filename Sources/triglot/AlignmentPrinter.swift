import Foundation
import TriglotAlign
import TriglotFormats
import TriglotKit
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

    /// One object: the languages, the beads and, with names, the name pairs (TriglotKit's AlignmentJSON).
    func json(languages: (String, String)) -> String {
        JSONOutput.object(AlignmentJSON.members(beads: beads, source: source, target: target, pairs: pairs,
                                                names: showNames, languages: languages)).text
    }

    /// TMX 1.4: one <tu> per bead with both sides, the bead's shape and score as properties.
    func tmx(languages: (String, String)) -> String {
        let units = beads.enumerated().filter { !$0.element.source.isEmpty && !$0.element.target.isEmpty }.map { index, bead in
            let (left, right) = sides(bead)
            return TMXUnit(id: String(index),
                           properties: [TMXProperty(type: "x-bead", value: "\(bead.kind)"),
                                        TMXProperty(type: "x-score", value: String(format: "%.3f", bead.score))],
                           variants: [TMXVariant(language: languages.0, text: left), TMXVariant(language: languages.1, text: right)])
        }
        return TMXWriter.write(TMXDocument(sourceLanguage: languages.0, segmentType: "sentence", originalFormat: "Triglot alignment",
                                           toolVersion: "1", units: units))
    }

    /// One bead per line in vecalign notation.
    func beadLines() -> String { beads.map { $0.vecalignNotation + "\n" }.joined() }
}

import Foundation
import TriglotAlign
import TriglotFormats

/// The members of an alignment's JSON object, as `triglot align --format json` prints them (and
/// `align --jsonl` after each line's id).
public enum AlignmentJSON {
    /// `"source_language"`, `"target_language"`, `"beads"` and, with `names`, `"names"` (the name
    /// pairs as ``pair(_:)`` writes them), in that order; `languages` are the tags to print.
    public static func members(_ alignment: AlignWorkflow.Alignment, names: Bool,
                               languages: (String, String)) -> [(key: String, value: JSONOutput)] {
        members(beads: alignment.beads, source: alignment.source, target: alignment.target, pairs: alignment.pairs,
                names: names, languages: languages)
    }

    /// The same members from the parts: `source` and `target` are the sentences the beads index.
    public static func members(beads: [Bead], source: [String], target: [String], pairs: [NamePair], names: Bool,
                               languages: (String, String)) -> [(key: String, value: JSONOutput)] {
        let list = beads.map { bead -> JSONOutput in
            .object([("bead", .string("\(bead.kind)")), ("score", .number(JSONText.fixed(bead.score, places: 3))),
                     ("source_sentences", .array(bead.source.map(JSONOutput.int))),
                     ("target_sentences", .array(bead.target.map(JSONOutput.int))),
                     ("source", .string(bead.source.map { source[$0] }.joined(separator: " "))),
                     ("target", .string(bead.target.map { target[$0] }.joined(separator: " ")))])
        }
        var members: [(key: String, value: JSONOutput)] = [
            ("source_language", .string(languages.0)), ("target_language", .string(languages.1)), ("beads", .array(list)),
        ]
        if names { members.append(("names", .array(pairs.map(pair)))) }
        return members
    }

    /// One name pair: `{"source", "target", "rule", "known", "concept", "via"?, "score", "count", "beads"}`.
    public static func pair(_ pair: NamePair) -> JSONOutput {
        var fields: [(key: String, value: JSONOutput)] = [
            ("source", .string(pair.source)), ("target", .string(pair.target)), ("rule", .string(pair.rule.rawValue)),
            ("known", .bool(pair.isKnown)), ("concept", .string(pair.conceptID)),
        ]
        if let via = pair.via { fields.append(("via", .string(via))) }
        fields += [("score", .number(JSONText.fixed(pair.score, places: 3))), ("count", .int(pair.count)),
                   ("beads", .array(pair.beads.map(JSONOutput.int)))]
        return .object(fields)
    }
}

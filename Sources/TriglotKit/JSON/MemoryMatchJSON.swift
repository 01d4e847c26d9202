import TriglotFormats
import TriglotMemory

/// The JSON object of one translation-memory match, as `triglot tm search --format json` lists them.
public enum MemoryMatchJSON {
    /// `{"percentage", "lang", "text", "id", "source"?, "variants": [{"lang", "text"}, ...]}`:
    /// the variant matched, the unit's id (0 when it has none) and source, and every variant.
    public static func object(_ match: MemoryMatch) -> JSONOutput {
        var members: [(key: String, value: JSONOutput)] = [
            ("percentage", .int(match.percentage)), ("lang", .string(match.matched.language)),
            ("text", .string(match.matched.text)), ("id", .number(String(match.unit.id ?? 0))),
        ]
        if let source = match.unit.source { members.append(("source", .string(source))) }
        return .object(members + [("variants", .array(match.unit.variants.map {
            .object([("lang", .string($0.language)), ("text", .string($0.text))])
        }))])
    }
}

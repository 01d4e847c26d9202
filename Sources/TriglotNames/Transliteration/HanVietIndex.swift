import TriglotText

/// Vietnamese → Chinese: ranked candidate character strings for a Vietnamese name, from the
/// reverse of the Hán-Việt readings, preferring curated readings, characters common in names and
/// frequent characters. Candidates only, never fact: a Hán-Việt syllable has many characters.
public struct HanVietIndex: Sendable {
    /// Reading key (lower case, tone marks in one place) → characters, best first.
    private let characters: [String: [(character: Character, score: Double)]]

    public static let shared = HanVietIndex()

    private init() {
        let tables = HanTables.shared
        var scored: [String: [Character: Double]] = [:]
        func add(_ reading: String, _ character: Character, _ score: Double) {
            let key = MatchKey.strict(reading)
            scored[key, default: [:]][character] = max(scored[key]?[character] ?? 0, score)
        }
        for (character, rows) in tables.curatedHanViet {
            for row in rows { for (rank, reading) in row.readings.enumerated() { add(reading, character, rank == 0 ? 1.0 : 0.8) } }
        }
        for (character, readings) in tables.vietnamese {
            let simplified = tables.simplified[character] ?? character
            let frequency = tables.frequency[simplified] ?? tables.frequency[character] ?? 6
            // Frequent characters first; Unihan's later readings are more often Nôm.
            for (rank, reading) in readings.enumerated() {
                add(reading, simplified, 0.6 / Double(frequency) / Double(rank + 1))
            }
        }
        var characters: [String: [(Character, Double)]] = [:]
        for (key, options) in scored {
            characters[key] = options.map { ($0.key, $0.value + (tables.commonSurnames.contains(String($0.key)) ? 0.05 : 0)) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : String($0.0) < String($1.0) }
        }
        self.characters = characters
    }

    /// Up to `limit` Chinese candidates for a Vietnamese name (one character per syllable),
    /// best first, each with a confidence that stays low: they are guesses.
    public func candidates(for name: String, limit: Int = 3) -> [RuleCandidate] {
        let syllables = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard !syllables.isEmpty, syllables.count <= 6 else { return [] }
        var beams: [(text: String, score: Double)] = [("", 1)]
        for syllable in syllables {
            guard let options = characters[MatchKey.strict(syllable)], !options.isEmpty else { return [] }
            var next: [(String, Double)] = []
            for beam in beams {
                for option in options.prefix(limit) { next.append((beam.text + String(option.character), beam.score * option.score)) }
            }
            beams = Array(next.sorted { $0.1 > $1.1 }.prefix(limit))
        }
        return beams.map { RuleCandidate(text: $0.text, rule: "han-viet-reverse", confidence: min(0.4, $0.score)) }
    }
}

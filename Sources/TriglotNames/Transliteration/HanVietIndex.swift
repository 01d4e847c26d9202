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
            // Curated readings first; among them, frequent characters (平 before 坪 for bình).
            let frequency = tables.frequency[character] ?? (tables.traditional[character] ?? []).compactMap { tables.frequency[$0] }.min() ?? 6
            for row in rows {
                for (rank, reading) in row.readings.enumerated() { add(reading, character, (rank == 0 ? 1.0 : 0.8) + 0.1 / Double(frequency)) }
            }
        }
        tables.vietnamese.forEach { character, readings in
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
    /// best first, each with a confidence that stays low: they are guesses. `personal`: the name
    /// is a person's, so after the surname the characters of given names come first; `place`:
    /// the name is a place's, so the characters of place names come first (阳 over 杨 for
    /// dương); `vietnamese`: a Vietnamese person's name, whose given-name syllables take the
    /// characters Vietnamese names are written with (Thị 氏). Empty for a name too long to be one
    /// (``NameSize``).
    public func candidates(for name: String, limit: Int = 3, personal: Bool = false, place: Bool = false,
                           vietnamese: Bool = false) -> [RuleCandidate] {
        guard NameSize.isReadable(name) else { return [] }
        let syllables = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard !syllables.isEmpty, syllables.count <= 6 else { return [] }
        let given = HanTables.shared.givenNameCount
        var beams: [(text: String, score: Double)] = [("", 1)]
        for (position, syllable) in syllables.enumerated() {
            guard var options = characters[MatchKey.strict(syllable)], !options.isEmpty else { return [] }
            if personal && position == 0 {
                // The surname: characters that are surnames, the commonest first (常 for Thường).
                let ranks = HanTables.shared.surnameRank
                let surnames = options.filter { ranks[String($0.character)] != nil }
                    .map { ($0.character, 1 / Double(1 + ranks[String($0.character)]!)) }
                    .sorted { $0.1 > $1.1 }
                if !surnames.isEmpty { options = surnames }
            }
            if place {
                let places = HanTables.shared.placeNameCount
                let top = options[0].score
                options = options.map { option in
                    (option.character, option.score / top + Double(places[option.character] ?? 0).squareRoot() / 2)
                }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : String($0.0) < String($1.0) }
            }
            if personal && position > 0 {
                // Characters seen in given names, the most often seen first (忠 over 中 for Trung).
                let top = options[0].score
                options = options.map { option in
                    (option.character, option.score / top + Double(given[option.character] ?? 0).squareRoot())
                }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : String($0.0) < String($1.0) }
            }
            if vietnamese && position > 0, let usual = OriginEvidence.shared.vietnameseNameCharacter[MatchKey.strict(syllable)] {
                options = [(usual, options[0].score * 2)] + options.filter { $0.character != usual }
            }
            var next: [(String, Double)] = []
            for beam in beams {
                for option in options.prefix(limit) { next.append((beam.text + String(option.character), beam.score * option.score)) }
            }
            beams = Array(next.sorted { $0.1 > $1.1 }.prefix(limit))
        }
        return beams.map { RuleCandidate(text: $0.text, rule: "han-viet-reverse", confidence: min(0.4, $0.score)) }
    }

    /// Unaccented syllable → its Hán-Việt spellings (strict keys) with the best score of a
    /// character read so, and whether such a character is a common surname; built on first use.
    private static let spellings: [String: [(reading: String, score: Double, surname: Bool)]] = {
        let surnames = HanTables.shared.commonSurnames
        var found: [String: [(String, Double, Bool)]] = [:]
        for (key, options) in shared.characters {
            guard let best = options.first else { continue }
            found[MatchKey.loose(key), default: []].append((key, best.score, options.contains { surnames.contains(String($0.character)) }))
        }
        return found.mapValues { $0.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 } }
    }()

    /// Whether every word of `name` (two words or more) is a Hán-Việt syllable written without
    /// diacritics, as Vietnamese names are in English ("Nguyen Van An"); false for a name too
    /// long to be one (``NameSize``).
    public func readsAsUnaccentedVietnamese(_ name: String) -> Bool {
        guard NameSize.isReadable(name) else { return false }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        return words.count >= 2 && words.allSatisfy { word in
            word.allSatisfy { $0.isASCII && $0.isLetter } && Self.spellings[MatchKey.loose(String(word))] != nil
        }
    }

    /// Up to `limit` Vietnamese spellings of a name written without diacritics, best first:
    /// each word takes the Hán-Việt readings it could be, ranked as the characters read so are
    /// (the first word preferring a surname's reading). Guesses, like every reverse reading.
    public func accented(_ name: String, limit: Int = 3) -> [RuleCandidate] {
        guard readsAsUnaccentedVietnamese(name) else { return [] }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        var beams: [(text: [String], score: Double)] = [([], 1)]
        for (position, word) in words.enumerated() {
            var options = Self.spellings[MatchKey.loose(String(word))] ?? []
            let evidence = OriginEvidence.shared
            if position == 0 {
                let surnames = options.filter(\.surname)
                if !surnames.isEmpty { options = surnames }
                // Vietnamese surnames first (Lê over Lễ), as common as they are in Vietnam.
                options = options.map { option in
                    (option.reading, option.score * (1 + max(0, evidence.vietnameseSurnames[option.reading] ?? 0) * 4), option.surname)
                }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            } else {
                // The syllables Vietnamese given names use, the commonest first (Thị over thì).
                options = options.map { option in
                    let boost: Double = switch evidence.nameSyllableClass[option.reading] { case 1: 8; case 2: 4; case 3: 2; default: 1 }
                    return (option.reading, option.score * boost, option.surname)
                }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            }
            var next: [([String], Double)] = []
            for beam in beams {
                for option in options.prefix(limit) {
                    // Capitalised as the name was written, one syllable at a time.
                    let spelled = option.reading.prefix(1).uppercased() + option.reading.dropFirst()
                    next.append((beam.text + [spelled], beam.score * option.score))
                }
            }
            beams = Array(next.sorted { $0.1 > $1.1 }.prefix(limit))
        }
        // Relative to the best spelling: the scores themselves only rank.
        let top = beams.first?.score ?? 0
        return beams.map { RuleCandidate(text: $0.text.joined(separator: " "), rule: "accents-restored",
                                         confidence: top > 0 ? 0.4 * $0.score / top : 0) }
    }
}

import TriglotText

/// English → Chinese for names written in pinyin ("Zhang Dongqiang"): the words are split into
/// pinyin syllables, and each syllable's characters (Unihan kMandarin, frequent characters
/// only; common surnames first for the surname) are combined into ranked candidates. Like every
/// reverse reading, these are guesses: a syllable has many characters.
public struct PinyinIndex: Sendable {
    /// Toneless syllable → characters, best first.
    private let characters: [String: [(character: Character, score: Double)]]
    /// Toneless syllable → characters seen in given names, the most often seen first.
    private let givenNameCharacters: [String: [(character: Character, score: Double)]]

    public static let shared = PinyinIndex()

    private init() {
        let tables = HanTables.shared
        var scored: [String: [(Character, Double)]] = [:]
        for line in EmbeddedText.mandarin.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            // Simplified characters only (one with a simplified form is traditional); Unihan's
            // frequencies come from traditional text, so a simplified character takes its
            // traditional form's. Characters the project lists as common in names come first.
            guard fields.count == 2, let character = fields[0].first, tables.simplified[character] == nil,
                  let rank = tables.frequency[character]
                    ?? (tables.traditional[character] ?? []).compactMap({ tables.frequency[$0] }).min() else { continue }
            let nameBonus = tables.curatedHanViet[character] != nil ? 1.0 : 0
            // kMandarin gives one customary reading; the 2013 standard lists every reading
            // (朝 cháo and zhāo, as in 马朝旭 Ma Zhaoxu).
            let readings = fields[1].split(separator: " ").map(String.init) + (tables.standardMandarin[character] ?? [])
            var seen = Set<String>()
            for reading in readings {
                let plain = MatchKey.loose(reading)
                guard seen.insert(plain).inserted else { continue }
                scored[plain, default: []].append((character, nameBonus + 1 / Double(rank)))
            }
        }
        var characters: [String: [(Character, Double)]] = [:]
        var given: [String: [(Character, Double)]] = [:]
        for (syllable, options) in scored {
            characters[syllable] = options.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : String($0.0) < String($1.0) }
            given[syllable] = options.compactMap { option in
                tables.givenNameCount[option.0].map { (option.0, Double($0) + option.1 / 10) }
            }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : String($0.0) < String($1.0) }
        }
        self.characters = characters
        self.givenNameCharacters = given
    }

    /// The longest toneless pinyin syllable, in letters ("zhuang", "shuang").
    private static let longestSyllable = 6

    /// The pinyin syllables of a word ("dongqiang" → dong, qiang), or nil when it does not split
    /// into syllables; apostrophes split explicitly ("xi'an"). Linear in the word's length: a
    /// dynamic programme over positions, each looking back at most ``longestSyllable`` letters
    /// and keeping only the count and the last syllable's start, the split read back at the end.
    public func syllables(of word: String) -> [String]? {
        var result: [String] = []
        for part in MatchKey.loose(word).split(separator: "'") {
            let letters = Array(part)
            // Fewest syllables that cover the part (the usual reading of "xian" is one syllable);
            // among as few, the longest last syllable, as the first found wins.
            var count: [Int?] = Array(repeating: nil, count: letters.count + 1)
            var lastStart = Array(repeating: 0, count: letters.count + 1)
            count[0] = 0
            for end in 1...max(1, letters.count) where end <= letters.count {
                for start in max(0, end - Self.longestSyllable)..<end {
                    guard let before = count[start] else { continue }
                    if count[end] == nil || count[end]! > before + 1, characters[String(letters[start..<end])] != nil {
                        count[end] = before + 1
                        lastStart[end] = start
                    }
                }
            }
            guard let total = count[letters.count], total > 0 else { return nil }
            var split: [String] = []
            split.reserveCapacity(total)
            var end = letters.count
            while end > 0 {
                split.append(String(letters[lastStart[end]..<end]))
                end = lastStart[end]
            }
            result += split.reversed()
        }
        return result.isEmpty ? nil : result
    }

    /// Up to `limit` Chinese candidates for an English name that reads as pinyin (two to four
    /// syllables), best first; empty when it does not read as pinyin or is too long to be a name
    /// (``NameSize``).
    public func candidates(for name: String, limit: Int = 3) -> [RuleCandidate] {
        guard NameSize.isReadable(name) else { return [] }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "'") } }) else { return [] }
        var pieces: [String] = []
        for word in words {
            guard let split = syllables(of: String(word)) else { return [] }
            pieces += split
        }
        guard (2...4).contains(pieces.count) else { return [] }
        let surnames = HanTables.shared.commonSurnames
        var beams: [(text: String, score: Double)] = [("", 1)]
        for (position, syllable) in pieces.enumerated() {
            guard var options = characters[syllable], !options.isEmpty else { return [] }
            if position > 0 && words.count > 1, let given = givenNameCharacters[syllable], !given.isEmpty {
                // A given name: the characters people's names use (朝 and 旭 in Ma Zhaoxu, not
                // the surnames 赵 and 许), then the rest by frequency, each scored relative to the
                // list's best so that positions weigh alike.
                let top = given[0].score
                options = given.map { ($0.character, $0.score / top) }
                    + options.filter { option in !given.contains { $0.character == option.character } }.map { ($0.character, $0.score / 100) }
            }
            if position == 0 && words.count > 1 {
                // The first word of a personal name is the surname: the commonest surnames first.
                let ranks = HanTables.shared.surnameRank
                let asSurname = options.filter { surnames.contains(String($0.character)) }
                    .map { ($0.character, 1 / Double(1 + (ranks[String($0.character)] ?? 500))) }
                    .sorted { $0.1 > $1.1 }
                if !asSurname.isEmpty { options = asSurname }
            }
            var next: [(String, Double)] = []
            for beam in beams {
                for option in options.prefix(limit) { next.append((beam.text + String(option.character), beam.score * option.score)) }
            }
            beams = Array(next.sorted { $0.1 > $1.1 }.prefix(limit))
        }
        return beams.map { RuleCandidate(text: $0.text, rule: "pinyin-reverse", confidence: min(0.3, $0.score)) }
    }
}

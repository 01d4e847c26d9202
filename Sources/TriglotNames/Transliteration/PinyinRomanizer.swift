import TriglotText

/// Chinese → English in the form English news uses: pinyin without tones, a personal name as
/// surname then given name joined ("Xi Jinping", "Ouyang Xiu"), other names joined ("Guangdong"),
/// with an apostrophe where a syllable starting with a, o or e would run into the one before
/// ("Xi'an"). Surnames read as surnames (曾 Zeng, 单 Shan) from `Resources/curated/surnames.tsv`;
/// other characters through ICU's Han-Latin.
///
/// Not thread-safe (it owns ICU transforms); make one per thread.
public final class PinyinRomanizer {
    private let hanLatin: Transliterator
    private let toASCII: Transliterator
    private var tables: HanTables { .shared }  // parsed on first use, not at start-up

    public init() throws(TriglotTextError) {
        hanLatin = try Transliterator("Han-Latin")
        toASCII = try Transliterator("Latin-ASCII")
    }

    /// The Mandarin reading (with tone marks) of each character of `name`, surnames read as
    /// surnames when `name` reads as a personal name.
    public func readings(_ name: String) -> [String] {
        let characters = Array(name)
        var readings = characters.map { character -> String in
            let reading = (try? hanLatin.transform(String(character))) ?? String(character)
            return reading.trimmingCharacters(in: " ")
        }
        if let surname = surname(of: name), let special = tables.surnames[surname], special.count == surname.count {
            for (offset, reading) in special.enumerated() { readings[offset] = reading }
        }
        return readings
    }

    /// The surname `name` starts with (compound surnames first), when it reads as a personal
    /// name: two to four characters after a known surname.
    public func surname(of name: String) -> String? {
        let characters = Array(name)
        guard characters.allSatisfy({ $0.unicodeScalars.first.map(GlossaryValidator.isHan) ?? false }) else { return nil }
        if characters.count >= 3 {
            let compound = String(characters.prefix(2))
            if tables.surnames[compound] != nil || tables.commonSurnames.contains(compound) { return compound }
        }
        guard (2...3).contains(characters.count) else { return nil }
        let single = String(characters[0])
        return tables.commonSurnames.contains(single) ? single : nil
    }

    /// The English form of a Chinese name, and how sure the rule is of it.
    public func romanize(_ name: String) -> RuleCandidate {
        let syllables = readings(name).map { plain($0) }
        if let surname = surname(of: name) {
            let split = surname.count
            let family = Self.join(Array(syllables.prefix(split)))
            let given = Self.join(Array(syllables.dropFirst(split)))
            return RuleCandidate(text: Self.capitalized(family) + " " + Self.capitalized(given), rule: "pinyin", confidence: 0.8)
        }
        return RuleCandidate(text: Self.capitalized(Self.join(syllables)), rule: "pinyin", confidence: 0.6)
    }

    /// A syllable without tone marks; ü kept as u, as English news writes it.
    private func plain(_ syllable: String) -> String {
        ((try? toASCII.transform(syllable)) ?? syllable).lowercased()
    }

    /// Syllables run together, with an apostrophe before a, o or e after the first ("xi'an").
    static func join(_ syllables: [String]) -> String {
        var word = ""
        for syllable in syllables {
            if !word.isEmpty, let first = syllable.first, "aoe".contains(first) { word += "'" }
            word += syllable
        }
        return word
    }

    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}

import TriglotText

/// Chinese → English in the form English news uses: pinyin without tones, a personal name as
/// surname then given name joined ("Xi Jinping", "Ouyang Xiu"), other names joined ("Guangdong"),
/// with an apostrophe where a syllable starting with a, o or e would run into the one before
/// ("Xi'an"). Characters read as the 2013 PRC standard reads them (Unihan kTGHZ2013: 帧 Zhen,
/// 阚 Kan). Surnames read as surnames (曾 Zeng, 单 Shan) from `Resources/curated/surnames.tsv`;
/// words whose reading differs from their characters' everyday one (长沙 Changsha, 重庆
/// Chongqing) from `Resources/curated/words.tsv`; other characters by Unihan's kMandarin (the
/// table ICU's Han-Latin is built from), and ICU's Han-Latin for a character the table lacks.
///
/// Not thread-safe (it may own an ICU transform); make one per thread.
public final class PinyinRomanizer {
    // Building ICU's Han-Latin costs about 80 ms, most of a short command's run: only for a
    // character kMandarin lacks.
    private var hanLatin: Transliterator?
    private var tables: HanTables { .shared }  // parsed on first use, not at start-up

    public init() throws(TriglotTextError) {}

    /// The Mandarin reading (with tone marks) of each character of `name`: ICU's Han-Latin as
    /// the 2013 PRC standard reads the character (``HanTables/standardReading(_:of:)``: 帧
    /// zhēn), then the curated words of `Resources/curated/words.tsv` (长沙 cháng shā, 地 dì),
    /// then the surname read as a surname when `name` reads as a personal name (see
    /// ``surname(of:personal:)``).
    public func readings(_ name: String, personal: Bool? = nil) -> [String] {
        let characters = Array(name)
        var readings = characters.map { character -> String in
            let reading = everydayReading(character)
            // The standard lists simplified characters; a traditional one takes its simplified
            // form's standard reading only when ICU reads the two alike (幀 帧, not 乾 干).
            var key = character
            if let simplified = tables.simplified[character], everydayReading(simplified) == reading { key = simplified }
            return tables.standardReading(reading, of: key)
        }
        for match in tables.wordMatches(in: characters) {
            for (offset, reading) in match.pinyin.enumerated() { readings[match.start + offset] = reading }
        }
        if let surname = surname(of: name, personal: personal), let special = tables.surnames[surname], special.count == surname.count {
            for (offset, reading) in special.enumerated() { readings[offset] = reading }
        }
        return readings
    }

    /// The everyday reading of one character (kMandarin, else ICU's Han-Latin), without spaces.
    private func everydayReading(_ character: Character) -> String {
        if let reading = MandarinTable.first[character] { return reading }
        if hanLatin == nil { hanLatin = try? Transliterator("Han-Latin") }
        return ((try? hanLatin?.transform(String(character))) ?? String(character)).trimmingCharacters(in: " ")
    }

    /// The surname `name` starts with (compound surnames first), when it reads as a personal
    /// name. `personal`: nil guesses (two or three characters after a common surname, or a
    /// known compound surname and at least one more character); true says it is one (a name
    /// of two characters or more whose surname is not known starts with a one-character
    /// surname); false says it is not (nil).
    public func surname(of name: String, personal: Bool? = nil) -> String? {
        if personal == false { return nil }
        let characters = Array(name)
        guard characters.count >= 2, characters.allSatisfy({ $0.unicodeScalars.first?.isHanIdeograph ?? false }) else { return nil }
        for length in stride(from: min(4, characters.count - 1), through: 2, by: -1) {
            let compound = String(characters.prefix(length))
            if tables.surnames[compound] != nil || tables.commonSurnames.contains(compound) { return compound }
        }
        let single = String(characters[0])
        if personal == true { return single }
        guard (2...3).contains(characters.count) else { return nil }
        return tables.commonSurnames.contains(single) ? single : nil
    }

    /// The English form of a Chinese name, and how sure the rule is of it. `personal` as for
    /// ``surname(of:personal:)``: true when the caller knows the name is a person's.
    public func romanize(_ name: String, personal: Bool? = nil) -> RuleCandidate {
        let syllables = readings(name, personal: personal).map { plain($0) }
        if let surname = surname(of: name, personal: personal) {
            let split = surname.count
            let family = Self.join(Array(syllables.prefix(split)))
            let given = Self.join(Array(syllables.dropFirst(split)))
            let known = tables.commonSurnames.contains(surname) || tables.surnames[surname] != nil
            return RuleCandidate(text: Self.capitalized(family) + " " + Self.capitalized(given), rule: "pinyin", confidence: known ? 0.8 : 0.7)
        }
        return RuleCandidate(text: Self.capitalized(Self.join(syllables)), rule: "pinyin", confidence: 0.6)
    }

    /// A syllable without tone marks; ü kept as u, as English news writes it.
    private func plain(_ syllable: String) -> String {
        MatchKey.loose(syllable)
    }

    /// Syllables run together, with an apostrophe before a, o or e after the first ("xi'an").
    public static func join(_ syllables: [String]) -> String {
        var word = ""
        for syllable in syllables {
            if !word.isEmpty, let first = syllable.first, "aoe".contains(first) { word += "'" }
            word += syllable
        }
        return word
    }

    /// The word with its first letter in upper case.
    public static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}

import TriglotText

/// Chinese → Vietnamese by Hán-Việt readings, capitalised per syllable for names (习近平 → Tập
/// Cận Bình). A character's reading comes, in order, from the project's curated table (by the
/// character's Mandarin reading where it has several: 长 zhǎng trưởng, cháng trường), from
/// Unihan's kVietnamese, and from kVietnamese of its traditional forms (kVietnamese mostly
/// covers traditional characters).
public struct HanVietReader: Sendable {
    private var tables: HanTables { .shared }  // parsed on first use, not at start-up

    public init() {}

    /// The Hán-Việt reading of `character` read as `pinyin` in Mandarin, or nil.
    public func reading(of character: Character, pinyin: String) -> String? {
        if let curated = tables.curatedHanViet[character] {
            let wanted = pinyin.nfc
            if let row = curated.first(where: { $0.pinyin == wanted }) ?? curated.first(where: { $0.pinyin == "*" }),
               let first = row.readings.first {
                return first
            }
        }
        if let unihan = tables.vietnamese[character]?.first { return MatchKey.traditionalTonePlacement(unihan) }
        for variant in tables.traditional[character] ?? [] {
            if let unihan = tables.vietnamese[variant]?.first { return MatchKey.traditionalTonePlacement(unihan) }
        }
        return nil
    }

    /// The Vietnamese form of a Chinese name, given each character's Mandarin reading; nil
    /// when a character has no known reading.
    public func read(_ name: String, pinyin: [String]) -> RuleCandidate? {
        let characters = Array(name)
        guard characters.count == pinyin.count else { return nil }
        var syllables: [String] = []
        var curated = 0
        for (character, reading) in zip(characters, pinyin) {
            guard let syllable = self.reading(of: character, pinyin: reading) else { return nil }
            if tables.curatedHanViet[character] != nil { curated += 1 }
            syllables.append(PinyinRomanizer.capitalized(syllable))
        }
        // Curated readings are the ones names use; Unihan's first reading is sometimes Nôm.
        let confidence = 0.5 + 0.4 * Double(curated) / Double(max(1, characters.count))
        return RuleCandidate(text: syllables.joined(separator: " "), rule: "han-viet", confidence: confidence)
    }
}

import TriglotText

/// Chinese → Vietnamese by Hán-Việt readings, capitalised per syllable for names (习近平 → Tập
/// Cận Bình). Curated words (`curated/words.tsv`: 诸葛 Gia Cát, 重庆 Trùng Khánh) are read as a
/// whole; a character's reading comes otherwise from the project's curated table (by the
/// character's Mandarin reading where it has several: 长 zhǎng trưởng, cháng trường), else from
/// Unihan's kVietnamese of the character and of its traditional forms (kVietnamese mostly
/// covers traditional characters), choosing the reading that fits the Mandarin reading best.
public struct HanVietReader: Sendable {
    private var tables: HanTables { .shared }  // parsed on first use, not at start-up

    public init() {}

    /// The Hán-Việt reading of `character` read as `pinyin` in Mandarin, or nil: the curated
    /// row for that Mandarin reading (or for any reading); else, among Unihan's kVietnamese
    /// readings of the character and of its traditional forms, the one whose tone, final and
    /// initial agree best with the Mandarin reading by the regular Sino-Vietnamese sound
    /// correspondences (``fit(_:pinyin:)``), Unihan's order breaking ties. kVietnamese mixes
    /// Nôm readings in, sometimes first (瓊 sừng quỳnh); they tend to break the correspondences.
    public func reading(of character: Character, pinyin: String) -> String? {
        if let curated = tables.curatedHanViet[character] {
            let wanted = pinyin.nfc
            if let row = curated.first(where: { $0.pinyin == wanted }) ?? curated.first(where: { $0.pinyin == "*" }),
               let first = row.readings.first {
                return first
            }
        }
        var options: [String] = []
        for source in [character] + (tables.traditional[character] ?? []) {
            for reading in tables.vietnamese[source] ?? [] where !options.contains(reading) { options.append(reading) }
        }
        guard var best = options.first else { return nil }
        var bestFit = Self.fit(best, pinyin: pinyin)
        for option in options.dropFirst() {
            let score = Self.fit(option, pinyin: pinyin)
            if score > bestFit { (best, bestFit) = (option, score) }
        }
        return Self.nameSpelling(MatchKey.traditionalTonePlacement(best))
    }

    /// A Unihan reading spelt as names write it: Unihan writes i where names keep the
    /// traditional y after h, k, l and m alone (hi → hy, kì → kỳ, lí → lý, mĩ → mỹ); other
    /// syllables unchanged (khi, thi, nhi, sĩ).
    static func nameSpelling(_ syllable: String) -> String {
        let scalars = Array(NormalizationForm.nfd.apply(syllable).unicodeScalars)
        guard scalars.count >= 2, "hklmHKLM".unicodeScalars.contains(scalars[0]), scalars[1] == "i" || scalars[1] == "I",
              scalars.dropFirst(2).allSatisfy({ (0x0300...0x036F).contains($0.value) }) else { return syllable }
        var output = String.UnicodeScalarView()
        output.append(scalars[0])
        output.append(scalars[1] == "i" ? "y" : "Y")
        output.append(contentsOf: scalars.dropFirst(2))
        return String(output).nfc
    }

    /// How well a Vietnamese reading fits a Mandarin reading by the regular correspondences
    /// (0 best, minus one per mismatch). Tone: Mandarin tone 1 ↔ ngang, 2 ↔ huyền, 3 ↔ hỏi or
    /// ngã, 4 ↔ sắc, nặng or ngã, and a checked syllable (-p, -t, -c, -ch, from Middle
    /// Chinese entering tone) ↔ sắc or nặng whatever the Mandarin tone. Final: Mandarin -n ↔
    /// -n or -m, -ng ↔ -ng or -nh, an open syllable ↔ an open or checked one. Initial:
    /// Vietnamese s- and tr- ↔ Mandarin zh, ch, sh, r, z, c, s; ph- ↔ f, p, b; đ- ↔ d, t; and Mandarin
    /// zh, ch, sh never ↔ Vietnamese velars, labials, h-, l-, m-, n-.
    static func fit(_ vietnamese: String, pinyin: String) -> Int {
        // Mandarin: tone from the mark, letters without marks.
        var mandarinTone = 5
        var mandarin = ""
        for scalar in NormalizationForm.nfd.apply(pinyin.lowercased()).unicodeScalars {
            switch scalar.value {
            case 0x0304: mandarinTone = 1
            case 0x0301: mandarinTone = 2
            case 0x030C: mandarinTone = 3
            case 0x0300: mandarinTone = 4
            case 0x0300...0x036F: continue
            default: mandarin.unicodeScalars.append(scalar)
            }
        }
        var vietTone = "ngang"
        var viet = ""
        for scalar in NormalizationForm.nfd.apply(vietnamese.lowercased()).unicodeScalars {
            switch scalar.value {
            case 0x0300: vietTone = "huyền"
            case 0x0301: vietTone = "sắc"
            case 0x0303: vietTone = "ngã"
            case 0x0309: vietTone = "hỏi"
            case 0x0323: vietTone = "nặng"
            case 0x0300...0x036F: continue
            default: viet.unicodeScalars.append(scalar)
            }
        }
        guard !mandarin.isEmpty, !viet.isEmpty else { return 0 }
        var score = 0
        let checked = viet.hasSuffix("p") || viet.hasSuffix("t") || viet.hasSuffix("c") || viet.hasSuffix("ch")
        if checked {
            if vietTone != "sắc" && vietTone != "nặng" { score -= 1 }
        } else {
            let allowed: Set<String>
            switch mandarinTone {
            case 1: allowed = ["ngang"]
            case 2: allowed = ["huyền"]
            case 3: allowed = ["hỏi", "ngã"]
            case 4: allowed = ["sắc", "nặng", "ngã"]
            default: allowed = ["ngang", "huyền", "sắc", "nặng", "hỏi", "ngã"]
            }
            if !allowed.contains(vietTone) { score -= 1 }
        }
        let mandarinFinal = mandarin.hasSuffix("ng") ? "ng" : mandarin.hasSuffix("n") ? "n" : "open"
        let vietFinal = viet.hasSuffix("ng") || viet.hasSuffix("nh") ? "ng"
            : viet.hasSuffix("n") || viet.hasSuffix("m") ? "n" : checked ? "checked" : "open"
        switch (mandarinFinal, vietFinal) {
        case ("ng", "ng"), ("n", "n"), ("open", "open"), ("open", "checked"): break
        default: score -= 1
        }
        // Middle Chinese retroflex and dental sibilants: Mandarin zh ch sh r, and z c s (色 sè sắc, 责 zé trách).
        let sibilant = "zcsr".contains(mandarin.first ?? " ")
        let vietInitial = viet.prefix { !"aăâeêioôơuưy".contains($0) }
        switch vietInitial {
        case "s", "tr": if !sibilant { score -= 1 }
        case "ph": if !(mandarin.hasPrefix("f") || mandarin.hasPrefix("p") || mandarin.hasPrefix("b")) { score -= 1 }
        case "đ": if !(mandarin.hasPrefix("d") || mandarin.hasPrefix("t")) { score -= 1 }
        case "c", "k", "q", "kh", "g", "gh", "gi", "ng", "ngh", "h", "l", "m", "n", "b", "v", "qu":
            if mandarin.hasPrefix("zh") || mandarin.hasPrefix("ch") || mandarin.hasPrefix("sh") { score -= 1 }
        default: break
        }
        return score
    }

    /// Every Hán-Việt reading the tables list for `character`, curated ones first, then
    /// Unihan's (of the character, then of its traditional forms), tone marks in the
    /// traditional position; Nôm readings included, since Unihan does not tell them apart.
    /// `curated: false` leaves the curated table out (Unihan's readings only).
    public func candidateReadings(of character: Character, curated: Bool = true) -> [String] {
        var readings: [String] = []
        let character = tables.simplified[character] ?? character
        if curated { for row in tables.curatedHanViet[character] ?? [] { readings += row.readings } }
        for source in [character] + (tables.traditional[character] ?? []) {
            readings += (tables.vietnamese[source] ?? []).map(MatchKey.traditionalTonePlacement)
        }
        var seen = Set<String>()
        return readings.filter { seen.insert($0).inserted }
    }

    /// The Vietnamese form of a Chinese name, given each character's Mandarin reading; nil
    /// when a character has no known reading. Curated words (`curated/words.tsv`: 诸葛 Gia Cát,
    /// 长沙 Trường Sa) are read as a whole where `pinyin` reads them as the row does.
    public func read(_ name: String, pinyin: [String]) -> RuleCandidate? {
        let characters = Array(name)
        guard characters.count == pinyin.count else { return nil }
        var fromWords: [Int: String] = [:]
        for match in tables.wordMatches(in: characters) {
            // Only where the word is read as the row reads it (a surname's reading may differ: 长孙).
            guard let hanviet = match.hanviet,
                  match.pinyin.enumerated().allSatisfy({ $0.element == pinyin[match.start + $0.offset].nfc }) else { continue }
            for (offset, syllable) in hanviet.enumerated() { fromWords[match.start + offset] = syllable }
        }
        var syllables: [String] = []
        var curated = 0
        for (index, (character, reading)) in zip(characters, pinyin).enumerated() {
            let simplified = tables.simplified[character] ?? character
            guard let syllable = fromWords[index] ?? self.reading(of: simplified, pinyin: reading)
                    ?? (simplified == character ? nil : self.reading(of: character, pinyin: reading)) else { return nil }
            if fromWords[index] != nil || tables.curatedHanViet[simplified] != nil { curated += 1 }
            syllables.append(PinyinRomanizer.capitalized(syllable))
        }
        // Curated readings are the ones names use; Unihan's first reading is sometimes Nôm.
        let confidence = 0.5 + 0.4 * Double(curated) / Double(max(1, characters.count))
        return RuleCandidate(text: syllables.joined(separator: " "), rule: "han-viet", confidence: confidence)
    }
}

import TriglotText

/// The curated evidence the origin classifier weighs (`curated/name-origin.tsv`) and the generic
/// parts of place names (`curated/place-generics.tsv`). Parsed once, on first use.
struct OriginEvidence: Sendable {
    /// A generic part of a place name in the three languages.
    struct Generic: Sendable {
        let chinese: String
        let vietnamese: [String]
        let english: [String]
        /// English news writes it as part of the name (Paracel Islands).
        let englishKeeps: Bool
        /// A personal name may end with the same character.
        let endsPersons: Bool
    }

    /// Surname in Chinese characters → weight (positive: Vietnamese person).
    let chineseSurnames: [String: Double]
    /// Surname spelt in Vietnamese (strict key) → weight.
    var vietnameseSurnames: [String: Double] { vietnameseKeys.surnames }
    /// Given-name syllable (strict key) → weight, Vietnamese-leaning positive, Chinese negative.
    var givenSyllables: [String: Double] { vietnameseKeys.givenSyllables }
    /// Given-name character → weight (Chinese-leaning characters, negative).
    let givenCharacters: [Character: Double]
    /// A character's reading as a Vietnamese surname (黄 Hoàng).
    let vietnameseSurnameReading: [Character: String]
    /// The character a Vietnamese given-name syllable (strict key) is written with (thị 氏).
    var vietnameseNameCharacter: [String: Character] { vietnameseKeys.nameCharacters }
    /// Place generics, the longest Chinese form first.
    let generics: [Generic]
    /// Vietnamese name syllable (strict key) → how common it is in names: 1 very … 3 less.
    var nameSyllableClass: [String: Int] { vietnameseKeys.syllableClasses }

    /// The tables keyed by Vietnamese syllables, each folded by ``MatchKey/strict(_:)``: made on
    /// first use, as a name in Chinese characters or English (an alignment's Chinese side) needs
    /// none of them, and folding every syllable was a twentieth of `align`'s start-up.
    private struct VietnameseKeys: Sendable {
        var surnames: [String: Double] = [:]
        var givenSyllables: [String: Double] = [:]
        var nameCharacters: [String: Character] = [:]
        var syllableClasses: [String: Int] = [:]
    }

    private let vietnameseBox = LazyValue<VietnameseKeys>()
    /// The evidence rows keyed by Vietnamese syllables, (kind, weight, items), until folded.
    private let vietnameseRows: [(kind: String, weight: Double, items: [String])]
    /// `curated/vietnamese-name-syllables.tsv`, until folded.
    private let nameSyllables: String

    private var vietnameseKeys: VietnameseKeys {
        vietnameseBox.value {
            var keys = VietnameseKeys()
            for line in nameSyllables.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                guard fields.count == 2, let rank = Int(fields[0]) else { continue }
                for syllable in fields[1].split(separator: " ") {
                    let key = MatchKey.strict(String(syllable))
                    if keys.syllableClasses[key] == nil { keys.syllableClasses[key] = rank }
                }
            }
            for row in vietnameseRows {
                for item in row.items {
                    switch row.kind {
                    case "surname-vi":
                        let key = MatchKey.strict(item)
                        if keys.surnames[key] == nil { keys.surnames[key] = row.weight }
                    case "vi-name-character":
                        let parts = item.split(separator: ":")
                        if parts.count == 2, let character = parts[1].first { keys.nameCharacters[MatchKey.strict(String(parts[0]))] = character }
                    default: keys.givenSyllables[MatchKey.strict(item), default: 0] += row.weight
                    }
                }
            }
            return keys
        }
    }

    static let shared = OriginEvidence(origin: EmbeddedText.name_origin, generics: EmbeddedText.place_generics,
                                       nameSyllables: EmbeddedText.vietnamese_name_syllables)

    init(origin: String, generics: String, nameSyllables: String) {
        self.nameSyllables = nameSyllables
        var chineseSurnames: [String: Double] = [:], givenCharacters: [Character: Double] = [:]
        var readings: [Character: String] = [:]
        var vietnameseRows: [(kind: String, weight: Double, items: [String])] = []
        for line in origin.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let weight = Double(fields[1]) else { continue }
            let items = fields[2].split(separator: " ").map(String.init)
            switch fields[0] {
            case "surname-vi", "given-vi", "given-vi-zh", "vi-name-character":
                vietnameseRows.append((String(fields[0]), weight, items))
            case "surname-zh":
                for item in items.map(\.nfc) where chineseSurnames[item] == nil { chineseSurnames[item] = weight }
            case "given-zh":
                for item in items.map(\.nfc) { if let character = item.first { givenCharacters[character] = weight } }
            case "vi-surname-reading":
                for item in items.map(\.nfc) {
                    let parts = item.split(separator: ":")
                    if parts.count == 2, let character = parts[0].first { readings[character] = String(parts[1]) }
                }
            default: continue
            }
        }
        self.vietnameseRows = vietnameseRows
        var parsed: [Generic] = []
        for line in generics.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { continue }
            parsed.append(Generic(chinese: fields[0], vietnamese: fields[1].components(separatedBy: " | "),
                                  english: fields[2].components(separatedBy: " | "),
                                  englishKeeps: fields[3] == "yes", endsPersons: fields[4] == "yes"))
        }
        self.chineseSurnames = chineseSurnames
        self.givenCharacters = givenCharacters
        self.vietnameseSurnameReading = readings
        self.generics = parsed.sorted { $0.chinese.count > $1.chinese.count }
    }

    /// Whether `word`, with or without its diacritics (Nguyễn, Nguyen), spells a surname that
    /// leans Vietnamese.
    func isVietnameseSurname(_ word: String) -> Bool {
        if (vietnameseSurnames[MatchKey.strict(word)] ?? 0) > 0 { return true }
        // Written without diacritics: any Vietnamese surname that reads so (a word with other
        // diacritics is another word: Lễ is no Lê).
        guard word.unicodeScalars.allSatisfy(\.isASCII) else { return false }
        let loose = MatchKey.loose(word)
        return vietnameseSurnames.contains { MatchKey.loose($0.key) == loose && $0.value > 0 }
    }

    /// The generic a Chinese name ends with, and the name before it (吉婆岛 → 吉婆, 岛).
    func generic(endingChinese name: String) -> (base: String, generic: Generic)? {
        for generic in generics where name.hasSuffix(generic.chinese) && name.count > generic.chinese.count {
            return (String(name.dropLast(generic.chinese.count)), generic)
        }
        return nil
    }

    /// The generic a Vietnamese name starts with, and the name after it (đảo Cát Bà → Cát Bà).
    func generic(startingVietnamese name: String) -> (base: String, generic: Generic)? {
        let lowered = name.lowercased()
        var best: (String, Generic, Int)?
        for generic in generics {
            for form in generic.vietnamese {
                let prefix = form.lowercased()
                guard lowered.hasPrefix(prefix), name.count > prefix.count else { continue }
                let rest = name.dropFirst(prefix.count)
                // A whole word: "đảo Cát Bà", not "Đảng".
                guard prefix.hasSuffix(".") || rest.first == " " else { continue }
                if best == nil || prefix.count > best!.2 {
                    best = (rest.trimmingCharacters(in: " "), generic, prefix.count)
                }
            }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// The generic an English name ends with, and the name before it (Cat Ba Island → Cat Ba).
    func generic(endingEnglish name: String) -> (base: String, generic: Generic)? {
        let lowered = name.lowercased()
        var best: (String, Generic, Int)?
        for generic in generics {
            for form in generic.english {
                let suffix = " " + form.lowercased()
                guard lowered.hasSuffix(suffix), name.count > suffix.count else { continue }
                if best == nil || suffix.count > best!.2 {
                    best = (String(name.dropLast(suffix.count)).trimmingCharacters(in: " "), generic, suffix.count)
                }
            }
        }
        return best.map { ($0.0, $0.1) }
    }
}

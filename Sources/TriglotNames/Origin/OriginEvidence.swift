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
    let vietnameseSurnames: [String: Double]
    /// Given-name syllable (strict key) → weight, Vietnamese-leaning positive, Chinese negative.
    let givenSyllables: [String: Double]
    /// Given-name character → weight (Chinese-leaning characters, negative).
    let givenCharacters: [Character: Double]
    /// A character's reading as a Vietnamese surname (黄 Hoàng).
    let vietnameseSurnameReading: [Character: String]
    /// The character a Vietnamese given-name syllable (strict key) is written with (thị 氏).
    let vietnameseNameCharacter: [String: Character]
    /// Place generics, the longest Chinese form first.
    let generics: [Generic]
    /// Vietnamese name syllable (strict key) → how common it is in names: 1 very … 3 less.
    let nameSyllableClass: [String: Int]

    static let shared = OriginEvidence(origin: EmbeddedText.name_origin, generics: EmbeddedText.place_generics,
                                       nameSyllables: EmbeddedText.vietnamese_name_syllables)

    init(origin: String, generics: String, nameSyllables: String) {
        var classes: [String: Int] = [:]
        for line in nameSyllables.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let rank = Int(fields[0]) else { continue }
            for syllable in fields[1].split(separator: " ") {
                let key = MatchKey.strict(String(syllable))
                if classes[key] == nil { classes[key] = rank }
            }
        }
        self.nameSyllableClass = classes
        var chineseSurnames: [String: Double] = [:], vietnameseSurnames: [String: Double] = [:]
        var givenSyllables: [String: Double] = [:], givenCharacters: [Character: Double] = [:]
        var readings: [Character: String] = [:]
        var nameCharacters: [String: Character] = [:]
        for line in origin.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let weight = Double(fields[1]) else { continue }
            for item in fields[2].split(separator: " ").map({ String($0).nfc }) {
                switch fields[0] {
                case "surname-zh": if chineseSurnames[item] == nil { chineseSurnames[item] = weight }
                case "surname-vi":
                    let key = MatchKey.strict(item)
                    if vietnameseSurnames[key] == nil { vietnameseSurnames[key] = weight }
                case "given-vi", "given-vi-zh": givenSyllables[MatchKey.strict(item), default: 0] += weight
                case "given-zh": if let character = item.first { givenCharacters[character] = weight }
                case "vi-surname-reading":
                    let parts = item.split(separator: ":")
                    if parts.count == 2, let character = parts[0].first { readings[character] = String(parts[1]) }
                case "vi-name-character":
                    let parts = item.split(separator: ":")
                    if parts.count == 2, let character = parts[1].first { nameCharacters[MatchKey.strict(String(parts[0]))] = character }
                default: continue
                }
            }
        }
        var parsed: [Generic] = []
        for line in generics.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { continue }
            parsed.append(Generic(chinese: fields[0], vietnamese: fields[1].components(separatedBy: " | "),
                                  english: fields[2].components(separatedBy: " | "),
                                  englishKeeps: fields[3] == "yes", endsPersons: fields[4] == "yes"))
        }
        self.chineseSurnames = chineseSurnames
        self.vietnameseSurnames = vietnameseSurnames
        self.givenSyllables = givenSyllables
        self.givenCharacters = givenCharacters
        self.vietnameseSurnameReading = readings
        self.vietnameseNameCharacter = nameCharacters
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

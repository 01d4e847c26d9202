import TriglotText

/// Tells where a name comes from and what it names, from its own letters: the script, a place's
/// generic part, the surname and given-name syllables of each country (`curated/name-origin.tsv`),
/// the number of syllables, and whether English letters read as pinyin or as Vietnamese without
/// diacritics. Dictionary entries, which know better, are weighed by ``NameResolver`` first.
public struct NameOriginClassifier: Sendable {
    private var evidence: OriginEvidence { .shared }
    private let hanViet = HanVietReader()

    public init() {}

    /// The origin and kind of `name`, written in `language`; `kind`, when the user says it, is
    /// taken as given.
    public func classify(_ name: String, language: Language, kind: NameKind? = nil) -> NameOriginGuess {
        switch language {
        case .chinese: return chinese(name, kind: kind)
        case .vietnamese: return vietnamese(name, kind: kind)
        case .english: return english(name, kind: kind)
        }
    }

    // MARK: Chinese characters

    private func chinese(_ name: String, kind stated: KindStatement) -> NameOriginGuess {
        let characters = Array(name)
        if characters.contains(where: { "·•‧・".contains($0) }) {
            return NameOriginGuess(origin: .otherAsian, kind: stated ?? .person,
                                   reasons: ["a middle dot joins the parts of a transcribed foreign name"], certain: false)
        }
        if stated != .person, let (base, generic) = evidence.generic(endingChinese: name), !generic.endsPersons || stated == .place {
            return NameOriginGuess(origin: .chinese, kind: .place,
                                   reasons: ["ends in the place word \(generic.chinese) after \(base)"], certain: false)
        }
        let kind = stated ?? (looksPersonal(characters) ? .person : .place)
        guard kind == .person else {
            return NameOriginGuess(origin: .chinese, kind: kind, reasons: stated == nil ? ["no surname a person's name starts with"] : ["kind given"],
                                   certain: false)
        }
        // Chinese text names Chinese people far more often than Vietnamese ones.
        var score = -1.0
        var reasons: [String] = ["written in Chinese characters (-1)"]
        let surname = String(characters[0])
        if let weight = evidence.chineseSurnames[String(characters.prefix(2))] ?? evidence.chineseSurnames[surname] {
            score += weight
            reasons.append("surname \(surname) (\(Self.signed(weight)))")
        }
        score += lengthPrior(characters.count, &reasons)
        for (position, character) in characters.enumerated().dropFirst() {
            // The middle name (Văn, Thị, Hữu) is the strong Vietnamese mark; a given name's own
            // syllables are shared by the two countries' names far more often (李克强 reads Lý
            // Khắc Cường), so they count half.
            let share = position == 1 && characters.count >= 3 ? 1.0 : 0.5
            if let weight = evidence.givenCharacters[character] {
                score += weight * share
                reasons.append("given-name character \(character) (\(Self.signed(weight * share)))")
            } else if let reading = hanViet.candidateReadings(of: character).first,
                      let weight = evidence.givenSyllables[MatchKey.strict(reading)] {
                score += weight * share
                reasons.append("given-name syllable \(reading) (\(Self.signed(weight * share)))")
            }
        }
        return verdict(score, reasons)
    }

    /// Two to four characters after a known surname.
    private func looksPersonal(_ characters: [Character]) -> Bool {
        guard (2...4).contains(characters.count) else { return false }
        let tables = HanTables.shared
        let first = String(characters[0])
        return tables.commonSurnames.contains(first) || tables.commonSurnames.contains(String(characters.prefix(2)))
            || evidence.chineseSurnames[first] != nil
    }

    // MARK: Vietnamese letters

    private func vietnamese(_ name: String, kind stated: KindStatement) -> NameOriginGuess {
        if stated != .person, let (base, generic) = evidence.generic(startingVietnamese: name) {
            return NameOriginGuess(origin: .vietnamese, kind: .place,
                                   reasons: ["starts with the place word \(generic.vietnamese[0]) before \(base)"], certain: false)
        }
        let syllables = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        // A person's name: two to five capitalised syllables, the first a surname.
        let surnamed = syllables.first.map { evidence.vietnameseSurnames[MatchKey.strict($0)] != nil } ?? false
        let personal = surnamed && syllables.count >= 2 && syllables.count <= 5 && syllables.allSatisfy { $0.first?.isUppercase ?? false }
        let kind = stated ?? (personal ? .person : .place)
        guard kind == .person, let surname = syllables.first else {
            return NameOriginGuess(origin: .vietnamese, kind: kind,
                                   reasons: [stated == nil ? "no surname a person's name starts with" : "kind given"], certain: false)
        }
        // Vietnamese text names Vietnamese people more often than Chinese ones.
        var score = 0.5
        var reasons: [String] = ["written in Vietnamese (+0.5)"]
        if let weight = evidence.vietnameseSurnames[MatchKey.strict(surname)] {
            score += weight
            reasons.append("surname \(surname) (\(Self.signed(weight)))")
        }
        score += lengthPrior(syllables.count, &reasons)
        for syllable in syllables.dropFirst() {
            if let weight = evidence.givenSyllables[MatchKey.strict(syllable)] {
                score += weight
                reasons.append("given-name syllable \(syllable) (\(Self.signed(weight)))")
            }
        }
        return verdict(score, reasons)
    }

    // MARK: English letters

    private func english(_ name: String, kind stated: KindStatement) -> NameOriginGuess {
        if stated != .person, let (base, generic) = evidence.generic(endingEnglish: name) {
            let inner = english(base, kind: .place)
            return NameOriginGuess(origin: inner.origin, kind: .place,
                                   reasons: ["ends in the place word \(generic.english[0])"] + inner.reasons, certain: false)
        }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let pinyin = !words.isEmpty && words.allSatisfy { PinyinIndex.shared.syllables(of: $0) != nil }
        // readsAsUnaccentedVietnamese wants a full name (two words or more): a lone word is asked as two.
        let unaccented = HanVietIndex.shared.readsAsUnaccentedVietnamese(name)
            || (words.count == 1 && HanVietIndex.shared.readsAsUnaccentedVietnamese(name + " " + name))
        let personal = words.count >= 2 && words.count <= 5
        let kind = stated ?? (personal ? .person : .place)
        switch (pinyin, unaccented) {
        case (true, false):
            return NameOriginGuess(origin: .chinese, kind: kind, reasons: ["reads as pinyin, not as Vietnamese"], certain: false)
        case (false, true):
            return NameOriginGuess(origin: .vietnamese, kind: kind, reasons: ["reads as Vietnamese without diacritics, not as pinyin"],
                                   certain: false)
        case (true, true):
            // Both readings fit ("Ha Long", "Lin Bin"): the surname's weight decides.
            let vietnamese = words.first.map(evidence.isVietnameseSurname) ?? false
            return NameOriginGuess(origin: vietnamese && kind == .person ? .vietnamese : .chinese, kind: kind,
                                   reasons: ["reads both as pinyin and as Vietnamese without diacritics"
                                             + (vietnamese ? "; \(words[0]) is a Vietnamese surname" : "")], certain: false)
        case (false, false):
            return NameOriginGuess(origin: .western, kind: kind, reasons: ["reads neither as pinyin nor as Vietnamese"], certain: false)
        }
    }

    // MARK: Scoring

    private typealias KindStatement = NameKind?

    /// A person's name of two syllables is mostly Chinese; of four or more, Vietnamese.
    private func lengthPrior(_ count: Int, _ reasons: inout [String]) -> Double {
        switch count {
        case ...2: reasons.append("two syllables (-1.5)"); return -1.5
        case 4...: reasons.append("\(count) syllables (+2)"); return 2
        default: return 0
        }
    }

    private func verdict(_ score: Double, _ reasons: [String]) -> NameOriginGuess {
        NameOriginGuess(origin: score > 0 ? .vietnamese : .chinese, kind: .person,
                        reasons: reasons + [String(format: "total %+.1f: %@", score, score > 0 ? "Vietnamese" : "Chinese")], certain: false)
    }

    private static func signed(_ weight: Double) -> String {
        weight == weight.rounded() ? (weight > 0 ? "+\(Int(weight))" : "\(Int(weight))") : (weight > 0 ? "+\(weight)" : "\(weight)")
    }
}

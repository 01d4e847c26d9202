import TriglotText

/// Forms made by rules for a name no glossary or dictionary has, routed by the name's origin
/// (``NameOriginClassifier``): a Vietnamese person written in Chinese is read in Hán-Việt and
/// written without diacritics in English; a Chinese person written in Vietnamese goes through
/// candidate characters to pinyin; a foreign name keeps its English form in Vietnamese; a place's
/// generic part is translated and put where each language puts it.
/// Not thread-safe (ICU transforms); owned by one ``NameResolver``.
final class NameRules {
    private let hanViet = HanVietReader()
    private var evidence: OriginEvidence { .shared }
    // Opening ICU's Han-Latin costs tens of milliseconds: only when a rule needs it.
    private var pinyinRomanizer: PinyinRomanizer?

    func pinyin() throws(TriglotTextError) -> PinyinRomanizer {
        if let pinyinRomanizer { return pinyinRomanizer }
        let made = try PinyinRomanizer()
        pinyinRomanizer = made
        return made
    }

    /// The forms of `query` in the other languages, by the rules its origin calls for.
    func forms(_ query: String, _ language: Language, _ guess: NameOriginGuess) -> [Language: [NameForm]] {
        var forms: [Language: [NameForm]]
        switch language {
        case .chinese: forms = fromChinese(query, guess)
        case .vietnamese: forms = fromVietnamese(query, guess)
        case .english: forms = fromEnglish(query, guess)
        }
        for target in Language.allCases where target != language {
            forms[target]?.sort { $0.confidence > $1.confidence }
        }
        forms[language] = [NameForm(text: query, source: "query", conceptID: nil, confidence: 1)]
        return forms
    }

    // MARK: From Chinese

    private func fromChinese(_ query: String, _ guess: NameOriginGuess) -> [Language: [NameForm]] {
        guard let pinyin = try? pinyin() else { return [:] }
        switch (guess.kind, guess.origin) {
        case (.person, .vietnamese):
            guard let vietnamese = vietnameseReading(ofVietnamesePerson: query, pinyin: pinyin) else { return [:] }
            let english = VietnameseRomanizer.romanize(vietnamese.text)
            return [.vietnamese: [NameForm(vietnamese)],
                    .english: [NameForm(text: english.text, source: "han-viet+unaccented", conceptID: nil, confidence: vietnamese.confidence)]]
        case (.person, .chinese):
            var forms: [Language: [NameForm]] = [.english: [NameForm(pinyin.romanize(query, personal: true))]]
            if let reading = hanViet.read(query, pinyin: pinyin.readings(query, personal: true)) { forms[.vietnamese] = [NameForm(reading)] }
            return forms
        case (.person, _):
            // A transcription of a foreign name (诺罗敦·西哈努克): neither pinyin nor a Hán-Việt
            // reading gives the name back; only a dictionary does.
            return [:]
        default:
            let split = guess.kind == .place ? evidence.generic(endingChinese: query) : nil
            let base = split?.base ?? query
            var english = pinyin.romanize(base, personal: false).text
            if let generic = split?.generic, generic.englishKeeps { english += " " + generic.english[0] }
            var forms: [Language: [NameForm]] = [.english: [NameForm(text: english, source: "pinyin", conceptID: nil, confidence: 0.6)]]
            if let reading = hanViet.read(base, pinyin: pinyin.readings(base, personal: false)) {
                let text = split.map { $0.generic.vietnamese[0] + " " + reading.text } ?? reading.text
                forms[.vietnamese] = [NameForm(text: text, source: reading.rule, conceptID: nil, confidence: reading.confidence)]
            }
            return forms
        }
    }

    /// The Vietnamese form of a Vietnamese person's name written in Chinese: the surname as a
    /// Vietnamese surname reads (黄 Hoàng, 武 Vũ), the rest in Hán-Việt, in the same order.
    private func vietnameseReading(ofVietnamesePerson name: String, pinyin: PinyinRomanizer) -> RuleCandidate? {
        guard let reading = hanViet.read(name, pinyin: pinyin.readings(name, personal: true)) else { return nil }
        var syllables = reading.text.split(separator: " ").map(String.init)
        if let first = name.first, let surname = evidence.vietnameseSurnameReading[first], !syllables.isEmpty {
            syllables[0] = surname
        }
        return RuleCandidate(text: syllables.joined(separator: " "), rule: "han-viet-vietnamese-name", confidence: reading.confidence)
    }

    // MARK: From Vietnamese

    private func fromVietnamese(_ query: String, _ guess: NameOriginGuess) -> [Language: [NameForm]] {
        let split = guess.kind == .place ? evidence.generic(startingVietnamese: query) : nil
        let base = split?.base ?? query
        var forms: [Language: [NameForm]] = [:]
        let candidates = HanVietIndex.shared.candidates(for: base, personal: guess.kind == .person, place: guess.kind == .place,
                                                            vietnamese: guess.kind == .person && guess.origin == .vietnamese)
        let chineseGeneric = split?.generic.chinese ?? ""
        if !candidates.isEmpty {
            forms[.chinese] = candidates.map { candidate in
                NameForm(text: candidate.text + chineseGeneric, source: candidate.rule, conceptID: nil, confidence: candidate.confidence)
            }
        }
        if guess.origin == .chinese, guess.kind == .person, let best = candidates.first, let pinyin = try? pinyin() {
            // A Chinese person: English writes the pinyin of the characters, not the Vietnamese letters.
            let english = pinyin.romanize(best.text, personal: true)
            forms[.english] = [NameForm(text: english.text, source: "han-viet-reverse+pinyin", conceptID: nil,
                                        confidence: min(english.confidence, 0.5))]
        } else {
            var english = VietnameseRomanizer.romanize(base).text
            if let generic = split?.generic, generic.englishKeeps { english += " " + generic.english[0] }
            forms[.english] = [NameForm(text: english, source: "unaccented", conceptID: nil, confidence: 0.95)]
        }
        return forms
    }

    // MARK: From English

    private func fromEnglish(_ query: String, _ guess: NameOriginGuess) -> [Language: [NameForm]] {
        let split = guess.kind == .place ? evidence.generic(endingEnglish: query) : nil
        let base = split?.base ?? query
        let vietnameseGeneric = split.map { $0.generic.vietnamese[0] + " " } ?? ""
        let chineseGeneric = split?.generic.chinese ?? ""
        var forms: [Language: [NameForm]] = [:]
        switch guess.origin {
        case .chinese:
            // Chinese candidates read back from the pinyin syllables, and the best one's Hán-Việt reading.
            let candidates = PinyinIndex.shared.candidates(for: base)
            if let best = candidates.first, let pinyin = try? pinyin() {
                forms[.chinese] = candidates.map { NameForm(text: $0.text + chineseGeneric, source: $0.rule, conceptID: nil, confidence: $0.confidence) }
                if let reading = hanViet.read(best.text, pinyin: pinyin.readings(best.text)) {
                    forms[.vietnamese] = [NameForm(text: vietnameseGeneric + reading.text, source: "pinyin-reverse+han-viet", conceptID: nil,
                                                   confidence: min(best.confidence, reading.confidence))]
                }
            }
        case .vietnamese:
            // The diacritics restored from Hán-Việt readings, and the best spelling's Chinese candidates.
            let spellings = HanVietIndex.shared.accented(base.contains(" ") ? base : base)
            if let best = spellings.first {
                forms[.vietnamese] = spellings.map { NameForm(text: vietnameseGeneric + $0.text, source: $0.rule, conceptID: nil, confidence: $0.confidence) }
                forms[.chinese] = HanVietIndex.shared.candidates(for: best.text, personal: guess.kind == .person, place: guess.kind == .place,
                                                                     vietnamese: guess.kind == .person).map { candidate in
                    NameForm(text: candidate.text + chineseGeneric, source: "accents-restored+han-viet-reverse", conceptID: nil,
                             confidence: min(best.confidence, candidate.confidence))
                }
            }
        case .otherAsian, .western:
            // Vietnamese writes foreign names as English does; Chinese has press forms that only a
            // dictionary knows.
            if guess.kind == .person || split == nil {
                forms[.vietnamese] = [NameForm(text: query, source: "as-written", conceptID: nil, confidence: 0.6)]
            }
        }
        return forms
    }
}

extension NameForm {
    /// A form made by a rule.
    init(_ candidate: RuleCandidate) {
        self.init(text: candidate.text, source: candidate.rule, conceptID: nil, confidence: candidate.confidence)
    }
}

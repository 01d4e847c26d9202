import TriglotText

/// A place where a glossary entry and Triglot's transliteration rules disagree: not an error
/// (established forms break rules), a note for the glossary's curators to look at.
public struct GlossaryDisagreement: Equatable, Sendable, CustomStringConvertible {
    /// The file's name as given.
    public let file: String
    /// The 1-based line number.
    public let line: Int
    /// The concept's id.
    public let id: String
    /// What the rule says and what the entry has.
    public let message: String

    public init(file: String, line: Int, id: String, message: String) {
        self.file = file
        self.line = line
        self.id = id
        self.message = message
    }

    /// "FILE:LINE: note: message".
    public var description: String { "\(ConceptOrigin.describe(file: file, line: line)): note: \(message)" }
}

/// Checks glossary entries against the transliteration rules:
/// - a Chinese person's Vietnamese form should be the Hán-Việt reading of the Chinese
///   characters (习近平 Tập Cận Bình), as ``HanVietReader`` reads them with
///   ``PinyinRomanizer``'s Mandarin readings (the name read as a personal name);
/// - a Vietnamese person's English form should be the Vietnamese form without diacritics (Bùi
///   Thanh Sơn → Bui Thanh Son), as ``VietnameseRomanizer`` writes it (hyphens read as spaces).
///
/// Which rule applies is told from the entry's own forms. A Vietnamese person: the Vietnamese
/// form has Vietnamese letters or tone marks and is not the English form itself, and more than half of its syllables appear,
/// unaccented, in the same places of the English form. A Chinese person: any other person
/// whose Chinese form is all Chinese characters and whose Vietnamese form reads them one
/// syllable per character, unless the Vietnamese form is the English name kept (Hun Sen, Kim
/// Jong-un, Yoon Suk Yeol). Other persons and other kinds of concept are not checked.
public enum GlossaryEngineCheck {
    /// Every disagreement in `concepts`, in their order.
    public static func disagreements(in concepts: [Concept]) throws(TriglotTextError) -> [GlossaryDisagreement] {
        let romanizer = try PinyinRomanizer()
        let reader = HanVietReader()
        var notes: [GlossaryDisagreement] = []
        for concept in concepts where concept.kind == .person {
            let (file, line) = GlossaryValidator.location(concept.origin)
            func note(_ message: String) {
                notes.append(GlossaryDisagreement(file: file, line: line, id: concept.id, message: message))
            }
            guard let vietnamese = concept.vietnamese else { continue }
            if let english = concept.english, isVietnamesePerson(english: english, vietnamese: vietnamese) {
                let unaccented = VietnameseRomanizer.romanize(vietnamese).text
                if words(english).joined(separator: " ") != words(unaccented).joined(separator: " ") {
                    note("'\(concept.id)': the English form '\(english)' is not the Vietnamese form '\(vietnamese)' without diacritics ('\(unaccented)')")
                }
                continue
            }
            guard let chinese = concept.chinese, chinese.unicodeScalars.allSatisfy(\.isHanIdeograph) else { continue }
            let syllables = words(vietnamese)
            guard syllables.count == chinese.count else { continue }
            if let english = concept.english, keepsEnglishName(english: english, vietnamese: vietnamese) { continue }
            let pinyin = romanizer.readings(chinese, personal: true)
            guard let reading = reader.read(chinese, pinyin: pinyin)?.text else {
                let unknown = chinese.filter { character in reader.candidateReadings(of: character).isEmpty }
                note("'\(concept.id)': no Hán-Việt reading is known for \(unknown.isEmpty ? chinese : String(unknown)), so '\(vietnamese)' cannot be checked against \(chinese)")
                continue
            }
            let mine = words(reading)
            let differing = zip(Array(chinese), zip(mine, syllables)).filter { MatchKey.strict($0.1.0) != MatchKey.strict($0.1.1) }
            guard !differing.isEmpty else { continue }
            let details = differing.map { character, pair -> String in
                let listed = reader.candidateReadings(of: character).contains { MatchKey.strict($0) == MatchKey.strict(pair.1) }
                return "\(character) \(pair.0.lowercased()), not \(pair.1.lowercased())\(listed ? " (also a listed reading)" : "")"
            }
            note("'\(concept.id)': the Vietnamese form '\(vietnamese)' is not the Hán-Việt reading of \(chinese), '\(reading)' (\(details.joined(separator: "; ")))")
        }
        return notes
    }

    /// Words of a name: split on spaces and hyphens.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }

    /// A Vietnamese person: Vietnamese letters in the Vietnamese form, which differs from the
    /// English one (José Ramos-Horta is the same in both), and more than half of its syllables,
    /// unaccented, at the same place in the English form.
    static func isVietnamesePerson(english: String, vietnamese: String) -> Bool {
        guard vietnamese != english, vietnamese.unicodeScalars.contains(where: LanguageMarks.isVietnamese) else { return false }
        let syllables = words(VietnameseRomanizer.romanize(vietnamese).text).map { $0.lowercased() }
        let englishWords = words(english).map { $0.lowercased() }
        guard syllables.count == englishWords.count else { return false }
        return zip(syllables, englishWords).filter { $0 == $1 }.count * 2 > syllables.count
    }

    /// The Vietnamese form is the English name kept (same words, in any order, diacritics aside).
    static func keepsEnglishName(english: String, vietnamese: String) -> Bool {
        let englishWords = words(VietnameseRomanizer.romanize(english).text).map { $0.lowercased() }.sorted()
        let vietnameseWords = words(VietnameseRomanizer.romanize(vietnamese).text).map { $0.lowercased() }.sorted()
        return englishWords == vietnameseWords
    }
}

import TriglotText

/// Whether a place name found in running text is part of a person's name: 红河 and 海阳 are
/// places, and given names too (王红河, Nguyễn Hải Dương). The context says which: a surname
/// right before the place name, itself after a title, punctuation or the start of the text
/// (外长王红河, "，黎海阳说"), or, in Latin letters, a capitalised surname or middle-name syllable
/// right before it (Nguyễn Hải Dương, Tran Hai Duong). A place word right after it (海阳省) keeps
/// it a place.
public enum PersonalNameContext {
    /// Whether the match at `utf8Range` of `text`, a name of `concept`, is part of a personal name.
    public static func isInsidePersonalName(_ text: String, _ utf8Range: Range<Int>, concept: Concept) -> Bool {
        personalName(around: utf8Range, in: text, concept: concept) != nil
    }

    /// The UTF-8 range of the personal name the match at `utf8Range` is part of (the surname and
    /// any middle names before it, and the match), or nil when it is the place.
    public static func personalName(around utf8Range: Range<Int>, in text: String, concept: Concept) -> Range<Int>? {
        guard concept.kind == .place else { return nil }
        let utf8 = text.utf8
        guard utf8Range.lowerBound > 0, utf8Range.upperBound <= utf8.count,
              let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound, limitedBy: utf8.endIndex),
              let end = utf8.index(utf8.startIndex, offsetBy: utf8Range.upperBound, limitedBy: utf8.endIndex),
              let startIndex = start.samePosition(in: text), let endIndex = end.samePosition(in: text) else { return nil }
        let matched = text[startIndex..<endIndex]
        let before = text[..<startIndex]
        let prefix: Int?
        if matched.unicodeScalars.contains(where: \.isHanIdeograph) {
            prefix = chinese(before: before, after: text[endIndex...]) ? before.last.map { String($0).utf8.count } : nil
        } else {
            prefix = latin(before: before)
        }
        return prefix.map { (utf8Range.lowerBound - $0)..<utf8Range.upperBound }
    }

    /// 外长王红河 / ，王红河 / 王红河 at the start: a surname after a title, punctuation or nothing.
    private static func chinese(before: Substring, after: Substring) -> Bool {
        if let next = after.first, OriginEvidence.shared.generics.contains(where: { after.hasPrefix($0.chinese) }) || next == "州" {
            return false
        }
        guard let surname = before.last, isSurname(surname) else { return false }
        let earlier = before.dropLast()
        guard let previous = earlier.last else { return true }
        if !(previous.unicodeScalars.first?.isHanIdeograph ?? false) { return true }
        return titleEndings.contains { earlier.hasSuffix($0) }
    }

    /// A capitalised Vietnamese surname or middle-name syllable right before the match, and the
    /// capitalised name syllables before it back to the surname: their length in UTF-8 bytes.
    private static func latin(before: Substring) -> Int? {
        var rest = before
        var length = 0
        var found = false
        // Up to four words back: Nguyễn Thị Hải Dương.
        for _ in 0..<4 {
            guard rest.last == " " else { break }
            let word = String(rest.dropLast().reversed().prefix { $0.isLetter }.reversed())
            guard let first = word.first, first.isUppercase else { break }
            let surname = OriginEvidence.shared.isVietnameseSurname(word)
            guard surname || isMiddleName(word) else { break }
            rest = rest.dropLast(word.count + 1)
            length += word.utf8.count + 1
            found = found || surname || isMiddleName(word)
            if surname { break }
        }
        return found ? length : nil
    }


    /// A common middle or given name syllable (Văn, Thị, Minh).
    private static func isMiddleName(_ word: String) -> Bool {
        (OriginEvidence.shared.nameSyllableClass[MatchKey.strict(word)] ?? 9) <= 1
    }

    private static func isSurname(_ character: Character) -> Bool {
        HanTables.shared.commonSurnames.contains(String(character)) || OriginEvidence.shared.chineseSurnames[String(character)] != nil
    }

    /// Words that end a title or a form of address before a name.
    private static let titleEndings = ["长", "记", "席", "理", "使", "生", "士", "任", "员", "官", "委", "总", "将", "授", "人", "者", "家", "同志"]
}

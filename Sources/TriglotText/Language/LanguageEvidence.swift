/// Counts of script evidence in a span of UTF-8 text, from which a language is decided.
///
/// Chinese wins when Han characters are at least as many as Latin words, so an English name
/// inside a Chinese sentence does not flip it; Vietnamese wins over English when at least
/// 30% of Latin words carry letters or tone marks that English does not use.
struct LanguageEvidence: Sendable {
    var hanCharacters = 0
    var latinWords = 0
    var vietnameseWords = 0

    init() {}

    /// Scans `range` of `utf8` once.
    init(utf8: UnsafeBufferPointer<UInt8>, in range: Range<Int>) {
        var index = range.lowerBound
        var inWord = false
        var wordIsVietnamese = false
        while index < range.upperBound {
            let byte = utf8[index]
            if byte < 0x80 {
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if isLetter {
                    if !inWord { inWord = true; wordIsVietnamese = false }
                } else if byte != 0x27 /* ' inside words */ {
                    endWord(&inWord, wordIsVietnamese)
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scanner.decode(utf8, at: index)
            index += length
            // Unicode.Scalar.isHanIdeograph or isKana, on this hot path's UInt32.
            if Unicode.Scalar.isHanIdeograph(scalar) || Unicode.Scalar.isKana(scalar) {
                endWord(&inWord, wordIsVietnamese)
                hanCharacters += 1
                continue
            }
            switch scalar {
            case 0x00C0...0x024F, 0x1E00...0x1EFF, 0x0300...0x036F:
                if !inWord { inWord = true; wordIsVietnamese = false }
                if Self.isVietnameseMark(scalar) { wordIsVietnamese = true }
            default:
                endWord(&inWord, wordIsVietnamese)
            }
        }
        endWord(&inWord, wordIsVietnamese)
    }

    private mutating func endWord(_ inWord: inout Bool, _ vietnamese: Bool) {
        guard inWord else { return }
        inWord = false
        latinWords += 1
        if vietnamese { vietnameseWords += 1 }
    }

    /// Letters and marks that mark a word as Vietnamese rather than English.
    static func isVietnameseMark(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x1EA0...0x1EF9: return true  // ạ ả ấ … ỹ: Vietnamese's own block
        case 0x0110, 0x0111, 0x0102, 0x0103, 0x01A0, 0x01A1, 0x01AF, 0x01B0: return true  // Đ đ Ă ă Ơ ơ Ư ư
        case 0x0128, 0x0129, 0x0168, 0x0169: return true  // Ĩ ĩ Ũ ũ
        case 0x00C0...0x00C3, 0x00C8...0x00CA, 0x00CC, 0x00CD, 0x00D2...0x00D5, 0x00D9, 0x00DA, 0x00DD,
             0x00E0...0x00E3, 0x00E8...0x00EA, 0x00EC, 0x00ED, 0x00F2...0x00F5, 0x00F9, 0x00FA, 0x00FD:
            return true  // à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals
        case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323: return true  // combining tone marks
        default: return false
        }
    }

    /// The language the evidence points to, or nil when there is too little to tell.
    var language: Language? {
        if hanCharacters > 0 && hanCharacters >= latinWords { return .chinese }
        if latinWords == 0 { return nil }
        if vietnameseWords * 10 >= latinWords * 3 { return .vietnamese }
        return .english
    }

    /// The language of a sentence: its own when the evidence is clear, otherwise `fallback`
    /// (short sentences of names or numbers take the document's language).
    func language(fallback: Language) -> Language {
        guard let own = language else { return fallback }
        if own == fallback { return own }
        return clearLanguage ?? fallback
    }

    /// The language when there is enough evidence to overrule a document's (two Han characters,
    /// or three Latin words), else nil: "Mr." or "Lan." alone says nothing.
    var clearLanguage: Language? {
        guard let own = language else { return nil }
        switch own {
        case .chinese: return hanCharacters >= 2 ? own : nil
        case .vietnamese, .english: return latinWords >= 3 ? own : nil
        }
    }
}

/// Chinese text as editors measure and cut it: characters counted as a word processor's 字数
/// counts them, and quotations kept whole.
enum ChineseLength {
    /// Characters as Chinese editors count them: each Han character and each full-width
    /// punctuation mark (，。“”《》——… included) is one; a run of Latin letters or digits
    /// ("2022", "LMC") is one, as a word processor's 字数 counts a non-Chinese word; half-width
    /// punctuation and white space are nothing.
    static func characters(_ text: String) -> Int {
        var count = 0
        var inRun = false
        for scalar in text.unicodeScalars {
            if isHan(scalar) || isFullWidthPunctuation(scalar) {
                count += 1
                inRun = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inRun { count += 1 }
                inRun = true
            } else {
                inRun = false
            }
        }
        return count
    }

    /// Whether `text` holds a Han character (it is then counted as Chinese).
    static func hasHan(_ text: String) -> Bool { text.unicodeScalars.contains(where: isHan) }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF, 0x3007: return true
        default: return false
        }
    }

    /// CJK punctuation (U+3001–U+303F), full-width forms (U+FF01–U+FF60, U+FFE0–U+FFE6),
    /// vertical and compatibility forms, and the marks Chinese sets full width: curly quotes,
    /// the em dash, the ellipsis and the middle dot.
    static func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001...0x303F, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0xFE10...0xFE19, 0xFE30...0xFE4F,
             0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7, 0x2027:
            // Full-width letters and digits (Ａ, ３) are letters, counted with their run.
            return !(0xFF10...0xFF19).contains(scalar.value) && !(0xFF21...0xFF3A).contains(scalar.value)
                && !(0xFF41...0xFF5A).contains(scalar.value)
        default: return false
        }
    }

    /// Marks that open a quotation or a title, with the mark that closes it.
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉"]
    static let closing = Set(pairs.values)

    /// For sentences in order (with their paragraph numbers), a group number each: sentences a
    /// quotation or a 《》 title runs across share one, so a summary takes them all or none and
    /// never cuts inside the quotation. A quotation left open at a paragraph's end (a quote
    /// over several paragraphs opens each with “ and closes only the last) ends its group there.
    static func quotationGroups(_ sentences: [(text: String, paragraph: Int)]) -> [Int] {
        var groups: [Int] = []
        var open = 0
        var group = -1
        var paragraph: Int?
        for sentence in sentences {
            if sentence.paragraph != paragraph { open = 0 }
            paragraph = sentence.paragraph
            if open == 0 { group += 1 }
            groups.append(group)
            for scalar in sentence.text.unicodeScalars {
                if pairs[scalar] != nil { open += 1 } else if closing.contains(scalar) && open > 0 { open -= 1 }
            }
        }
        return groups
    }
}

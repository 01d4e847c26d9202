/// Punctuation that survives translation, counted per sentence and summed per bead: question
/// and exclamation marks, colons, semicolons, quotation marks, brackets, commas and sentence
/// ends. A translator keeps a question a question and a quotation quoted whatever the
/// language, so a bead whose two sides carry the same marks is likelier than one whose sides
/// differ; and a line holding two sentence ends is likelier two sentences of the other side
/// than one (a sentence splitter that missed a boundary, or a translator who joined two).
struct PunctuationProfile {
    /// The kinds of mark counted, one lane each of a sentence's counts (eight: one SIMD8).
    enum Kind: Int, CaseIterable {
        case question, exclamation, colon, semicolon, quote, bracket, comma, sentenceEnd
    }

    /// Per sentence boundary `i`, the marks of each kind in sentences `0..<i` (one lane per
    /// ``Kind``): a bead's counts are then one subtraction, however many sentences it holds.
    private let prefix: [SIMD8<Int32>]

    /// The profile of `sentences`.
    init(_ sentences: [String]) {
        var prefix: [SIMD8<Int32>] = [.zero]
        prefix.reserveCapacity(sentences.count + 1)
        for sentence in sentences { prefix.append(prefix[prefix.count - 1] &+ Self.counts(sentence)) }
        self.prefix = prefix
    }

    /// The marks of each kind in sentences `range`.
    func counts(in range: Range<Int>) -> SIMD8<Int32> {
        prefix[range.upperBound] &- prefix[range.lowerBound]
    }

    /// The marks of each kind in one sentence, in the order of ``Kind``.
    static func counts(_ sentence: String) -> SIMD8<Int32> {
        var counts = SIMD8<Int32>.zero
        let scalars = Array(sentence.unicodeScalars)
        for scalar in scalars {
            switch scalar {
            case "?", "？", "¿": counts[Kind.question.rawValue] += 1
            case "!", "！", "¡": counts[Kind.exclamation.rawValue] += 1
            case ":", "：": counts[Kind.colon.rawValue] += 1
            case ";", "；": counts[Kind.semicolon.rawValue] += 1
            // Straight and curly double quotes, guillemets, CJK corner brackets; not the
            // apostrophe, which is mostly elision ("l'été", "don't").
            case "\"", "“", "”", "„", "«", "»", "「", "」", "『", "』", "‹", "›": counts[Kind.quote.rawValue] += 1
            case "(", ")", "[", "]", "（", "）", "【", "】", "〔", "〕": counts[Kind.bracket.rawValue] += 1
            case ",", "，", "、": counts[Kind.comma.rawValue] += 1
            default: break
            }
        }
        counts[Kind.sentenceEnd.rawValue] = sentenceEnds(scalars)
        return counts
    }

    /// The sentences `scalars` end, at least one: a run of marks ("?!", "...") ends one; a
    /// full stop inside a number or before a lower-case word (an abbreviation) ends none;
    /// Chinese marks end one wherever they stand, as Chinese puts no space after them. A line
    /// without a mark (a heading, a caption, a line cut short) still ends one.
    private static func sentenceEnds(_ scalars: [Unicode.Scalar]) -> Int32 {
        var ends: Int32 = 0
        var index = 0
        while index < scalars.count {
            guard isTerminal(scalars[index]) else { index += 1; continue }
            var end = index + 1
            while end < scalars.count && isTerminal(scalars[end]) { end += 1 }
            var next = end
            while next < scalars.count && isClosing(scalars[next]) { next += 1 }
            let wide = scalars[index].value >= 0x3000 || scalars[end - 1].value >= 0x3000
            let followed = next == scalars.count || scalars[next].properties.isWhitespace || wide
            let lowerCaseAfter = next + 1 < scalars.count && scalars[next + 1].properties.isLowercase
            if followed && (wide || !lowerCaseAfter) { ends += 1 }
            index = end
        }
        return max(1, ends)
    }

    private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "?", "!", "…", "。", "？", "！", "．": return true
        default: return false
        }
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "”", "»", "’", "'", ")", "]", "」", "』", "）", "】": return true
        default: return false
        }
    }
}

import Testing
@testable import TriglotMemory
import TriglotText

/// Match percentages on built cases: the bands a translator reads.
@Suite struct MatchScoreTests {
    let sentence = "The two sides agreed to deepen cooperation in trade and investment in 2022."

    @Test func identicalTextIs100() {
        #expect(MatchScore.percentage(sentence, sentence) == 100)
        #expect(MatchScore.percentage("双方同意深化合作。", "双方同意深化合作。") == 100)
    }

    @Test func numbersPunctuationCaseAndSpacingGiveHigh90s() {
        let number = MatchScore.percentage(sentence, sentence.replacingOccurrences(of: "2022", with: "2023"))
        let punctuation = MatchScore.percentage(sentence, String(sentence.dropLast()))
        let letterCase = MatchScore.percentage(sentence, sentence.replacingOccurrences(of: "The two", with: "the two"))
        let spacing = MatchScore.percentage(sentence, sentence.replacingOccurrences(of: " in 2022", with: "  in 2022"))
        for score in [number, punctuation, letterCase, spacing] { #expect((95...99).contains(score)) }
        #expect(spacing == 99)
        #expect(MatchScore.percentage("双方同意在2022年深化合作。", "双方同意在2023年深化合作") >= 95)
    }

    @Test func wordEditsScoreLowerThanMinorDifferences() {
        let oneWord = MatchScore.percentage(sentence, sentence.replacingOccurrences(of: "trade", with: "energy"))
        let twoWords = MatchScore.percentage(sentence, sentence.replacingOccurrences(of: "trade and investment", with: "energy and tourism"))
        let inserted = MatchScore.percentage(sentence, sentence.replacingOccurrences(of: "deepen", with: "further deepen"))
        #expect((85...94).contains(oneWord))
        #expect(twoWords < oneWord)
        #expect((85...94).contains(inserted))
        #expect(MatchScore.percentage(sentence, "Completely different words here.") < 30)
    }

    @Test func vietnameseTonePlacementIsMinorAndMissingDiacriticsAHalfEdit() {
        let vietnamese = "Hai bên nhất trí thúc đẩy hợp tác tại Hòa Bình và Thủy Nguyên."
        // The same words with the tone marks placed the other way (hoà, thuỷ): minor.
        let placement = MatchScore.percentage(vietnamese, "Hai bên nhất trí thúc đẩy hợp tác tại Hoà Bình và Thuỷ Nguyên.")
        #expect((95...99).contains(placement))
        // NFD input is the same text.
        #expect(MatchScore.percentage(vietnamese, vietnamese.decomposedForTest) >= 99)
        // Diacritics dropped from two words: edits, but dearer ones are whole words.
        let unaccented = MatchScore.percentage(vietnamese, "Hai bên nhất trí thúc đẩy hợp tác tại Hoa Binh và Thủy Nguyên.")
        let replaced = MatchScore.percentage(vietnamese, "Hai bên nhất trí thúc đẩy hợp tác tại Hải Phòng và Thủy Nguyên.")
        #expect(unaccented <= 94)
        #expect(unaccented > replaced)
        // Case in other scripts is a minor difference too.
        #expect((95...99).contains(MatchScore.percentage("Визит в Москву завершён.", "Визит в МОСКВУ завершён.")))
        // Lê and Lệ are different names: an edit, at half cost.
        #expect(MatchScore.percentage("Ông Lê đến.", "Ông Lệ đến.") <= 94)
    }

    @Test func onlyWordsThatMayDifferInMarksReachTheKeys() {
        #expect(MatchScore.mayDifferInMarksOnly("Hoa", "Hòa"))
        #expect(MatchScore.mayDifferInMarksOnly("trí", "tri\u{301}"))  // NFD: longer in scalars
        #expect(!MatchScore.mayDifferInMarksOnly("và", "là"))
        #expect(!MatchScore.mayDifferInMarksOnly("hòa", "hòan"))
        #expect(MatchScore.equalIgnoringASCIICase("Hanoi", "hANOI"))
        #expect(!MatchScore.equalIgnoringASCIICase("a-b", "a\rb"))  // "-" | 0x20 is "-", "\r" | 0x20 is "-"
    }

    @Test func tokensKnowWhetherTheyAreASCII() {
        let tokens = MatchScore.tokens("Hà Noi 2022 王")
        #expect(tokens.list.map(\.isASCII) == [false, true, true, false])
    }

    @Test func chineseEditsCountCharacters() {
        // One character of nine changed.
        let score = MatchScore.percentage("双方同意深化经贸合作", "双方同意加强经贸合作")
        #expect((75...90).contains(score))
    }

    /// The tokenizer decodes UTF-8 itself: on text of every width (ASCII, Vietnamese, combining
    /// marks, Han, four-byte scalars), the tokens are the text's non-space characters, in order,
    /// each once, and tokens with the same text have the same hashes.
    @Test func tokensCoverTheTextOfEveryScalarWidth() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["Hà", "Nội", "a\u{301}", "王", "𠀋", "😀", "Москва", "１２", "2,5", ".", "×", "«", "\t", " ", "\u{3000}", "ǅ", "x", "٣"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let tokens = MatchScore.tokens(text)
            #expect(tokens.texts.joined() == String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)), "\(text)")
            var seen: [Substring: (UInt64, UInt64)] = [:]
            for (token, piece) in zip(tokens.list, tokens.texts) {
                if let hashes = seen[piece] { #expect(hashes == (token.exact, token.folded), "\(text)") }
                seen[piece] = (token.exact, token.folded)
            }
        }
    }

    @Test func tokensKeepNumbersWholeAndSplitHan() {
        let tokens = MatchScore.tokens("GDP grew 6.5% in 2022, 王毅").texts.map(String.init)
        #expect(tokens == ["GDP", "grew", "6.5", "%", "in", "2022", ",", "王", "毅"])
    }
}

private extension String {
    /// The text in Unicode's decomposed form (NFD), as some tools write Vietnamese.
    var decomposedForTest: String { NormalizationForm.nfd.apply(self) }
}

/// The shortcuts search takes (the unpaired-word bound, the hashed comparisons) never change a score.
@Suite struct MatchScoreBoundTests {
    @Test func aMinimumNeverChangesAScoreItLetsThrough() {
        var random = SystemRandomNumberGenerator()
        let words = ["Hà", "Nội", "Ha", "Noi", "hà", "nội", "the", "The", "talks", "2022", "2023", ",", ".", "王", "毅", "会", "見", "見", "hoà", "hòa", "và", "va", "trade"]
        for _ in 0..<2_000 {
            let a = (0..<Int.random(in: 1...12, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let b = (0..<Int.random(in: 1...12, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let full = MatchScore.percentage(a, b)
            // 95–99 lift texts with minor differences only over what their cost allows; the
            // distance's own cut-off does not know it (a known limit, apart from the bound).
            guard full < 95 else { continue }
            for minimum in [50, 70, 85, 94] {
                let scored = MatchScore.Scorer(a).percentage(b, minimum: minimum)
                #expect(scored == (full >= minimum ? full : nil), "\(a) | \(b) at \(minimum)")
            }
        }
    }

    @Test func unpairedWordsBoundTheEdits() {
        let a = MatchScore.foldedWords(MatchScore.tokens("Hà Nội and Hanoi , 2022"))
        let b = MatchScore.foldedWords(MatchScore.tokens("ha noi or Hanoi"))
        // "and" has no partner; Hà/ha and Nội/noi share their letters; 2022 and "," are no words.
        #expect(MatchScore.unpairedWords(a, b) == 1)
        #expect(MatchScore.unpairedWords(a, a) == 0)
        #expect(MatchScore.unpairedWords(a, []) == 4)
    }

    /// The distance as the table in ``MatchScore`` states it, cell by cell with no shortcut.
    private func referenceDistance(_ first: MatchScore.Tokens, _ second: MatchScore.Tokens) -> (cost: Int, edits: Int) {
        let a = zip(first.list, first.texts).map { (kind: $0.kind, text: $1) }, b = zip(second.list, second.texts).map { (kind: $0.kind, text: $1) }
        func gap(_ t: (kind: MatchScore.Token.Kind, text: Substring)) -> (Int, Int) { t.kind == .punctuation ? (2, 0) : (10, 1) }
        func substitution(_ x: (kind: MatchScore.Token.Kind, text: Substring), _ y: (kind: MatchScore.Token.Kind, text: Substring)) -> (Int, Int) {
            if x.text.utf8.elementsEqual(y.text.utf8) { return (0, 0) }
            if x.kind == y.kind && x.kind != .word { return (2, 0) }
            guard x.kind == .word && y.kind == .word, MatchKey.loose(String(x.text)) == MatchKey.loose(String(y.text)) else { return (10, 1) }
            if String(x.text) == String(y.text) { return (0, 0) }
            return MatchKey.strict(String(x.text)) == MatchKey.strict(String(y.text)) ? (1, 0) : (5, 1)
        }
        func less(_ p: (Int, Int), _ q: (Int, Int)) -> Bool { p.0 != q.0 ? p.0 < q.0 : p.1 < q.1 }
        func plus(_ p: (Int, Int), _ q: (Int, Int)) -> (Int, Int) { (p.0 + q.0, p.1 + q.1) }
        var table = [[(Int, Int)]](repeating: [(Int, Int)](repeating: (0, 0), count: b.count + 1), count: a.count + 1)
        for i in a.indices { table[i + 1][0] = plus(table[i][0], gap(a[i])) }
        for j in b.indices { table[0][j + 1] = plus(table[0][j], gap(b[j])) }
        for i in a.indices {
            for j in b.indices {
                let options = [plus(table[i][j], substitution(a[i], b[j])), plus(table[i][j + 1], gap(a[i])), plus(table[i + 1][j], gap(b[j]))]
                table[i + 1][j + 1] = options.min(by: less)!
            }
        }
        return table[a.count][b.count]
    }

    @Test func theDistanceIsTheTablesCheapestAlignment() {
        var random = SystemRandomNumberGenerator()
        let words = ["Hà", "Nội", "Ha", "Noi", "HÀ", "hà", "nội", "Hòa", "hoà", "hòa", "the", "The", "talks", "2022", "2023", "1,000",
                     ",", ".", "!", "王", "毅", "会", "見", "Đà", "Da", "và", "va", "trade", "Trade", "Москва", "москва"]
        for _ in 0..<2_000 {
            let a = (0..<Int.random(in: 0...10, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let b = (0..<Int.random(in: 0...10, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let found = MatchScore.distance(MatchScore.tokens(a), MatchScore.tokens(b))
            let expected = referenceDistance(MatchScore.tokens(a), MatchScore.tokens(b))
            #expect(found?.cost == expected.0 && found?.edits == expected.1, "\(a) | \(b)")
        }
    }

    /// With a cost allowed, the distance is the table's when it costs no more, else nil: the
    /// cells the band skips (too far from both the start's and the end's diagonal for the gaps
    /// the cost pays) never hold an affordable path.
    @Test func aDistanceWithinTheAllowedCostIsExactAndNilBeyond() {
        var random = SystemRandomNumberGenerator()
        let words = ["Hà", "Nội", "Ha", "hà", "the", "The", "talks", "2022", "2023", ",", ".", "!", ";", "王", "毅", "Đà", "Da", "trade"]
        for _ in 0..<4_000 {
            let a = (0..<Int.random(in: 0...14, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let b = (0..<Int.random(in: 0...14, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let allowed = Int.random(in: 0...120, using: &random)
            let found = MatchScore.distance(MatchScore.tokens(a), MatchScore.tokens(b), allowedCost: allowed)
            let expected = referenceDistance(MatchScore.tokens(a), MatchScore.tokens(b))
            if expected.0 <= allowed {
                #expect(found?.cost == expected.0 && found?.edits == expected.1, "\(a) | \(b) | \(allowed)")
            } else {
                #expect(found == nil, "\(a) | \(b) | \(allowed)")
            }
        }
    }

    @Test func rangesTokenizedWithoutPropertiesHaveThoseProperties() {
        // The tokenizer classifies these ranges by number; the Unicode properties must agree.
        for value in Array(UInt32(0x00C0)...0x024F) + Array(UInt32(0x1E00)...0x1EFF) where value != 0xD7 && value != 0xF7 {
            let scalar = Unicode.Scalar(value)!
            #expect(scalar.properties.isAlphabetic && !scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        for value in UInt32(0x0300)...0x036F {
            #expect(Unicode.Scalar(value)!.properties.generalCategory == .nonspacingMark, "U+\(String(value, radix: 16))")
        }
        for value in UInt32(0x4E00)...0x9FEF {
            #expect(Unicode.Scalar(value)!.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
        #expect(MatchScore.tokens("Đà Nẵng×2 hoà").texts == ["Đà", "Nẵng", "×", "2", "hoà"])
    }
}

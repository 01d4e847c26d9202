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
        #expect(tokens.map(\.isASCII) == [false, true, true, false])
    }

    @Test func chineseEditsCountCharacters() {
        // One character of nine changed.
        let score = MatchScore.percentage("双方同意深化经贸合作", "双方同意加强经贸合作")
        #expect((75...90).contains(score))
    }

    @Test func tokensKeepNumbersWholeAndSplitHan() {
        let tokens = MatchScore.tokens("GDP grew 6.5% in 2022, 王毅").map { String($0.text) }
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
}

import Testing
@testable import TriglotMemory

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

import Testing
@testable import TriglotEvaluation

@Suite struct RougeTests {
    private let english = RougeScorer(language: .english)

    private func expectScore(_ score: RougeScore, _ p: Double, _ r: Double, _ f: Double,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(score.precision - p) < 1e-12, sourceLocation: sourceLocation)
        #expect(abs(score.recall - r) < 1e-12, sourceLocation: sourceLocation)
        #expect(abs(score.f1 - f) < 1e-12, sourceLocation: sourceLocation)
    }

    // Unigrams: the×2, cat, on, mat match (5 of 6 each side). Bigrams: the-cat, on-the,
    // the-mat (3 of 5). LCS: "the cat on the mat" (5 of 6).
    @Test func catOnTheMatByHand() {
        let s = english.score(candidate: "the cat sat on the mat", reference: "the cat is on the mat")
        expectScore(s.rouge1, 5.0 / 6, 5.0 / 6, 5.0 / 6)
        expectScore(s.rouge2, 3.0 / 5, 3.0 / 5, 3.0 / 5)
        expectScore(s.rougeL, 5.0 / 6, 5.0 / 6, 5.0 / 6)
    }

    // Precision and recall differ: 7 candidate tokens, 5 reference tokens, all 5 found;
    // bigrams the-cat, on-the of 6 and 4; F = 2PR/(P+R).
    @Test func unequalLengthsByHand() {
        let s = english.score(candidate: "The cat was on the red mat.", reference: "the cat on the mat")
        expectScore(s.rouge1, 5.0 / 7, 1, 5.0 / 6)
        expectScore(s.rouge2, 1.0 / 3, 1.0 / 2, 2.0 / 5)
        expectScore(s.rougeL, 5.0 / 7, 1, 5.0 / 6)
    }

    @Test func repeatedNgramsAreClipped() {
        let s = english.score(candidate: "the the the the", reference: "the cat")
        expectScore(s.rouge1, 1.0 / 4, 1.0 / 2, 1.0 / 3)
        expectScore(s.rouge2, 0, 0, 0)
        // ab×3, ba×2 against ab×2, bx, xa: two bigram matches.
        expectScore(Rouge.rougeN(candidate: Array("ababab"), reference: Array("abxab"), n: 2), 2.0 / 5, 2.0 / 4, 4.0 / 9)
        // abc, bcd against abc×2, bca, cab: one trigram match, through the general-n path.
        expectScore(Rouge.rougeN(candidate: Array("abcd"), reference: Array("abcabc"), n: 3), 1.0 / 2, 1.0 / 4, 1.0 / 3)
    }

    @Test func emptyInputsScoreZero() {
        #expect(english.score(candidate: "", reference: "the cat") == .zero)
        #expect(english.score(candidate: "the cat", reference: "") == .zero)
        #expect(english.score(candidate: "", reference: "") == .zero)
        #expect(english.score(candidate: "...", reference: "—") == .zero)
        #expect(english.score(candidate: "cat", references: []) == .zero)
        let single = english.score(candidate: "cat", reference: "cat")
        expectScore(single.rouge1, 1, 1, 1)
        expectScore(single.rouge2, 0, 0, 0)
        #expect(Rouge.rougeL(candidate: [Int](), reference: [1, 2]) == .zero)
    }

    @Test func stemmingMakesInflectionsMatch() {
        // Both sides stem to the, cat, run ("were" stays): 3 of 4 and 3 of 3.
        let s = english.score(candidate: "The cats were running", reference: "the cat runs")
        expectScore(s.rouge1, 3.0 / 4, 1, 6.0 / 7)
    }

    @Test func lcsIsOrderSensitiveAndSymmetricInLength() {
        #expect(Rouge.lcsLength([1, 2, 3, 4], [4, 3, 2, 1]) == 1)
        #expect(Rouge.lcsLength([1, 2, 3], [0, 1, 9, 2, 9, 3, 0]) == 3)
        #expect(Rouge.lcsLength([0, 1, 9, 2, 9, 3, 0], [1, 2, 3]) == 3)
        expectScore(Rouge.rougeL(candidate: ["a", "b", "c", "d"], reference: ["a", "c"]), 2.0 / 4, 1, 2.0 / 3)
        // ROUGE-L is summary-level on the whole text, not split into sentences.
        let s = english.score(candidate: "the mat. the cat", reference: "the cat. the mat")
        expectScore(s.rougeL, 2.0 / 4, 2.0 / 4, 2.0 / 4)
    }

    @Test func severalReferencesAreAveraged() {
        let s = english.score(candidate: "the cat", references: ["the cat", "a dog"])
        expectScore(s.rouge1, 0.5, 0.5, 0.5)
        expectScore(s.rouge2, 0.5, 0.5, 0.5)
        let one = english.score(candidate: "the cat sat", reference: "the cat")
        #expect(english.score(candidate: "the cat sat", references: ["the cat"]) == one)
    }

    @Test func otherLanguagesScoreTheirTokens() {
        let zh = RougeScorer(language: .chinese).score(candidate: "中国越南", reference: "越南中国")
        expectScore(zh.rouge1, 1, 1, 1)
        expectScore(zh.rouge2, 2.0 / 3, 2.0 / 3, 2.0 / 3)
        let vi = RougeScorer(language: .vietnamese).score(candidate: "Việt Nam", reference: "việt nam và Trung Quốc")
        expectScore(vi.rouge1, 1, 2.0 / 5, 4.0 / 7)
    }

    @Test func meanAveragesEachPart() {
        let m = RougeScore.mean([RougeScore(precision: 1, recall: 0, f1: 0), RougeScore(precision: 0, recall: 1, f1: 0.5)])
        #expect(m == RougeScore(precision: 0.5, recall: 0.5, f1: 0.25))
        #expect(RougeScores.mean([]) == .zero)
    }
}

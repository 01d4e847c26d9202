import Testing
import TriglotText
@testable import TriglotEvaluation

@Suite struct RougeTokenizerTests {
    private func tokens(_ text: String, _ language: Language) -> [String] {
        RougeTokenizer(language: language).tokens(text)
    }

    // Expected values are rouge-score's DefaultTokenizer(use_stemmer=True) outputs.
    @Test func englishMatchesRougeScore() {
        #expect(tokens("The cats were running, weren't they?", .english)
            == ["the", "cat", "were", "run", "weren", "t", "they"])
        #expect(tokens("Generalizations of U.S. policy in 1990s", .english)
            == ["gener", "of", "u", "s", "polici", "in", "1990"])
    }

    @Test func englishStemsOnlyTokensLongerThanThree() {
        #expect(tokens("sees cats ties dies", .english) == ["see", "cat", "tie", "die"])
        #expect(tokens("was has its", .english) == ["was", "has", "its"])
    }

    @Test func englishDropsEverythingOutsideASCIIAlphanumerics() {
        #expect(tokens("café naïve — 東京 2022-07-04", .english) == ["caf", "na", "ve", "2022", "07", "04"])
        #expect(tokens("", .english).isEmpty)
        #expect(tokens("—!?", .english).isEmpty)
    }

    // Python lowercases "İ" to "i" plus a combining dot, and the Kelvin sign to "k".
    @Test func englishFollowsPythonLowercasing() {
        #expect(tokens("İstanbul", .english) == ["i", "stanbul"])
        #expect(tokens("5\u{212A}m", .english) == ["5km"])
    }

    @Test func vietnameseGivesLowercaseNFCSyllables() {
        #expect(tokens("Bộ trưởng Bùi Thanh Sơn, hôm 4/7.", .vietnamese)
            == ["bộ", "trưởng", "bùi", "thanh", "sơn", "hôm", "4", "7"])
        // Decomposed input comes out composed, so it matches composed references.
        let decomposed = "Vie\u{0302}\u{0323}t Nam"
        #expect(tokens(decomposed, .vietnamese) == ["việt", "nam"])
        #expect(tokens("Bộ_trưởng (Ngoại_giao)", .vietnamese) == ["bộ", "trưởng", "ngoại", "giao"])
    }

    @Test func chineseSplitsHanAndKeepsAlphanumericRuns() {
        #expect(tokens("王毅会见Bui Thanh Son，COVID-19疫情。", .chinese)
            == ["王", "毅", "会", "见", "bui", "thanh", "son", "covid", "19", "疫", "情"])
        #expect(tokens("２０２２年７月", .chinese) == ["2022", "年", "7", "月"])
        #expect(tokens("", .chinese).isEmpty)
    }
}

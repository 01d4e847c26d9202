import Testing
@testable import TriglotText

@Suite struct WordSegmenterTests {
    private func words(_ text: String, _ language: Language? = nil, terms: [String] = []) throws -> [String] {
        try WordSegmenter(language: language, terms: TermSet(terms)).tokens(in: text).map { String(text[$0.range]) }
    }

    @Test func englishKeepsContractionsHyphenationAndAbbreviations() throws {
        #expect(try words("Don't stop the well-known U.S. plan, Mr. Son said.", .english)
            == ["Don't", "stop", "the", "well-known", "U.S.", "plan", ",", "Mr.", "Son", "said", "."])
        #expect(try words("a COVID-19 test and a 20-year deal", .english)
            == ["a", "COVID-19", "test", "and", "a", "20-year", "deal"])
    }

    @Test func numbersAndPunctuationHaveKinds() throws {
        let text = "On 4 July, 1,200.5 people — 100%!"
        let tokens = try WordSegmenter(language: .english).tokens(in: text)
        let kinds = Dictionary(tokens.map { (String(text[$0.range]), $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["On"] == .word)
        #expect(kinds["1,200.5"] == .number)
        #expect(kinds[","] == .punctuation)
        #expect(kinds["—"] == .punctuation)
        #expect(kinds["%"] == .punctuation)
    }

    @Test func vietnameseComesOutAsSyllables() throws {
        #expect(try words("Bộ trưởng Bùi Thanh Sơn", .vietnamese) == ["Bộ", "trưởng", "Bùi", "Thanh", "Sơn"])
    }

    @Test func vietnameseTermsStayWhole() throws {
        #expect(try words("Bộ trưởng Bùi Thanh Sơn phát biểu", .vietnamese, terms: ["Bùi Thanh Sơn"])
            == ["Bộ", "trưởng", "Bùi Thanh Sơn", "phát", "biểu"])
    }

    @Test func chineseUsesTheDictionary() throws {
        let tokens = try words("双方同意推进合作。", .chinese)
        #expect(tokens.contains("合作"))
        #expect(tokens.last == "。")
    }

    @Test func chineseNamesSplitByICUAreKeptWholeAsTerms() throws {
        // ICU's dictionary splits these names (裴/青山, 王/毅).
        let plain = try words("王毅会见裴青山。", .chinese)
        #expect(!plain.contains("裴青山") || !plain.contains("王毅"))
        let withTerms = try WordSegmenter(language: .chinese, terms: TermSet(["裴青山", "王毅"]))
            .tokens(in: "王毅会见裴青山。")
        let text = "王毅会见裴青山。"
        #expect(withTerms.map { String(text[$0.range]) } == ["王毅", "会见", "裴青山", "。"])
        #expect(withTerms.filter(\.isTerm).count == 2)
    }

    @Test func latinTermsMustEndOnAWordBoundary() throws {
        #expect(try words("Sonnet Son", .english, terms: ["Son"]) == ["Sonnet", "Son"])
        #expect(try words("Sonnet", .english, terms: ["Son"]) == ["Sonnet"])
    }

    @Test func termSetIgnoresBlankTermsAndCountsDistinctOnes() {
        var set = TermSet(["王毅", "王毅", " "])
        #expect(set.count == 1)
        set.insert("Wang Yi")
        #expect(set.count == 2)
    }

    @Test func whitespaceTokensOnRequest() throws {
        let text = "Wang  met\tSon"
        let tokens = try WordSegmenter().tokens(in: text, includeWhitespace: true)
        #expect(tokens.map(\.kind) == [.word, .whitespace, .word, .whitespace, .word])
        #expect(tokens.map { String(text[$0.range]) }.joined() == text)
    }
}

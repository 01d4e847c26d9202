import Testing
import TriglotText
@testable import TriglotSummary

@Suite struct SentenceTermsTests {
    /// The terms and names of `sentence`, spelled out.
    private func spelled(_ sentence: String, _ language: Language, names: [String] = []) throws -> (terms: [String], names: [String], words: Int) {
        let terms = try SentenceTerms(language: language, names: TermSet(names))
        let analysis = try terms.analyze(sentence)
        return (analysis.terms.map(terms.spelling), analysis.names.map(terms.spelling), analysis.words)
    }

    @Test func englishTermsAreStemmedWithoutStopWords() throws {
        let analysis = try spelled("The ministers agreed on the meetings.", .english)
        #expect(analysis.terms == ["minister", "agre", "meet"])
        #expect(analysis.words == 6)
    }

    @Test func englishNamesAreCapitalisedWordsAfterTheFirst() throws {
        let analysis = try spelled("On Monday, Wang Yi met Bui Thanh Son in Bagan.", .english)
        #expect(analysis.names == ["monday", "wang", "yi", "bui", "thanh", "son", "bagan"])
        let vietnamese = try spelled("Hôm nay Bộ trưởng Bùi Thanh Sơn đến.", .vietnamese)
        #expect(vietnamese.names == ["bộ", "bùi", "thanh", "sơn"])
    }

    @Test func vietnameseTermsAreSyllablesAndBigrams() throws {
        let analysis = try spelled("Hai bên thúc đẩy hợp tác.", .vietnamese)
        #expect(analysis.terms.contains("hợp"))
        #expect(analysis.terms.contains("hợp tác"))
        #expect(analysis.terms.contains("thúc đẩy"))
        #expect(analysis.words == 6)
    }

    @Test func vietnameseBigramsOfTwoStopSyllablesAreDropped() throws {
        let analysis = try spelled("của các nước", .vietnamese)
        #expect(!analysis.terms.contains("của các"))
        #expect(analysis.terms.contains("các nước"))
    }

    @Test func chineseTermsAreWordsAndCharacterBigrams() throws {
        let analysis = try spelled("双方同意加强合作。", .chinese)
        #expect(analysis.terms.contains("合作"))
        #expect(analysis.terms.contains("强 合"))  // a bigram across a word boundary
        #expect(!analysis.terms.contains("。"))
        #expect(analysis.words == 4)
    }

    @Test func registeredNamesAreSingleTermsAndNames() throws {
        let analysis = try spelled("王毅会见裴青山。", .chinese, names: ["裴青山"])
        #expect(analysis.names == ["裴青山"])
        #expect(analysis.terms.contains("裴青山"))
    }

    @Test func spellingsInOtherNormalisationFormsGetTheSameTerms() throws {
        let terms = try SentenceTerms(language: .vietnamese)
        let composed = try terms.analyze("Hòa bình")
        let decomposed = try terms.analyze("Ho\u{300}a bi\u{300}nh")
        #expect(composed.terms == decomposed.terms)
    }

    @Test func oneAnalysisPerSentenceRangeFromOnePass() throws {
        let terms = try SentenceTerms(language: .english)
        let text = "Wang met Son. The talks ended. Both left."
        let analyses = try terms.analyze(text, sentences: [0..<13, 14..<30])
        #expect(analyses.count == 2)
        #expect(analyses[0].terms.map(terms.spelling) == ["wang", "met", "son"])
        #expect(analyses[1].terms.map(terms.spelling) == ["talk", "end"])
        #expect(analyses[1].names.isEmpty)  // "The" opens its own sentence
    }

    @Test func countsNonSpaceCharacters() {
        #expect(SentenceTerms.countNonSpace("a b\u{3000}c\u{A0}d 王") == 5)
        #expect(SentenceTerms.countNonSpace("") == 0)
    }

    @Test(arguments: [
        ("meetings", "meet"), ("agreed", "agre"), ("countries", "country"), ("stopped", "stop"),
        ("planning", "plan"), ("quickly", "quick"), ("process", "process"), ("bus", "bus"), ("analysis", "analysis"),
        ("pass", "pass"), ("sea", "sea"), ("u.s.", "u.s."),
    ])
    func lightStemmer(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    @Test func stopWordFilesParse() {
        #expect(StopWords.of(.english).contains("the"))
        #expect(StopWords.of(.vietnamese).contains("của"))
        #expect(StopWords.of(.chinese).contains("的"))
        #expect(!StopWords.of(.english).contains("# english stop words"))
    }
}

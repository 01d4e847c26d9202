import Testing
import TriglotText
@testable import TriglotSummary

@Suite struct SentenceTermsTests {
    @Test func englishTermsAreStemmedWithoutStopWords() throws {
        let analysis = try SentenceTerms(language: .english).analyze("The ministers agreed on the meetings.")
        #expect(analysis.terms == ["minister", "agre", "meet"])
        #expect(analysis.words == 6)
    }

    @Test func englishNamesAreCapitalisedWordsAfterTheFirst() throws {
        let analysis = try SentenceTerms(language: .english).analyze("On Monday, Wang Yi met Bui Thanh Son in Bagan.")
        #expect(analysis.names == ["Monday", "Wang", "Yi", "Bui", "Thanh", "Son", "Bagan"])
        let vietnamese = try SentenceTerms(language: .vietnamese).analyze("Hôm nay Bộ trưởng Bùi Thanh Sơn đến.")
        #expect(vietnamese.names == ["Bộ", "Bùi", "Thanh", "Sơn"])
    }

    @Test func vietnameseTermsAreSyllablesAndBigrams() throws {
        let analysis = try SentenceTerms(language: .vietnamese).analyze("Hai bên thúc đẩy hợp tác.")
        #expect(analysis.terms.contains("hợp"))
        #expect(analysis.terms.contains("hợp tác"))
        #expect(analysis.terms.contains("thúc đẩy"))
        #expect(analysis.words == 6)
    }

    @Test func vietnameseBigramsOfTwoStopSyllablesAreDropped() throws {
        let analysis = try SentenceTerms(language: .vietnamese).analyze("của các nước")
        #expect(!analysis.terms.contains("của các"))
        #expect(analysis.terms.contains("các nước"))
    }

    @Test func chineseTermsAreWordsAndCharacterBigrams() throws {
        let analysis = try SentenceTerms(language: .chinese).analyze("双方同意加强合作。")
        #expect(analysis.terms.contains("合作"))
        #expect(analysis.terms.contains("强合"))  // a bigram across a word boundary
        #expect(!analysis.terms.contains("。"))
        #expect(analysis.characters == 9)
    }

    @Test func registeredNamesAreSingleTermsAndNames() throws {
        let analysis = try SentenceTerms(language: .chinese, names: TermSet(["裴青山"])).analyze("王毅会见裴青山。")
        #expect(analysis.names == ["裴青山"])
        #expect(analysis.terms.contains("裴青山"))
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

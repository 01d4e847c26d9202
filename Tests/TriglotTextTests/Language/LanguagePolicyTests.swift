import Testing
import TriglotText

@Suite struct LanguagePolicyTests {
    @Test func aCodeTriglotReadsIsGivenAnyOtherIsAnotherLatinLanguage() {
        #expect(LanguagePolicy(code: "zh-Hans") == .given(.chinese))
        #expect(LanguagePolicy(code: "VI") == .given(.vietnamese))
        #expect(LanguagePolicy(code: "de-CH") == .otherLatin("de-ch"))
        #expect(LanguagePolicy(nil) == .detect)
        #expect(LanguagePolicy(.english) == .given(.english))
    }

    @Test func anotherLatinLanguageIsSplitByEnglishRules() {
        #expect(LanguagePolicy.otherLatin("fr").forcedLanguage == .english)
        #expect(LanguagePolicy.detect.forcedLanguage == nil)
        #expect(LanguagePolicy.given(.chinese).forcedLanguage == .chinese)
    }
}

import Testing
@testable import TriglotText

@Suite struct LanguageTests {
    @Test(arguments: [
        ("Chinese Foreign Minister Wang Yi met his Vietnamese counterpart.", Language.english),
        ("国务委员兼外长王毅会见越南外长裴青山。", .chinese),
        ("Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Vương Nghị.", .vietnamese),
        // An English name inside a Chinese sentence does not flip it.
        ("王毅会见了越南外长Bui Thanh Son。", .chinese),
        // A Vietnamese name inside an English sentence does not flip it.
        ("Foreign Minister Bùi Thanh Sơn met Wang Yi in Bagan on Monday.", .english),
        // Chinese characters quoted in an English sentence do not flip it either.
        ("The name Wang Yi is written 王毅 in Chinese characters.", .english),
    ])
    func detectsTheLanguageOfText(text: String, expected: Language) {
        #expect(Language.detect(text) == expected)
    }

    @Test func tooLittleTextIsUndetermined() {
        #expect(Language.detect("") == nil)
        #expect(Language.detect("2022 — 14:30") == nil)
    }

    @Test func shortSentencesTakeTheDocumentLanguage() throws {
        let text = "Bộ trưởng Bùi Thanh Sơn đã gặp ông Vương Nghị tại Bagan. Myanmar. Hai bên nhất trí thúc đẩy hợp tác."
        let sentences = try SentenceSegmenter().sentences(in: text)
        #expect(sentences.map(\.language) == [.vietnamese, .vietnamese, .vietnamese])
    }

    @Test func sentencesInAMixedDocumentKeepTheirOwnLanguage() throws {
        let text = "王毅会见裴青山。\n\nWang Yi met Bui Thanh Son in Bagan on Monday."
        let sentences = try SentenceSegmenter().sentences(in: text)
        #expect(sentences.map(\.language) == [.chinese, .english])
    }

    @Test func eachSentenceIsSplitByItsOwnLanguagesRules() throws {
        // A Vietnamese article: by Vietnamese rules "Mr." and "Ms." end sentences.
        let text = "Hôm nay, Bộ trưởng Bùi Thanh Sơn đã tiếp đoàn đại biểu Hoa Kỳ tại Hà Nội. Mr. Smith met Ms. Lan. "
            + "Hai bên đã trao đổi về hợp tác kinh tế và thương mại. GS. Nguyễn Văn Minh phát biểu tại hội nghị."
        let sentences = try SentenceSegmenter().sentences(in: text)
        #expect(sentences.map { String(text[$0.range]) } == [
            "Hôm nay, Bộ trưởng Bùi Thanh Sơn đã tiếp đoàn đại biểu Hoa Kỳ tại Hà Nội.", "Mr. Smith met Ms. Lan.",
            "Hai bên đã trao đổi về hợp tác kinh tế và thương mại.", "GS. Nguyễn Văn Minh phát biểu tại hội nghị.",
        ])
        #expect(sentences.map(\.language) == [.vietnamese, .english, .vietnamese, .vietnamese])
        // And the other way round: a Vietnamese title ("TS.") in an English article.
        let english = "The delegation arrived in Hanoi on Monday and met the ministers. "
            + "TS. Nguyễn Thị Lan phát biểu tại hội thảo về kinh tế. The talks ended on Tuesday afternoon."
        #expect(try SentenceSegmenter().sentences(in: english).map { String(english[$0.range]) } == [
            "The delegation arrived in Hanoi on Monday and met the ministers.", "TS. Nguyễn Thị Lan phát biểu tại hội thảo về kinh tế.",
            "The talks ended on Tuesday afternoon.",
        ])
    }

    @Test func languageRegionsTakeTheUnclearSentencesBesideThem() {
        let regions = LanguageRegions.find([.vietnamese, nil, .english, nil, .vietnamese, nil, nil, .english, .english, nil],
                                           documentRules: .vietnamese)
        #expect(regions == [.init(sentences: 1..<4, rules: .english), .init(sentences: 5..<10, rules: .english)])
        #expect(LanguageRegions.find([nil, .english, nil], documentRules: .english).isEmpty)
    }

    @Test func aForcedLanguageApplies() throws {
        let sentences = try SentenceSegmenter(language: .vietnamese).sentences(in: "Hello world. Again.")
        #expect(sentences.allSatisfy { $0.language == .vietnamese })
    }
}

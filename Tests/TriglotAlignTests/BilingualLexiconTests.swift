import Testing
import TriglotNames
import TriglotText
@testable import TriglotAlign

/// The shipped word list, its matching in each language, and its pull on beads.
@Suite struct BilingualLexiconTests {
    let lexicon = BilingualLexicon.shipped

    /// The entry id of an English key.
    func entry(_ key: String) -> Int32? { lexicon.keys.firstIndex(of: key).map(Int32.init) }

    @Test func shippedListLoads() throws {
        #expect((300...700).contains(lexicon.count))
        #expect(Set(lexicon.keys).count == lexicon.count)  // one line per English key
        for key in ["government", "minister", "country", "people", "year", "water", "school", "children", "money", "war", "peace", "city"] {
            #expect(entry(key) != nil, "\(key)")
        }
    }

    @Test func matchesEnglishThroughItsEndings() throws {
        let found = lexicon.englishEntries(["Governments", "countries", "stopped", "Schools", "working", "agreed"])
        for key in ["government", "country", "stop", "school", "work", "agree"] {
            #expect(found.contains(try #require(entry(key))), "\(key)")
        }
        #expect(BilingualLexicon.lemmas("news").first == "news")  // the word itself is tried first
    }

    @Test func matchesVietnameseAsPhrasesAndChineseAsSubstrings() throws {
        let syllables = "Chính phủ đã mở thêm trường học cho trẻ em".split(separator: " ").map { MatchKey.strict(String($0)) }
        let vietnamese = lexicon.vietnameseEntries(syllables)
        let chinese = lexicon.chineseEntries([Array("政府为儿童开办了更多学校")])
        for key in ["government", "school", "children"] {
            let id = try #require(entry(key))
            #expect(vietnamese.contains(id) && chinese.contains(id), "\(key)")
        }
        // A form of two syllables needs both, in order: "phủ chính" is not "chính phủ".
        #expect(!lexicon.vietnameseEntries(["phủ", "chính"]).contains(try #require(entry("government"))))
        // Tone marks placed the other way still match (hoà = hòa).
        #expect(lexicon.vietnameseEntries([MatchKey.strict("hoà"), MatchKey.strict("bình")]).contains(try #require(entry("peace"))))
    }

    @Test func sharedWordsAreAnchorsBetweenListedLanguagesOnly() throws {
        let extractor = try AnchorExtractor(glossary: nil)
        let english = extractor.keys(of: "The government built a new school.", script: .english, other: .vietnamese)
        let vietnamese = extractor.keys(of: "Chính phủ đã xây một trường học mới.", script: .vietnamese, other: .english)
        let chinese = extractor.keys(of: "政府建了一所新学校。", script: .chinese, other: .vietnamese)
        let school = "l:\(try #require(entry("school")))"
        #expect(english.contains(school) && vietnamese.contains(school))
        #expect(chinese.contains(school))  // Chinese and Vietnamese meet through the English key
        let german = extractor.keys(of: "Die Regierung baute eine neue Schule.", script: .otherLatin, other: .otherLatin)
        #expect(!german.contains { $0.hasPrefix("l:") })
    }

    @Test func aBeadSharingWordsCostsLessThanOneOfLikeLengthsWithout() throws {
        // One Vietnamese sentence and two English ones of the same length, no number or name:
        // the English one sharing its words (soldier, war) is the cheaper pair.
        let source = ["The farmers sold their rice.", "Soldiers came back from the war."]
        let target = ["Người lính trở về từ chiến tranh."]
        let extractor = try AnchorExtractor(glossary: nil)
        let found = extractor.anchors(source: source, sourceScript: .english, target: target, targetScript: .vietnamese,
                                      words: 0.3, wordsUnmatched: 0.3)
        #expect(found.source[0].isEmpty && !found.source[1].isEmpty)
        let problem = AlignmentProblem(
            sourceLengths: [30, 30], targetLengths: [30], model: LengthModel(source: [30, 30], target: [30]),
            sourceAnchors: found.source, targetAnchors: found.target, anchorWeights: found.weights,
            unmatchedWeights: found.unmatchedWeights, weights: SentenceAligner.Weights(),
            sourcePunctuation: PunctuationProfile(source), targetPunctuation: PunctuationProfile(target))
        #expect(problem.beadCost(1..<2, 0..<1) < problem.beadCost(0..<1, 0..<1))
    }

    @Test func sharedWordsPullShortSentencesTogether() throws {
        // Short sentences of like lengths, no number or name, the second untranslated: the
        // words say which Vietnamese sentence goes with which English one, where lengths
        // alone pair the farmers with the soldiers.
        let source = ["The children went to school.", "The farmers sold their rice in the town.",
                      "Soldiers came back.", "Doctors worked at the hospital."]
        let target = ["Trẻ em đã đến trường học.", "Những người lính đã trở về.", "Bác sĩ làm việc tại bệnh viện."]
        let beads = try SentenceAligner().align(source: source, target: target, sourceLanguage: .english, targetLanguage: .vietnamese)
        #expect(beads.contains { $0.source == 0..<1 && $0.target == 0..<1 }, "\(beads.map(\.vecalignNotation))")
        #expect(beads.contains { $0.source.contains(2) && $0.target == 1..<2 }, "\(beads.map(\.vecalignNotation))")
        #expect(!beads.contains { $0.source == 1..<2 && $0.target == 1..<2 })
        #expect(beads.contains { $0.source == 3..<4 && $0.target == 2..<3 })
        var weights = SentenceAligner.Weights()
        weights.words = 0
        let blind = try SentenceAligner(weights: weights).align(source: source, target: target, sourceLanguage: .english, targetLanguage: .vietnamese)
        #expect(blind.contains { $0.source == 1..<2 && $0.target == 1..<2 }, "\(blind.map(\.vecalignNotation))")  // the premise
    }
}

import Testing
import TriglotText
@testable import TriglotSummary

@Suite struct MethodTests {
    let sentences = [
        "Ministers from six Mekong countries met in Bagan on Monday.",
        "The weather in Bagan was hot.",
        "The Mekong ministers agreed to deepen Mekong cooperation on water resources.",
        "Mekong cooperation on water resources and trade will deepen, the ministers agreed.",
        "A local band played music.",
    ]

    private func summarize(_ method: any SummarizationMethod, title: String? = nil, count: Int = 2) throws -> [Int] {
        let document = SummaryDocument(sentences: sentences, language: .english, title: title)
        return try Summarizer().summarize(document, method: method, length: .sentences(count)).selected.map(\.index)
    }

    @Test func leadTakesTheFirstSentences() throws {
        #expect(try summarize(LeadMethod()) == [0, 1])
    }

    @Test func textRankPrefersCentralSentences() throws {
        let chosen = try summarize(TextRankMethod.textRank)
        #expect(chosen.contains(2) || chosen.contains(3))
        #expect(!chosen.contains(4))
    }

    @Test func autoNeverPicksTwoNearDuplicates() throws {
        let chosen = try summarize(AutoMethod(), count: 3)
        #expect(!(chosen.contains(2) && chosen.contains(3)))
    }

    @Test func theTitleSteersAuto() throws {
        let method = AutoMethod(weights: ScoreParts(centrality: 0, position: 0, title: 1, names: 0))
        #expect(try summarize(method, title: "Hot weather in Bagan", count: 1) == [1])
    }

    @Test func scoresExplainTheirParts() throws {
        let document = SummaryDocument(sentences: sentences, language: .english, title: "Mekong ministers meet")
        let summary = try Summarizer().summarize(document, method: AutoMethod())
        #expect(summary.scores.count == 5)
        #expect(summary.scores[0].parts.position == 1)
        #expect(summary.scores.allSatisfy { (0...1).contains($0.parts.centrality) && (0...1).contains($0.parts.names) })
    }

    @Test func theRegistryKnowsEveryMethodAndRefusesOthers() throws {
        #expect(MethodRegistry.names == ["auto", "lead", "textrank", "lexrank"])
        #expect(try MethodRegistry.method(named: "lexrank").name == "lexrank")
        #expect(throws: SummaryError.unknownMethod("nope", known: MethodRegistry.names)) {
            try MethodRegistry.method(named: "nope")
        }
    }
}

@Suite struct CaptionTests {
    @Test func aCaptionSteersTheTitlePartButIsNeverChosen() throws {
        let text = """
            Ministers meet

            Wang Yi meets Bui Thanh Son at the Lancang-Mekong meeting in Bagan. (Xinhua/Zhang Dongqiang)

            BAGAN -- Wang Yi and Bui Thanh Son met on Monday. The weather was hot and dry. \
            The Lancang-Mekong meeting in Bagan drew six ministers. A band played in the evening.
            """
        let document = try SummaryDocument(text: text, language: .english)
        let summary = try Summarizer().summarize(document, method: AutoMethod(), length: .sentences(2))
        #expect(summary.selected.allSatisfy { document.sentences[$0.index].role == .body })
        let meeting = try #require(summary.scores.first { document.sentences[$0.index].text.hasPrefix("The Lancang-Mekong") })
        let weather = try #require(summary.scores.first { document.sentences[$0.index].text.hasPrefix("The weather") })
        #expect(meeting.parts.title > weather.parts.title)
        #expect(summary.sentences.contains { $0.hasPrefix("The Lancang-Mekong") })
    }
}

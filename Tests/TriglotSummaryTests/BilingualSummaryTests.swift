import Testing
import TriglotText
@testable import TriglotSummary

/// Summaries of an article and its translation as sentence pairs.
@Suite struct BilingualSummaryTests {
    /// Scores a sentence by its length in characters, so each side's preference is known.
    struct LengthMethod: SummarizationMethod {
        let name = "length"
        let summary = "longer sentences first"
        let relevanceWeight = 1.0
        func scores(for document: AnalyzedDocument) -> [SentenceScore] {
            document.eligible.enumerated().map { position, index in
                SentenceScore(index: position, score: Double(document.document.sentences[index].text.count), parts: ScoreParts())
            }
        }
    }

    func sentence(_ length: Int, _ word: String) -> String {
        String(repeating: word + " ", count: length / (word.count + 1)) + "end."
    }

    @Test func choosesByTheMeanOfBothSides() throws {
        // The article prefers its second sentence, the translation its first; the third is
        // second best on both sides, so it is the best pair.
        let source = SummaryDocument(sentences: [sentence(20, "alpha"), sentence(100, "beta"), sentence(80, "gamma")], language: .english)
        let target = SummaryDocument(sentences: [sentence(100, "delta"), sentence(20, "epsilon"), sentence(80, "zeta")], language: .english)
        let pairings = (0..<3).map { SentencePairing(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
        let summary = try Summarizer().summarize(source, target, pairings: pairings, method: LengthMethod(), length: .sentences(1))
        #expect(summary.selected.map(\.index) == [2])
        let chosen = try #require(summary.selected.first)
        #expect(abs(chosen.score - (chosen.sourceScore + chosen.targetScore) / 2) < 1e-12)
        #expect(abs(summary.scores[0].score - summary.scores[1].score) < 0.05)
    }

    @Test func pairsAreInDocumentOrderAndOneSidedBeadsAreNeverChosen() throws {
        let source = SummaryDocument(sentences: (0..<6).map { sentence(30 + 10 * $0, "word\($0)") }, language: .english)
        let target = SummaryDocument(sentences: (0..<5).map { sentence(30 + 10 * $0, "mot\($0)") }, language: .vietnamese)
        // Source 5 has no counterpart; source 3–4 translate target 3 together.
        let pairings = [SentencePairing(source: 0..<1, target: 0..<1), SentencePairing(source: 1..<2, target: 1..<2),
                        SentencePairing(source: 2..<3, target: 2..<3), SentencePairing(source: 3..<5, target: 3..<4),
                        SentencePairing(source: 5..<6, target: 4..<4), SentencePairing(source: 6..<6, target: 4..<5)]
        let summary = try Summarizer().summarize(source, target, pairings: pairings, method: LengthMethod(), length: .sentences(3))
        #expect(summary.scores.map(\.index) == [0, 1, 2, 3])
        #expect(summary.selected.map(\.index) == summary.selected.map(\.index).sorted())
        #expect(summary.selected.count == 3)
        #expect(!summary.selected.contains { $0.pairing.source.isEmpty || $0.pairing.target.isEmpty })
    }

    @Test func aHeadlineIsNeverPartOfAPair() throws {
        let text = "Two ministers meet\n\nThe two ministers met in Bagan on Monday. They agreed to keep in touch."
        let translation = "Hai bộ trưởng gặp nhau\n\nHai bộ trưởng đã gặp nhau tại Bagan hôm thứ Hai. Họ nhất trí giữ liên lạc."
        let source = try SummaryDocument(text: text), target = try SummaryDocument(text: translation)
        #expect(source.sentences.first?.role == .title)
        let pairings = (0..<3).map { SentencePairing(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
        let summary = try Summarizer().summarize(source, target, pairings: pairings, length: .sentences(3))
        #expect(summary.scores.map(\.index) == [1, 2])
        #expect(!summary.selected.isEmpty)
    }
}

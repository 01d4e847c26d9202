import Testing
@testable import TriglotSummary

@Suite struct SentenceGraphTests {
    @Test func identicalSentencesHaveSimilarityOne() {
        let graph = SentenceGraph(sentences: [["a", "b"], ["a", "b"], ["c"]])
        #expect(abs(graph.similarity(0, 1) - 1) < 1e-12)
        #expect(graph.similarity(0, 2) == 0)
    }

    @Test func centralitySumsToOneAndFavoursTheHub() {
        // Sentence 0 shares a term with every other sentence; they share nothing among themselves.
        let graph = SentenceGraph(sentences: [["hub", "x", "y", "z"], ["hub", "x"], ["y", "p"], ["z", "q"], ["r"]])
        let rank = graph.centrality()
        #expect(abs(rank.reduce(0, +) - 1) < 1e-9)
        #expect(rank.firstIndex(of: rank.max()!) == 0)
    }

    @Test func aThresholdDropsWeakEdges() {
        let graph = SentenceGraph(sentences: [["a", "b", "c", "d", "e", "f", "g", "h"], ["a", "x"], ["y"]])
        let all = graph.centrality(threshold: 0)
        let strong = graph.centrality(threshold: 0.99)
        #expect(all[0] > all[2])
        #expect(abs(strong[0] - strong[2]) < 1e-9)  // no edges left: all equal
    }

    @Test func longDocumentsCompareOnlyWithinTheWindow() {
        let graph = SentenceGraph(sentences: (0..<1000).map { ["t\($0 % 7)"] }, window: 50)
        #expect(graph.neighbours(of: 0) == 0..<50)
        #expect(graph.neighbours(of: 500).count == 50)
        #expect(graph.neighbours(of: 999) == 950..<1000)
        #expect(graph.centrality().count == 1000)
    }

    @Test func titleVectorUsesTheDocumentsTerms() {
        let graph = SentenceGraph(sentences: [["mekong", "meeting"], ["weather"]], title: ["mekong", "unknown"])
        #expect(SentenceGraph.cosine(graph.vectors[0], graph.titleVector) > 0.5)
        #expect(SentenceGraph.cosine(graph.vectors[1], graph.titleVector) == 0)
    }

    @Test func emptyAndSingleDocuments() {
        #expect(SentenceGraph(sentences: []).centrality().isEmpty)
        #expect(SentenceGraph(sentences: [["a"]]).centrality() == [1])
        #expect(SentenceGraph(sentences: [[], []]).centrality().count == 2)
    }
}

import Testing
import TriglotText
@testable import TriglotSummary

/// Properties every summary has, whatever the method, document and length.
@Suite struct SummaryInvariantTests {
    static let vocabulary = ["Mekong", "ministers", "met", "cooperation", "water", "trade", "Bagan", "agreed", "the",
                             "deepen", "China", "Vietnam", "talks", "on", "in", "sea", "code", "conduct", "and"]

    /// Deterministic documents of 0 to 40 sentences.
    static func documents() -> [SummaryDocument] {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<60).map { _ in
            let sentences = (0..<next(41)).map { _ in
                (0..<(next(15) + 1)).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ") + "."
            }
            return SummaryDocument(sentences: sentences, language: .english, title: next(2) == 0 ? "Mekong talks" : nil)
        }
    }

    static let lengths: [SummaryLength] = [.automatic, .sentences(1), .sentences(4), .ratio(0.3), .words(25), .characters(80)]

    @Test(arguments: MethodRegistry.names)
    func summariesAreSubsetsInDocumentOrderWithinTheirLimits(method: String) throws {
        let summarizer = Summarizer()
        let chosenMethod = try MethodRegistry.method(named: method)
        for document in Self.documents() {
            for length in Self.lengths {
                let summary = try summarizer.summarize(document, method: chosenMethod, length: length)
                let indices = summary.selected.map(\.index)
                #expect(indices == indices.sorted())
                #expect(Set(indices).count == indices.count)
                #expect(indices.allSatisfy { document.sentences.indices.contains($0) })
                let n = document.sentences.count
                switch length {
                case .automatic: #expect(indices.count == (n == 0 ? 0 : min(n, 3, max(1, Int((Double(n) * 0.2).rounded())))))
                case let .sentences(k): #expect(indices.count <= k)
                case let .ratio(r): #expect(indices.count <= max(1, Int((Double(n) * r).rounded())))
                case let .words(limit):
                    let words = indices.map { document.sentences[$0].text.split(separator: " ").count }.reduce(0, +)
                    #expect(words <= limit || indices.count == 1)  // one sentence even over the budget
                case let .characters(limit):
                    let characters = indices.map { document.sentences[$0].text.filter { !$0.isWhitespace }.count }.reduce(0, +)
                    #expect(characters <= limit || indices.count == 1)
                }
            }
        }
    }

    @Test func emptyAndOneSentenceDocuments() throws {
        let summarizer = Summarizer()
        #expect(try summarizer.summarize(try SummaryDocument(text: "")).selected.isEmpty)
        let one = try summarizer.summarize(try SummaryDocument(text: "Only one sentence here."))
        #expect(one.sentences == ["Only one sentence here."])
    }

    @Test func textWithoutSentencePunctuationIsOneSentence() throws {
        let summary = try Summarizer().summarize(try SummaryDocument(text: "no punctuation at all in this text"))
        #expect(summary.sentences == ["no punctuation at all in this text"])
    }

    @Test func aBudgetShorterThanEverySentenceStillGivesTheBestOne() throws {
        let summarizer = Summarizer()
        for document in Self.documents() where !document.sentences.isEmpty {
            // A one-word sentence fits one word; nothing fits one character.
            #expect(try summarizer.summarize(document, method: AutoMethod(), length: .words(1)).selected.count == 1)
            let summary = try summarizer.summarize(document, method: AutoMethod(), length: .characters(1))
            let best = try summarizer.summarize(document, method: AutoMethod(), length: .sentences(1))
            #expect(summary.selected.map(\.index) == best.selected.map(\.index))
        }
    }

    @Test func invalidLengthsAreRefused() {
        for length in [SummaryLength.sentences(0), .ratio(0), .ratio(1.5), .words(0), .characters(-1)] {
            #expect(throws: SummaryError.self) { try length.validate() }
        }
    }

    @Test func veryLongDocumentsAreSummarized() throws {
        let sentences = (0..<10_000).map { "Sentence \($0 % 97) about topic \($0 % 13) and \(Self.vocabulary[$0 % Self.vocabulary.count])." }
        let document = SummaryDocument(sentences: sentences, language: .english)
        let summary = try Summarizer().summarize(document, method: AutoMethod(), length: .sentences(3))
        #expect(summary.selected.count == 3)
    }
}

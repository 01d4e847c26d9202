import Foundation
import TriglotText

/// A document with what every method needs computed once: terms, names and lengths of its
/// eligible sentences, and their similarity graph.
public struct AnalyzedDocument: Sendable {
    /// The document.
    public let document: SummaryDocument
    /// Indices (into ``SummaryDocument/sentences``) of the sentences that may be chosen.
    public let eligible: [Int]
    /// The analysis of each eligible sentence, in ``eligible`` order.
    public let analyses: [SentenceTerms.Analysis]
    /// The similarity graph of the eligible sentences, in ``eligible`` order.
    public let graph: SentenceGraph
    /// Each eligible sentence's sum of log(frequency) over its key names, where a name's
    /// frequency is the number of sentences (title and captions included) it occurs in.
    private let keyNameWeights: [Double]

    /// Analyses `document` with `terms` (which must be for the document's language).
    public init(_ document: SummaryDocument, terms: SentenceTerms) throws(TriglotTextError) {
        self.document = document
        terms.startDocument()
        eligible = document.sentences.filter { $0.role == .body }.map(\.index)
        func analyze(_ text: String) throws(TriglotTextError) -> SentenceTerms.Analysis { try terms.analyze(text) }
        // Sentences found in running text are analysed in one pass over it.
        var all: [SentenceTerms.Analysis]
        let ranges = document.sentences.compactMap(\.utf8Range)
        if ranges.count == document.sentences.count {
            all = try terms.analyze(document.text, sentences: ranges)
        } else {
            all = []
            for sentence in document.sentences { all.append(try analyze(sentence.text)) }
        }
        let analyses = eligible.map { all[$0] }
        self.analyses = analyses
        // A headline found in the text was analysed with the rest; a given title is analysed alone.
        let headline = document.sentences.first { $0.role == .title && $0.text == document.title }
        var titleAnalysis: SentenceTerms.Analysis?
        if let headline {
            titleAnalysis = all[headline.index]
        } else if let title = document.title {
            titleAnalysis = try analyze(title)
        }
        // A photo caption says what the story is about as a headline does (who met whom, where):
        // its terms join the title's, though the caption itself is never chosen.
        var titleTerms = titleAnalysis?.terms ?? []
        for sentence in document.sentences where sentence.role == .caption { titleTerms += all[sentence.index].terms }
        graph = SentenceGraph(terms: analyses.map(\.terms), title: titleTerms)
        // Names count everywhere in the article: a name in the headline or a caption that comes
        // back in the text is one of the story's key names.
        var named = analyses.map(\.names)
        for sentence in document.sentences where sentence.role != .body && sentence.text != document.title {
            named.append(all[sentence.index].names)
        }
        if let titleAnalysis { named.append(titleAnalysis.names) }
        var index = TermIndex(capacity: named.reduce(0) { $0 + $1.count } + 1)
        var frequency: [Int] = []
        var lastSeenIn: [Int] = []
        for (number, names) in named.enumerated() {
            for name in names {
                let (position, added) = index.index(of: name)
                if added {
                    frequency.append(0)
                    lastSeenIn.append(-1)
                }
                if lastSeenIn[Int(position)] != number {
                    lastSeenIn[Int(position)] = number
                    frequency[Int(position)] += 1
                }
            }
        }
        // Each eligible sentence's key names (in two sentences or more), each once, in order.
        keyNameWeights = analyses.map { analysis in
            var seen = Set<Int32>()
            var total = 0.0
            for name in analysis.names {
                guard let position = index.find(name), seen.insert(position).inserted else { continue }
                let count = frequency[Int(position)]
                if count >= 2 { total += log(Double(count)) }
            }
            return total
        }
    }

    /// For each eligible sentence, how much of the article's key names it carries, in 0...1.
    /// A key name occurs in at least two sentences; rarer names say little about the story.
    public func nameSalience() -> [Double] {
        let top = keyNameWeights.max() ?? 0
        return top > 0 ? keyNameWeights.map { $0 / top } : keyNameWeights
    }
}

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
    /// In how many sentences (title and captions included) each name occurs.
    let nameFrequency: [SentenceTerms.Term: Int]

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
        let titleAnalysis = try document.title.map { (title) throws(TriglotTextError) in try analyze(title) }
        graph = SentenceGraph(terms: analyses.map(\.terms), title: titleAnalysis?.terms ?? [])
        // Names count everywhere in the article: a name in the headline or a caption that comes
        // back in the text is one of the story's key names.
        var frequency: [SentenceTerms.Term: Int] = [:]
        var named = analyses.map(\.names)
        for sentence in document.sentences where sentence.role != .body && sentence.text != document.title {
            named.append(all[sentence.index].names)
        }
        if let titleAnalysis { named.append(titleAnalysis.names) }
        for names in named {
            for name in Set(names) { frequency[name, default: 0] += 1 }
        }
        nameFrequency = frequency
    }

    /// For each eligible sentence, how much of the article's key names it carries, in 0...1.
    /// A key name occurs in at least two sentences; rarer names say little about the story.
    public func nameSalience() -> [Double] {
        let raw = analyses.map { analysis in
            // Summed in the sentence's own order, each name once: the same sum on every run.
            var seen = Set<SentenceTerms.Term>()
            var total = 0.0
            for name in analysis.names where seen.insert(name).inserted {
                let count = nameFrequency[name] ?? 0
                if count >= 2 { total += log(Double(count)) }
            }
            return total
        }
        let top = raw.max() ?? 0
        return top > 0 ? raw.map { $0 / top } : raw
    }
}

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

    /// Analyses `document` with `terms` (which must be for the document's language).
    public init(_ document: SummaryDocument, terms: SentenceTerms) throws(TriglotTextError) {
        self.document = document
        eligible = document.sentences.filter { $0.role == .body }.map(\.index)
        var analyses: [SentenceTerms.Analysis] = []
        analyses.reserveCapacity(eligible.count)
        for index in eligible { analyses.append(try terms.analyze(document.sentences[index].text)) }
        self.analyses = analyses
        let title = try document.title.map { (title) throws(TriglotTextError) in try terms.analyze(title).terms } ?? []
        graph = SentenceGraph(sentences: analyses.map(\.terms), title: title)
    }

    /// For each eligible sentence, how much of the article's key names it carries, in 0...1.
    /// A key name occurs in at least two sentences; rarer names say little about the story.
    public func nameSalience() -> [Double] {
        var sentencesWithName: [String: Int] = [:]
        for analysis in analyses {
            for name in Set(analysis.names) { sentencesWithName[name, default: 0] += 1 }
        }
        let raw = analyses.map { analysis in
            Set(analysis.names).reduce(0.0) { total, name in
                let count = sentencesWithName[name] ?? 0
                return count >= 2 ? total + log(Double(count)) : total
            }
        }
        let top = raw.max() ?? 0
        return top > 0 ? raw.map { $0 / top } : raw
    }
}

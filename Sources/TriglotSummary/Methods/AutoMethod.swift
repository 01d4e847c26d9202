import Foundation

/// The default: centrality, a position prior, similarity to the title and the salience of
/// the article's key names, combined with weights measured on the development data
/// (`triglot-bench rouge`), then chosen with redundancy control (MMR).
public struct AutoMethod: SummarizationMethod {
    public let name = "auto"
    public let summary = "centrality + position + title + names, with redundancy control (default)"
    /// Weights of the score's parts.
    public var weights: ScoreParts
    /// How fast the position prior decays: the prior of the sentence at rank r is 1/(1+r)^decay.
    public var positionDecay: Double
    public var relevanceWeight: Double

    /// The measured defaults.
    public init(weights: ScoreParts = ScoreParts(centrality: 0.3, position: 1.0, title: 0.6, names: 0.2),
                positionDecay: Double = 0.8, relevanceWeight: Double = 0.8) {
        self.weights = weights
        self.positionDecay = positionDecay
        self.relevanceWeight = relevanceWeight
    }

    public func scores(for document: AnalyzedDocument) -> [SentenceScore] {
        let centrality = document.graph.centrality()
        let topCentrality = centrality.max() ?? 1
        let names = document.nameSalience()
        let hasTitle = !document.graph.titleVector.isEmpty
        return document.eligible.enumerated().map { rank, index in
            var parts = ScoreParts()
            parts.centrality = topCentrality > 0 ? centrality[rank] / topCentrality : 0
            parts.position = 1 / pow(Double(rank + 1), positionDecay)
            parts.title = hasTitle ? SentenceGraph.cosine(document.graph.vectors[rank], document.graph.titleVector) : 0
            parts.names = names[rank]
            let score = weights.centrality * parts.centrality + weights.position * parts.position
                + weights.title * parts.title + weights.names * parts.names
            return SentenceScore(index: index, score: score, parts: parts)
        }
    }
}

import Foundation

/// The default: centrality (similarity to the document's centroid), a position prior,
/// similarity to the title and the salience of the article's key names, combined with weights
/// measured on the development data (`triglot-bench tune`), then chosen with redundancy control
/// (MMR). On both development sets the measured weight of names is 0: capitalised runs add
/// nothing that position, title and centrality do not already carry; the part is still
/// computed and shown by `--explain`.
public struct AutoMethod: SummarizationMethod {
    public let name = "auto"
    public let summary = "centrality + position + title + names, with redundancy control (default)"
    /// Weights of the score's parts.
    public var weights: ScoreParts
    /// How fast the position prior decays: the prior of the sentence at rank r is 1/(1+r)^decay.
    public var positionDecay: Double
    public var relevanceWeight: Double

    /// The measured defaults (`triglot-bench tune`).
    public init(weights: ScoreParts = ScoreParts(centrality: 0.8, position: 1.0, title: 1.5, names: 0),
                positionDecay: Double = 0.2, relevanceWeight: Double = 0.7) {
        self.weights = weights
        self.positionDecay = positionDecay
        self.relevanceWeight = relevanceWeight
    }

    public func scores(for document: AnalyzedDocument) -> [SentenceScore] {
        let centrality = document.graph.centroidSimilarity()
        let names = document.nameSalience()
        let hasTitle = !document.graph.titleVector.isEmpty
        return document.eligible.enumerated().map { rank, index in
            var parts = ScoreParts()
            parts.centrality = centrality[rank]
            parts.position = 1 / pow(Double(rank + 1), positionDecay)
            parts.title = hasTitle ? SentenceGraph.cosine(document.graph.vectors[rank], document.graph.titleVector) : 0
            parts.names = names[rank]
            let score = weights.centrality * parts.centrality + weights.position * parts.position
                + weights.title * parts.title + weights.names * parts.names
            return SentenceScore(index: index, score: score, parts: parts)
        }
    }
}

/// Picks sentences by score within a length limit, with maximal marginal relevance: each pick
/// trades its score against its similarity to what is already chosen, and a near-duplicate of
/// a chosen sentence is never chosen.
public enum SentenceSelector {
    /// Sentences this similar to a chosen one are never chosen too.
    static let duplicateSimilarity = 0.7

    /// Positions (in eligible order) of the chosen sentences, in document order.
    public static func select(_ scores: [SentenceScore], in document: AnalyzedDocument, length: SummaryLength,
                              relevanceWeight: Double) -> [Int] {
        let count = scores.count
        let budget = length.sentenceBudget(eligible: count)
        guard count > 0, budget > 0 else { return [] }
        let top = scores.map(\.score).max() ?? 1
        let normalized = scores.map { top > 0 ? $0.score / top : 0 }
        var chosen: [Int] = []
        var used = 0
        var candidates = Set(0..<count)
        var closest = [Double](repeating: 0, count: count)  // highest similarity to a chosen sentence
        while chosen.count < budget && !candidates.isEmpty {
            var best: Int?
            var bestValue = -Double.infinity
            for candidate in candidates {
                let value = relevanceWeight * normalized[candidate] - (1 - relevanceWeight) * closest[candidate]
                if value > bestValue || (value == bestValue && candidate < best!) {
                    best = candidate
                    bestValue = value
                }
            }
            guard let pick = best else { break }
            candidates.remove(pick)
            if closest[pick] >= duplicateSimilarity { continue }
            if let cost = length.cost(of: document.analyses[pick]), let limit = length.unitBudget {
                if used + cost > limit { continue }  // too long: a shorter one may still fit
                used += cost
            }
            chosen.append(pick)
            for other in candidates {
                closest[other] = max(closest[other], document.graph.similarity(pick, other))
            }
        }
        return chosen.sorted()
    }
}

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
        var open = [Bool](repeating: true, count: count)  // not yet picked or passed over
        var remaining = count
        var closest = [Double](repeating: 0, count: count)  // highest similarity to a chosen sentence
        while chosen.count < budget && remaining > 0 {
            var best = -1
            var bestValue = -Double.infinity
            // In document order, so the first of equal values wins.
            for candidate in 0..<count where open[candidate] {
                let value = relevanceWeight * normalized[candidate] - (1 - relevanceWeight) * closest[candidate]
                if value > bestValue {
                    best = candidate
                    bestValue = value
                }
            }
            guard best >= 0 else { break }
            let pick = best
            open[pick] = false
            remaining -= 1
            if closest[pick] >= duplicateSimilarity { continue }
            let text = document.document.sentences[document.eligible[pick]].text
            if let cost = length.cost(of: document.analyses[pick], text: text), let limit = length.unitBudget {
                if used + cost > limit { continue }  // too long: a shorter one may still fit
                used += cost
            }
            chosen.append(pick)
            guard chosen.count < budget else { break }
            for other in 0..<count where open[other] {
                closest[other] = max(closest[other], document.graph.similarity(pick, other))
            }
        }
        return chosen.sorted()
    }
}

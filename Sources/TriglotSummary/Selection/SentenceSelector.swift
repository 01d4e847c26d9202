/// Picks sentences by score within a length limit, with maximal marginal relevance: each pick
/// trades its score against its similarity to what is already chosen, and a near-duplicate of
/// a chosen sentence is never chosen.
public enum SentenceSelector {
    /// Sentences this similar to a chosen one are never chosen too.
    static let duplicateSimilarity = 0.7

    /// Positions (in eligible order) of the chosen sentences, in document order.
    public static func select(_ scores: [SentenceScore], in document: AnalyzedDocument, length: SummaryLength,
                              relevanceWeight: Double) -> [Int] {
        select(scores.map(\.score), budget: length.sentenceBudget(eligible: scores.count), unitBudget: length.unitBudget,
               relevanceWeight: relevanceWeight,
               cost: { length.cost(of: document.analyses[$0], text: document.document.sentences[document.eligible[$0]].text) },
               similarity: document.graph.similarity)
    }

    /// Positions of the chosen items among `scores`, in order: at most `budget` of them and,
    /// when `unitBudget` is given, at most that many units by `cost` (but never none: when no
    /// item fits, the first pick alone); `similarity` compares two items for redundancy. Shared
    /// by single and bilingual summaries.
    static func select(_ scores: [Double], budget: Int, unitBudget: Int?, relevanceWeight: Double,
                       cost: (Int) -> Int?, similarity: (Int, Int) -> Double) -> [Int] {
        let count = scores.count
        guard count > 0, budget > 0 else { return [] }
        let top = scores.max() ?? 1
        let normalized = scores.map { top > 0 ? $0 / top : 0 }
        var chosen: [Int] = []
        var used = 0
        var open = [Bool](repeating: true, count: count)  // not yet picked or passed over
        var remaining = count
        var closest = [Double](repeating: 0, count: count)  // highest similarity to a chosen item
        var firstPick: Int?  // the best item, kept when nothing fits the unit budget
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
            if firstPick == nil { firstPick = pick }
            if let limit = unitBudget, let size = cost(pick) {
                if used + size > limit { continue }  // too long: a shorter one may still fit
                used += size
            }
            chosen.append(pick)
            guard chosen.count < budget else { break }
            for other in 0..<count where open[other] {
                closest[other] = max(closest[other], similarity(pick, other))
            }
        }
        // "--words 1" asks for less than any sentence: an empty summary says nothing, and the
        // best sentence, though over the budget, is the shortest faithful answer.
        if chosen.isEmpty, let firstPick { return [firstPick] }
        return chosen.sorted()
    }
}

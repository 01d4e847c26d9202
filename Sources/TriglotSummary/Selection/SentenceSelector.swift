/// Picks sentences by score within a length limit, with maximal marginal relevance: each pick
/// trades its score against its similarity to what is already chosen, and a near-duplicate of
/// a chosen sentence is never chosen.
public enum SentenceSelector {
    /// Sentences this similar to a chosen one are never chosen too.
    static let duplicateSimilarity = 0.7

    /// Positions (in eligible order) of the chosen sentences, in document order. In Chinese, a
    /// quotation or a 《》 title that runs over several sentences is taken whole or not at all.
    public static func select(_ scores: [SentenceScore], in document: AnalyzedDocument, length: SummaryLength,
                              relevanceWeight: Double) -> [Int] {
        let sentences = document.eligible.map { document.document.sentences[$0] }
        return select(scores.map(\.score), budget: length.sentenceBudget(eligible: scores.count), unitBudget: length.unitBudget,
                      relevanceWeight: relevanceWeight,
                      cost: { length.cost(of: document.analyses[$0], text: sentences[$0].text) },
                      similarity: document.graph.similarity,
                      groups: document.document.language == .chinese
                          ? ChineseLength.quotationGroups(sentences.map { ($0.text, $0.paragraph) }) : nil)
    }

    /// Positions of the chosen items among `scores`, in order: at most `budget` of them and,
    /// when `unitBudget` is given, at most that many units by `cost` (but never none: when no
    /// item fits, the first pick alone); `similarity` compares two items for redundancy; items
    /// of one `groups` number are chosen together or not at all. Shared by single, bilingual
    /// and event summaries.
    static func select(_ scores: [Double], budget: Int, unitBudget: Int?, relevanceWeight: Double,
                       cost: (Int) -> Int?, similarity: (Int, Int) -> Double, groups: [Int]? = nil) -> [Int] {
        let count = scores.count
        guard count > 0, budget > 0 else { return [] }
        let top = scores.max() ?? 1
        let normalized = scores.map { top > 0 ? $0 / top : 0 }
        var chosen: [Int] = []
        var used = 0
        var open = [Bool](repeating: true, count: count)  // not yet picked or passed over
        var remaining = count
        var closest = [Double](repeating: 0, count: count)  // highest similarity to a chosen item
        var firstPick: [Int]?  // the best item (with its group), kept when nothing fits the unit budget
        func close(_ items: [Int]) {
            for item in items where open[item] {
                open[item] = false
                remaining -= 1
            }
        }
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
            let members = groups.map { groups in (0..<count).filter { groups[$0] == groups[pick] } } ?? [pick]
            close(members)
            if closest[pick] >= duplicateSimilarity { continue }
            if firstPick == nil { firstPick = members }
            if chosen.count + members.count > budget { continue }
            if let limit = unitBudget {
                let sizes = members.compactMap(cost)
                if sizes.count == members.count {
                    let size = sizes.reduce(0, +)
                    if used + size > limit { continue }  // too long: a shorter one may still fit
                    used += size
                }
            }
            chosen.append(contentsOf: members)
            guard chosen.count < budget else { break }
            for other in 0..<count where open[other] {
                for member in members { closest[other] = max(closest[other], similarity(member, other)) }
            }
        }
        // "--words 1" asks for less than any sentence: an empty summary says nothing, and the
        // best sentence, though over the budget, is the shortest faithful answer.
        if chosen.isEmpty, let firstPick { return firstPick }
        return chosen.sorted()
    }
}

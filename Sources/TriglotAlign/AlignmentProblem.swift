import Foundation

/// One alignment to solve: the two documents' sentence lengths, anchors and punctuation, and
/// the banded dynamic programme over them (see ``SentenceAligner``).
struct AlignmentProblem {
    let sourceLengths: [Double]
    let targetLengths: [Double]
    /// Per sentence, whether its length is an outlier (``LengthOutliers``): one the length model
    /// cannot price.
    private let sourceOutliers: [Bool]
    private let targetOutliers: [Bool]
    let model: LengthModel
    let anchorWeights: [Double]
    /// Per anchor, the weight of having it on one side of a bead only (a common word's is
    /// lower than its shared weight, see ``SentenceAligner/Weights/wordsUnmatched``).
    let unmatchedWeights: [Double]
    let weights: SentenceAligner.Weights
    let sourcePunctuation: PunctuationProfile
    let targetPunctuation: PunctuationProfile
    /// Per kind of mark (one lane per ``PunctuationProfile/Kind``): the cost of a mark on one
    /// side of a bead only, and the reward for a mark on both.
    private let markCost: SIMD8<Double>
    private let markReward: SIMD8<Double>
    /// Per side and per bead size (1 to 4): the anchors of the sentences ending at each index,
    /// merged once here rather than in every cell of the programme.
    private let sourceRuns: [[[Int32]]]
    private let targetRuns: [[[Int32]]]

    init(sourceLengths: [Double], targetLengths: [Double], model: LengthModel, sourceAnchors: [[Int32]],
         targetAnchors: [[Int32]], anchorWeights: [Double], unmatchedWeights: [Double]? = nil, weights: SentenceAligner.Weights,
         sourcePunctuation: PunctuationProfile, targetPunctuation: PunctuationProfile) {
        self.sourcePunctuation = sourcePunctuation
        self.targetPunctuation = targetPunctuation
        var markCost = SIMD8<Double>(repeating: weights.punctuation)
        markCost[PunctuationProfile.Kind.comma.rawValue] *= weights.commaFactor
        markCost[PunctuationProfile.Kind.sentenceEnd.rawValue] *= weights.sentenceEndFactor
        self.markCost = markCost
        markReward = markCost * weights.punctuationReward
        self.sourceLengths = sourceLengths
        self.targetLengths = targetLengths
        sourceOutliers = LengthOutliers.flags(sourceLengths)
        targetOutliers = LengthOutliers.flags(targetLengths)
        self.model = model
        self.anchorWeights = anchorWeights
        self.unmatchedWeights = unmatchedWeights ?? anchorWeights
        self.weights = weights
        sourceRuns = (1...4).map { size in sourceAnchors.indices.map { Self.union(sourceAnchors, max(0, $0 + 1 - size)..<($0 + 1)) } }
        targetRuns = (1...4).map { size in targetAnchors.indices.map { Self.union(targetAnchors, max(0, $0 + 1 - size)..<($0 + 1)) } }
    }

    /// Bead shapes: sentences taken from the source and from the target.
    static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (2, 3), (3, 2), (1, 4), (4, 1)]

    /// The cheapest beads, widening the band until the path stays clear of its edges.
    func solve() -> [Bead] {
        let n = sourceLengths.count, m = targetLengths.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: $0..<($0 + 1), target: 0..<0, score: 0) }
                + (0..<m).map { Bead(source: n..<n, target: $0..<($0 + 1), score: 0) }
        }
        var band = max(weights.band, abs(n - m) + 10)
        while true {
            let (path, touchesEdge) = search(band: band)
            if !touchesEdge || band >= max(n, m) { return path }
            band *= 2
        }
    }

    /// The centre of row `i`'s band: the diagonal from (0, 0) to (n, m).
    private func centre(_ i: Int) -> Int {
        sourceLengths.isEmpty ? 0 : Int((Double(i) * Double(targetLengths.count) / Double(sourceLengths.count)).rounded())
    }

    /// The best path within `band` sentences of the diagonal, and whether it touches the band's edge.
    private func search(band: Int) -> ([Bead], Bool) {
        let n = sourceLengths.count, m = targetLengths.count
        let width = 2 * band + 1
        var cost = [Double](repeating: .infinity, count: (n + 1) * width)
        var back = [UInt8](repeating: 255, count: (n + 1) * width)
        // Computed once per row, not once per bead tried: the division is costlier than the bead.
        let centres = (0...n).map(centre)
        func slot(_ i: Int, _ j: Int) -> Int? {
            let offset = j - centres[i] + band
            return offset >= 0 && offset < width && j >= 0 && j <= m ? i * width + offset : nil
        }
        let priors = Self.shapes.map { prior($0.0, $0.1) }
        cost[slot(0, 0)!] = 0
        for i in 0...n {
            let low = max(0, centres[i] - band), high = min(m, centres[i] + band)
            if low > high { continue }
            for j in low...high {
                guard let here = slot(i, j) else { continue }
                if i == 0 && j == 0 { continue }
                var best = Double.infinity, bestShape: UInt8 = 255
                for (index, shape) in Self.shapes.enumerated() {
                    let pi = i - shape.0, pj = j - shape.1
                    guard pi >= 0, pj >= 0, let previous = slot(pi, pj) else { continue }
                    let before = cost[previous]
                    if before == .infinity { continue }
                    // The length cost is never negative: a bead already dearer without it
                    // cannot win, and erfc, the dearest part, is spared.
                    let partial = before + priors[index] + lexicalCost(pi..<i, pj..<j)
                    if partial >= best { continue }
                    let total = partial + lengthCost(pi..<i, pj..<j)
                    if total < best { best = total; bestShape = UInt8(index) }
                }
                cost[here] = best
                back[here] = bestShape
            }
        }
        var beads: [Bead] = []
        var touches = false
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let here = slot(i, j), back[here] != 255 else { break }
            let offset = j - centres[i] + band
            if (offset == 0 && j > 0) || (offset == width - 1 && j < m) { touches = true }
            let shape = Self.shapes[Int(back[here])]
            let bead = (i - shape.0)..<i, target = (j - shape.1)..<j
            beads.append(Bead(source: bead, target: target, score: beadScore(bead, target)))
            i -= shape.0
            j -= shape.1
        }
        if i > 0 || j > 0 { return ([], true) }  // the band cut every path: widen it
        return (beads.reversed(), touches)
    }

    /// The cost of pairing `source` sentences with `target` sentences.
    func beadCost(_ source: Range<Int>, _ target: Range<Int>) -> Double {
        prior(source.count, target.count) + lengthCost(source, target) + lexicalCost(source, target)
    }

    /// −log prior of a bead of `sourceCount` and `targetCount` sentences.
    private func prior(_ sourceCount: Int, _ targetCount: Int) -> Double {
        switch (sourceCount, targetCount) {
        case (1, 1): return weights.oneOne
        case (1, 0), (0, 1): return weights.deletion
        case (2, 2): return weights.twoTwo
        case (3, 1), (1, 3): return weights.threeOne
        case (2, 3), (3, 2), (1, 4), (4, 1): return weights.wide
        default: return weights.merge
        }
    }

    /// The length model's cost of the bead; nothing for a sentence left unpaired, which has no
    /// length to compare (its prior alone prices it), and a fixed cost for a bead holding an
    /// outlier, whose length says nothing (its anchors and punctuation place it).
    private func lengthCost(_ source: Range<Int>, _ target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty { return 0 }
        if holdsOutlier(source, target) { return weights.outlierLength }
        var sourceLength = 0.0, targetLength = 0.0
        for index in source { sourceLength += sourceLengths[index] }
        for index in target { targetLength += targetLengths[index] }
        return model.cost(source: sourceLength, target: targetLength)
    }

    /// The cost of what the two sides share beyond their lengths: anchors and punctuation.
    private func lexicalCost(_ source: Range<Int>, _ target: Range<Int>) -> Double {
        let (shared, unmatched) = anchorOverlap(source, target)
        return weights.unmatched * unmatched - weights.shared * shared + punctuationCost(source, target)
    }

    /// The cost of the bead's marks: raised by each mark on one side only, lowered by each
    /// on both; nothing for a sentence left unpaired, which has no other side to compare.
    func punctuationCost(_ source: Range<Int>, _ target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty || weights.punctuation == 0 { return 0 }
        let a = sourcePunctuation.counts(in: source), b = targetPunctuation.counts(in: target)
        let unmatched = SIMD8<Double>(pointwiseMax(a, b) &- pointwiseMin(a, b)), matched = SIMD8<Double>(pointwiseMin(a, b))
        return (markCost * unmatched - markReward * matched).sum()
    }

    /// How sure the bead is, from 0 to 1: the length model's probability, raised by shared
    /// anchors and lowered by anchors on one side only; 0 for a sentence left unpaired.
    func beadScore(_ source: Range<Int>, _ target: Range<Int>) -> Double {
        var sourceLength = 0.0, targetLength = 0.0
        for index in source { sourceLength += sourceLengths[index] }
        for index in target { targetLength += targetLengths[index] }
        let (shared, unmatched) = anchorOverlap(source, target)
        let probability = source.isEmpty || target.isEmpty ? 0
            : holdsOutlier(source, target) ? exp(-weights.outlierLength)
            : model.probability(source: sourceLength, target: targetLength)
        return (1 - (1 - probability) * exp(-2 * shared)) * exp(-0.5 * unmatched)
    }

    /// Whether a sentence of the bead is a length outlier.
    private func holdsOutlier(_ source: Range<Int>, _ target: Range<Int>) -> Bool {
        source.contains { sourceOutliers[$0] } || target.contains { targetOutliers[$0] }
    }

    /// The weight of anchors on both sides of a bead, and of those on one side only.
    private func anchorOverlap(_ source: Range<Int>, _ target: Range<Int>) -> (Double, Double) {
        let empty: [Int32] = []
        let left = source.isEmpty ? empty : sourceRuns[source.count - 1][source.upperBound - 1]
        let right = target.isEmpty ? empty : targetRuns[target.count - 1][target.upperBound - 1]
        if left.isEmpty && right.isEmpty { return (0, 0) }
        var shared = 0.0, total = 0.0
        var a = 0, b = 0
        while a < left.count || b < right.count {
            if b == right.count || (a < left.count && left[a] < right[b]) {
                total += unmatchedWeights[Int(left[a])]; a += 1
            } else if a == left.count || right[b] < left[a] {
                total += unmatchedWeights[Int(right[b])]; b += 1
            } else {
                shared += anchorWeights[Int(left[a])]; a += 1; b += 1
            }
        }
        return (shared, total)
    }

    /// The sorted keys of sentences `range`, each once.
    private static func union(_ lists: [[Int32]], _ range: Range<Int>) -> [Int32] {
        if range.isEmpty { return [] }
        if range.count == 1 { return lists[range.lowerBound] }
        var merged: [Int32] = []
        for index in range { merged += lists[index] }
        merged.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(merged.count)
        for key in merged where unique.last != key { unique.append(key) }
        return unique
    }
}

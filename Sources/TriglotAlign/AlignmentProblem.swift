import Foundation

/// One alignment to solve: the two documents' sentence lengths and anchors, and the banded
/// dynamic programme over them (see ``SentenceAligner``).
struct AlignmentProblem {
    let sourceLengths: [Double]
    let targetLengths: [Double]
    let model: LengthModel
    let anchorWeights: [Double]
    let weights: SentenceAligner.Weights
    /// Per side and per bead size (1 to 3): the anchors of the sentences ending at each index,
    /// merged once here rather than in every cell of the programme.
    private let sourceRuns: [[[Int32]]]
    private let targetRuns: [[[Int32]]]

    init(sourceLengths: [Double], targetLengths: [Double], model: LengthModel, sourceAnchors: [[Int32]],
         targetAnchors: [[Int32]], anchorWeights: [Double], weights: SentenceAligner.Weights) {
        self.sourceLengths = sourceLengths
        self.targetLengths = targetLengths
        self.model = model
        self.anchorWeights = anchorWeights
        self.weights = weights
        sourceRuns = (1...3).map { size in sourceAnchors.indices.map { Self.union(sourceAnchors, max(0, $0 + 1 - size)..<($0 + 1)) } }
        targetRuns = (1...3).map { size in targetAnchors.indices.map { Self.union(targetAnchors, max(0, $0 + 1 - size)..<($0 + 1)) } }
    }

    /// Bead shapes: sentences taken from the source and from the target.
    static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3)]

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
        func slot(_ i: Int, _ j: Int) -> Int? {
            let offset = j - centre(i) + band
            return offset >= 0 && offset < width && j >= 0 && j <= m ? i * width + offset : nil
        }
        cost[slot(0, 0)!] = 0
        for i in 0...n {
            let low = max(0, centre(i) - band), high = min(m, centre(i) + band)
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
                    let total = before + beadCost(pi..<i, pj..<j)
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
            let offset = j - centre(i) + band
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
        var sourceLength = 0.0, targetLength = 0.0
        for index in source { sourceLength += sourceLengths[index] }
        for index in target { targetLength += targetLengths[index] }
        let prior: Double
        switch (source.count, target.count) {
        case (1, 1): prior = weights.oneOne
        case (1, 0), (0, 1): prior = weights.deletion
        case (2, 2): prior = weights.twoTwo
        case (3, 1), (1, 3): prior = weights.threeOne
        default: prior = weights.merge
        }
        // A sentence left unpaired has no length to compare: its prior alone prices it.
        let lengthCost = source.isEmpty || target.isEmpty ? 0 : model.cost(source: sourceLength, target: targetLength)
        let (shared, unmatched) = anchorOverlap(source, target)
        return prior + lengthCost - weights.shared * shared + weights.unmatched * unmatched
    }

    /// How sure the bead is, from 0 to 1: the length model's probability, raised by shared
    /// anchors and lowered by anchors on one side only; 0 for a sentence left unpaired.
    func beadScore(_ source: Range<Int>, _ target: Range<Int>) -> Double {
        var sourceLength = 0.0, targetLength = 0.0
        for index in source { sourceLength += sourceLengths[index] }
        for index in target { targetLength += targetLengths[index] }
        let (shared, unmatched) = anchorOverlap(source, target)
        let probability = source.isEmpty || target.isEmpty ? 0 : model.probability(source: sourceLength, target: targetLength)
        return (1 - (1 - probability) * exp(-2 * shared)) * exp(-0.5 * unmatched)
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
                total += anchorWeights[Int(left[a])]; a += 1
            } else if a == left.count || right[b] < left[a] {
                total += anchorWeights[Int(right[b])]; b += 1
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

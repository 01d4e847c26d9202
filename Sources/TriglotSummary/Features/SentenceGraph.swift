/// The sentences of a document as TF-IDF vectors, and the similarities between them.
///
/// Long documents are bounded: past `window` sentences, each sentence is compared only with
/// the `window` sentences around it, so the work grows linearly with length (news puts related
/// sentences near each other, and a 10,000-sentence document would otherwise need 50 million
/// comparisons).
public struct SentenceGraph: Sendable {
    /// Each sentence's terms as (term id, weight), sorted by id, unit length.
    public let vectors: [[(Int32, Double)]]
    /// The title's vector in the same space (empty when there is no title).
    public let titleVector: [(Int32, Double)]
    /// How many neighbours each sentence is compared with at most.
    public let window: Int

    /// Vectors for `sentences` (each a list of terms) and an optional title.
    public init(sentences: [[String]], title: [String] = [], window: Int = 200) {
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(sentences.count * 8)
        var documentFrequency: [Int32] = []
        let counted: [[Int32: Int]] = sentences.map { terms in
            var counts: [Int32: Int] = [:]
            for term in terms {
                let id: Int32
                if let known = ids[term] {
                    id = known
                } else {
                    id = Int32(ids.count)
                    ids[term] = id
                    documentFrequency.append(0)
                }
                counts[id, default: 0] += 1
            }
            for id in counts.keys { documentFrequency[Int(id)] += 1 }
            return counts
        }
        let count = Double(max(sentences.count, 1))
        // BM25's idf: terms in every sentence weigh little, never nothing.
        let idf = documentFrequency.map { log(1 + (count - Double($0) + 0.5) / (Double($0) + 0.5)) }
        func vector(_ counts: [Int32: Int]) -> [(Int32, Double)] {
            // Sorted before summing: a dictionary's order changes from run to run, and so would
            // the last bits of the norm, and with them ties between sentences.
            var entries = counts.map { id, frequency in (id, (1 + log(Double(frequency))) * idf[Int(id)]) }
                .sorted { $0.0 < $1.0 }
            let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { entries = entries.map { ($0.0, $0.1 / norm) } }
            return entries
        }
        vectors = counted.map(vector)
        var titleCounts: [Int32: Int] = [:]
        for term in title { if let id = ids[term] { titleCounts[id, default: 0] += 1 } }
        titleVector = vector(titleCounts)
        self.window = window
    }

    /// The number of sentences.
    public var count: Int { vectors.count }

    /// Cosine similarity of two unit vectors.
    public static func cosine(_ a: [(Int32, Double)], _ b: [(Int32, Double)]) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < a.count && j < b.count {
            if a[i].0 == b[j].0 { sum += a[i].1 * b[j].1; i += 1; j += 1 }
            else if a[i].0 < b[j].0 { i += 1 }
            else { j += 1 }
        }
        return sum
    }

    /// Similarity of sentences `i` and `j`.
    public func similarity(_ i: Int, _ j: Int) -> Double { Self.cosine(vectors[i], vectors[j]) }

    /// The sentences compared with sentence `i`: all others, or those within the window.
    public func neighbours(of i: Int) -> Range<Int> {
        guard count > window else { return 0..<count }
        let lower = max(0, min(i - window / 2, count - window))
        return lower..<(lower + window)
    }

    /// Each sentence's similarity to the document's centroid (the sum of all sentence vectors),
    /// relative to the highest: how much of what the whole document is about it says.
    /// Linear in the document's size, unlike the pairwise graph.
    public func centroidSimilarity() -> [Double] {
        var centre: [Int32: Double] = [:]
        for vector in vectors { for (id, weight) in vector { centre[id, default: 0] += weight } }
        let sorted = centre.sorted { $0.key < $1.key }
        let norm = sorted.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        guard norm > 0 else { return vectors.map { _ in 0 } }
        let centroid = sorted.map { ($0.key, $0.value / norm) }
        let similarities = vectors.map { Self.cosine($0, centroid) }
        let top = similarities.max() ?? 0
        return top > 0 ? similarities.map { $0 / top } : similarities
    }

    /// PageRank over the similarity graph: each sentence's centrality, summing to 1.
    /// `threshold` drops weak edges (LexRank uses 0.1); `damping` is the usual 0.85.
    public func centrality(threshold: Double = 0, damping: Double = 0.85, iterations: Int = 50) -> [Double] {
        let n = count
        guard n > 0 else { return [] }
        if n == 1 { return [1] }
        // Weighted adjacency as lists, with each row's total for normalisation.
        var edges: [[(Int, Double)]] = Array(repeating: [], count: n)
        var totals = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in neighbours(of: i) where j > i {
                let weight = similarity(i, j)
                guard weight > threshold else { continue }
                edges[i].append((j, weight))
                edges[j].append((i, weight))
                totals[i] += weight
                totals[j] += weight
            }
        }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = rank
        let base = (1 - damping) / Double(n)
        for _ in 0..<iterations {
            // Sentences with no edges spread their rank evenly (the random jump).
            var dangling = 0.0
            for i in 0..<n where totals[i] == 0 { dangling += rank[i] }
            let spread = damping * dangling / Double(n)
            for i in 0..<n { next[i] = base + spread }
            for i in 0..<n where totals[i] > 0 {
                let share = damping * rank[i] / totals[i]
                for (j, weight) in edges[i] { next[j] += share * weight }
            }
            var change = 0.0
            for i in 0..<n { change += abs(next[i] - rank[i]) }
            swap(&rank, &next)
            if change < 1e-9 { break }
        }
        return rank
    }
}

import Foundation

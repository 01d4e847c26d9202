/// The sentences of a document as TF-IDF vectors, and the similarities between them.
///
/// Long documents are bounded: past `window` sentences, each sentence is compared only with
/// the `window` sentences around it, so the work grows linearly with length (news puts related
/// sentences near each other, and a 10,000-sentence document would otherwise need 50 million
/// comparisons).
public struct SentenceGraph: Sendable {
    /// Each sentence's terms as (term index, weight), sorted by index, unit length. Indices
    /// number the document's distinct terms from 0 in order of appearance.
    public let vectors: [[(Int32, Double)]]
    /// The title's vector in the same space (empty when there is no title).
    public let titleVector: [(Int32, Double)]
    /// The number of distinct terms in the document.
    public let termCount: Int
    /// How many neighbours each sentence is compared with at most.
    public let window: Int

    /// Vectors for `sentences` (each a list of terms, see ``SentenceTerms/Term``) and a title.
    public init(terms sentences: [[UInt64]], title: [UInt64] = [], window: Int = 200) {
        // Dense indices, so that counting, weighting and the centroid use arrays, not hashes.
        var index = TermIndex(capacity: sentences.reduce(0) { $0 + $1.count } + 1)
        var documentFrequency: [Int32] = []
        var lastSeenIn: [Int32] = []
        var indexed: [[Int32]] = []
        indexed.reserveCapacity(sentences.count)
        for (number, terms) in sentences.enumerated() {
            var dense = [Int32]()
            dense.reserveCapacity(terms.count)
            for term in terms {
                let (position, added) = index.index(of: term)
                if added {
                    documentFrequency.append(0)
                    lastSeenIn.append(-1)
                }
                if lastSeenIn[Int(position)] != Int32(number) {
                    lastSeenIn[Int(position)] = Int32(number)
                    documentFrequency[Int(position)] += 1
                }
                dense.append(position)
            }
            dense.sort()
            indexed.append(dense)
        }
        let count = Double(max(sentences.count, 1))
        // BM25's idf: terms in every sentence weigh little, never nothing.
        let idf = documentFrequency.map { log(1 + (count - Double($0) + 0.5) / (Double($0) + 0.5)) }
        // Sorted indices with repeats: runs are term frequencies.
        func vector(_ sorted: [Int32]) -> [(Int32, Double)] {
            var entries: [(Int32, Double)] = []
            var position = 0
            while position < sorted.count {
                var end = position + 1
                while end < sorted.count && sorted[end] == sorted[position] { end += 1 }
                let frequency = end - position
                let weight = frequency == 1 ? 1 : 1 + log(Double(frequency))
                entries.append((sorted[position], weight * idf[Int(sorted[position])]))
                position = end
            }
            let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { entries = entries.map { ($0.0, $0.1 / norm) } }
            return entries
        }
        vectors = indexed.map(vector)
        titleVector = vector(title.compactMap { index.find($0) }.sorted())
        termCount = index.count
        self.window = window
    }

    /// Vectors for sentences given as words (for tests and callers without ``SentenceTerms``).
    public init(sentences: [[String]], title: [String] = [], window: Int = 200) {
        var numbers: [String: UInt64] = [:]
        func number(_ word: String) -> UInt64 {
            if let known = numbers[word] { return known }
            numbers[word] = UInt64(numbers.count)
            return UInt64(numbers.count - 1)
        }
        let terms = sentences.map { $0.map(number) }
        self.init(terms: terms, title: title.map(number), window: window)
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
        var centre = [Double](repeating: 0, count: termCount)
        for vector in vectors { for (term, weight) in vector { centre[Int(term)] += weight } }
        let norm = centre.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return vectors.map { _ in 0 } }
        let similarities = vectors.map { vector in vector.reduce(0) { $0 + $1.1 * centre[Int($1.0)] } / norm }
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

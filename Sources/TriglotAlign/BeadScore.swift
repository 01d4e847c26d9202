/// Precision, recall and F1 of test beads against gold beads, strict and lax, as vecalign's
/// score.py computes them (so figures compare with published ones): a test bead is a strict
/// hit when gold has it exactly, a lax hit when some gold bead shares a source sentence with it
/// and pairs that source with one of its target sentences. Precision counts every test bead but
/// the empty ones; recall swaps the roles with deletions (1-0, 0-1) left out on both sides.
public struct BeadScore: Sendable {
    /// Precision, recall and F1 of one kind of match.
    public struct Figures: Sendable {
        /// Hits over test beads.
        public let precision: Double
        /// Hits over gold beads.
        public let recall: Double
        /// Their harmonic mean.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Exact beads.
    public let strict: Figures
    /// Overlapping beads.
    public let lax: Figures

    /// A bead as lists of sentence indices: hand-made gold beads may skip a sentence ([4, 7]:[4, 5]).
    public struct Link: Hashable, Sendable {
        /// Source sentence indices.
        public let source: [Int]
        /// Target sentence indices.
        public let target: [Int]

        /// A bead of these sentences.
        public init(source: [Int], target: [Int]) {
            self.source = source
            self.target = target
        }

        /// The sentences of `bead`.
        public init(_ bead: Bead) { self.init(source: Array(bead.source), target: Array(bead.target)) }
    }

    /// The scores of `test` against `gold`, document by document, counts summed over documents.
    public init(gold: [[Bead]], test: [[Bead]]) {
        self.init(gold: gold.map { $0.map(Link.init) }, test: test.map { $0.map(Link.init) })
    }

    /// The scores of `test` against `gold`, document by document, counts summed over documents.
    public init(gold: [[Link]], test: [[Link]]) {
        var precision = (0, 0, 0, 0), recall = (0, 0, 0, 0)
        for (goldBeads, testBeads) in zip(gold, test) {
            let p = Self.counts(gold: goldBeads, test: testBeads)
            precision = (precision.0 + p.0, precision.1 + p.1, precision.2 + p.2, precision.3 + p.3)
            let full = { (bead: Link) in !bead.source.isEmpty && !bead.target.isEmpty }
            let r = Self.counts(gold: testBeads.filter(full), test: goldBeads.filter(full))
            recall = (recall.0 + r.0, recall.1 + r.1, recall.2 + r.2, recall.3 + r.3)
        }
        func ratio(_ hits: Int, _ misses: Int) -> Double { hits + misses == 0 ? 0 : Double(hits) / Double(hits + misses) }
        strict = Figures(precision: ratio(precision.0, precision.1), recall: ratio(recall.0, recall.1))
        lax = Figures(precision: ratio(precision.2, precision.3), recall: ratio(recall.2, recall.3))
    }

    /// Strict hits, strict misses, lax hits, lax misses of `test` beads against `gold`.
    static func counts(gold: [Link], test: [Link]) -> (Int, Int, Int, Int) {
        typealias Key = Link
        let goldSet = Set(gold.filter { !$0.source.isEmpty || !$0.target.isEmpty })
        var goldTargets: [Int: Set<Int>] = [:]
        for bead in gold { for s in bead.source { goldTargets[s, default: []].formUnion(bead.target) } }
        var counts = (0, 0, 0, 0)
        var seen = Set<Key>()
        for bead in test where !bead.source.isEmpty || !bead.target.isEmpty {
            let key = bead
            guard seen.insert(key).inserted else { continue }  // score.py works on sets
            if goldSet.contains(key) {
                counts.0 += 1; counts.2 += 1
            } else if bead.source.contains(where: { !(goldTargets[$0] ?? []).isDisjoint(with: bead.target) }) {
                counts.1 += 1; counts.2 += 1
            } else {
                counts.1 += 1; counts.3 += 1
            }
        }
        return counts
    }
}

/// A paired bootstrap of system A minus system B over the same documents, so that a difference
/// in mean scores comes with an interval saying whether it could be chance.
///
/// Documents are resampled with replacement, both systems together; the interval is the
/// percentile interval of the resampled mean differences. The generator is seeded, so the same
/// inputs always give the same interval and reports stay reproducible.
public struct PairedBootstrap: Sendable, Hashable {
    /// Mean of A minus B over the original documents.
    public let meanDifference: Double
    /// Lower end of the interval; above 0 means A is better beyond resampling noise.
    public let lower: Double
    /// Upper end of the interval; below 0 means B is better beyond resampling noise.
    public let upper: Double
    /// The coverage asked for, e.g. 0.95.
    public let confidence: Double
    /// How many resamples the interval rests on.
    public let resamples: Int

    /// Bootstraps per-document scores `a` and `b` (same documents, same order); nil when there
    /// are no documents, since there is then nothing to compare.
    public init?(
        a: [Double], b: [Double], resamples: Int = 1000, confidence: Double = 0.95, seed: UInt64 = 20_220_704
    ) {
        precondition(a.count == b.count, "paired bootstrap needs one score per document from each system")
        precondition(resamples > 0 && confidence > 0 && confidence < 1)
        guard !a.isEmpty else { return nil }
        let differences = zip(a, b).map { $0 - $1 }
        let n = differences.count
        var generator = SplitMix64(seed: seed)
        var means: [Double] = []
        means.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var sum = 0.0
            for _ in 0..<n { sum += differences[generator.index(below: n)] }
            means.append(sum / Double(n))
        }
        means.sort()
        let tail = (1 - confidence) / 2
        self.meanDifference = differences.reduce(0, +) / Double(n)
        self.lower = Self.percentile(means, tail)
        self.upper = Self.percentile(means, 1 - tail)
        self.confidence = confidence
        self.resamples = resamples
    }

    // Linear interpolation between closest ranks (numpy's default), so the ends do not jump
    // with the resample count.
    private static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return sorted[below] + (sorted[above] - sorted[below]) * fraction
    }
}

/// SplitMix64: tiny, fast, and its output is fixed by the seed on every platform and Swift
/// version, unlike the system generator. The bootstrap and every benchmark that draws use it.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose whole output is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound (0 when bound is 0).
    // The high word of a 128-bit product maps 64 random bits onto 0..<bound; the bias is below
    // bound / 2^64, far under anything a bootstrap can notice.
    public mutating func index(below bound: Int) -> Int {
        Int(UInt64(max(0, bound)).multipliedFullWidth(by: next()).high)
    }

    /// A uniform double in [0, 1).
    public mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

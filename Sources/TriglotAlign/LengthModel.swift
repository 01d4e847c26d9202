import Foundation

/// Gale and Church's length model: a sentence's translation is about `ratio` times as long,
/// with a variance growing with the length, so a bead's cost is the improbability of its
/// length difference. Lengths are characters, with each Chinese character counted as the
/// number of Latin characters one stands for in these very documents (see ``SentenceLength``),
/// so the model is fair across scripts without a table per language pair.
struct LengthModel: Sendable {
    /// Target length per unit of source length, measured on the two documents.
    let ratio: Double
    /// Variance of the length difference per unit of length (Gale and Church: 6.8).
    let variance: Double

    /// The model for two documents of these sentence lengths; an outlier sentence (see
    /// ``LengthOutliers``) counts as a typical one, so one blob does not set the ratio.
    init(source: [Double], target: [Double], variance: Double = 6.8) {
        let source = LengthOutliers.tamed(source, LengthOutliers.flags(source))
        let target = LengthOutliers.tamed(target, LengthOutliers.flags(target))
        let total = source.reduce(0, +)
        ratio = total > 0 ? max(0.05, target.reduce(0, +) / total) : 1
        self.variance = variance
    }

    /// How far apart the lengths are, in standard deviations.
    func deviation(source: Double, target: Double) -> Double {
        let mean = (source + target / ratio) / 2
        guard mean > 0 else { return 0 }
        return (target - source * ratio) / (mean * variance * ratio).squareRoot()
    }

    /// −log of the two-sided probability of a deviation at least this large.
    func cost(source: Double, target: Double) -> Double {
        let z = abs(deviation(source: source, target: target))
        // erfc underflows past 26; its asymptotic form keeps costs ordered there.
        if z > 20 { return z * z / 2 + log(z / 2.0.squareRoot() * Double.pi.squareRoot()) }
        return -log(max(erfc(z / 2.0.squareRoot()), 1e-300))
    }

    /// The probability of a deviation at least this large (for reporting a bead's score).
    func probability(source: Double, target: Double) -> Double {
        erfc(abs(deviation(source: source, target: target)) / 2.0.squareRoot())
    }
}

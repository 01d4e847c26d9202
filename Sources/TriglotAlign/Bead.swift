/// One unit of a sentence alignment: consecutive sentences of the source paired with
/// consecutive sentences of the target (either side may be empty: a sentence left unpaired).
public struct Bead: Equatable, Sendable {
    /// The source sentences, by index.
    public let source: Range<Int>
    /// The target sentences, by index.
    public let target: Range<Int>
    /// How sure the aligner is of the bead, from 0 to 1.
    public let score: Double

    /// A bead of `source` and `target` sentences with `score`.
    public init(source: Range<Int>, target: Range<Int>, score: Double = 1) {
        self.source = source
        self.target = target
        self.score = score
    }

    /// The bead's shape, as "1-1", "2-1", "1-0".
    public var kind: String { "\(source.count)-\(target.count)" }

    /// The bead as vecalign and Bleualign write it: `[0, 1]:[0]`, `[3]:[]`.
    public var vecalignNotation: String {
        "[" + source.map(String.init).joined(separator: ", ") + "]:[" + target.map(String.init).joined(separator: ", ") + "]"
    }
}

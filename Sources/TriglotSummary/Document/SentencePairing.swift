/// Sentences of an article and of its translation that translate each other (a bead of a
/// sentence alignment), by index into each document's sentences; either side may be empty.
public struct SentencePairing: Sendable, Equatable {
    /// The article's sentences.
    public let source: Range<Int>
    /// The translation's sentences.
    public let target: Range<Int>

    /// Pairs `source` sentences with `target` sentences.
    public init(source: Range<Int>, target: Range<Int>) {
        self.source = source
        self.target = target
    }
}

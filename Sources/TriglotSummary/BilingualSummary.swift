import TriglotText

/// A summary of an article and its translation as sentence pairs.
public struct BilingualSummary: Sendable {
    /// One pairing's score: the mean of its two sides' scores.
    public struct PairScore: Sendable, Equatable {
        /// Position of the pairing in the list given.
        public let index: Int
        /// The pairing.
        public let pairing: SentencePairing
        /// The combined score that ranks it.
        public let score: Double
        /// The article side's score, relative to the article's best sentence (0...1).
        public let sourceScore: Double
        /// The translation side's score, relative to the translation's best sentence (0...1).
        public let targetScore: Double
    }

    /// The article.
    public let source: SummaryDocument
    /// Its translation.
    public let target: SummaryDocument
    /// The method's name.
    public let method: String
    /// The chosen pairs, in document order.
    public let selected: [PairScore]
    /// Every eligible pair (both sides present, body sentences only), in document order.
    public let scores: [PairScore]
}

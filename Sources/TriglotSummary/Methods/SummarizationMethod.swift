import TriglotText

/// The parts a sentence's score is made of, each in 0...1 (0 when a method does not use it).
public struct ScoreParts: Sendable, Equatable {
    /// Centrality in the document's similarity graph, relative to the most central sentence.
    public var centrality = 0.0
    /// The prior for its position: news puts key facts first.
    public var position = 0.0
    /// Similarity to the title.
    public var title = 0.0
    /// Salience of the article's key names it carries.
    public var names = 0.0

    public init(centrality: Double = 0, position: Double = 0, title: Double = 0, names: Double = 0) {
        self.centrality = centrality
        self.position = position
        self.title = title
        self.names = names
    }
}

/// A sentence's score under a method.
public struct SentenceScore: Sendable, Equatable {
    /// The sentence's index in ``SummaryDocument/sentences``.
    public let index: Int
    /// The score that ranks it.
    public let score: Double
    /// What the score is made of.
    public let parts: ScoreParts

    public init(index: Int, score: Double, parts: ScoreParts) {
        self.index = index
        self.score = score
        self.parts = parts
    }
}

/// One way of choosing sentences: it scores the eligible sentences, and says how much
/// redundancy control the selection should apply.
public protocol SummarizationMethod: Sendable {
    /// The name users give on the command line.
    var name: String { get }
    /// One line for `--help`.
    var summary: String { get }
    /// The weight of score against novelty in MMR selection (1: score only).
    var relevanceWeight: Double { get }
    /// A score for each eligible sentence, in ``AnalyzedDocument/eligible`` order.
    func scores(for document: AnalyzedDocument) -> [SentenceScore]
}

extension SummarizationMethod {
    public var relevanceWeight: Double { 1 }
}

/// The first sentences: the baseline every news summarizer must beat.
public struct LeadMethod: SummarizationMethod {
    public let name = "lead"
    public let summary = "the first sentences (the baseline)"

    public init() {}

    public func scores(for document: AnalyzedDocument) -> [SentenceScore] {
        document.eligible.enumerated().map { rank, index in
            let position = 1 / Double(rank + 1)
            return SentenceScore(index: index, score: position, parts: ScoreParts(position: position))
        }
    }
}

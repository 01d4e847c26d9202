/// Graph centrality (TextRank/LexRank): PageRank over TF-IDF cosine similarities.
public struct TextRankMethod: SummarizationMethod {
    public let name: String
    public let summary: String
    /// Edges weaker than this are dropped (0 for TextRank, 0.1 for LexRank).
    public let threshold: Double

    /// TextRank: every similarity is an edge.
    public static let textRank = TextRankMethod(name: "textrank", summary: "graph centrality over all sentence similarities (TextRank)", threshold: 0)
    /// LexRank: only similarities above 0.1 are edges.
    public static let lexRank = TextRankMethod(name: "lexrank", summary: "graph centrality over similarities above 0.1 (LexRank)", threshold: 0.1)

    public init(name: String, summary: String, threshold: Double) {
        self.name = name
        self.summary = summary
        self.threshold = threshold
    }

    public func scores(for document: AnalyzedDocument) -> [SentenceScore] {
        let centrality = document.graph.centrality(threshold: threshold)
        let top = centrality.max() ?? 1
        return zip(document.eligible, centrality).map { index, value in
            let relative = top > 0 ? value / top : 0
            return SentenceScore(index: index, score: relative, parts: ScoreParts(centrality: relative))
        }
    }
}

import TriglotText

/// A summary: the chosen sentences in document order, with every eligible sentence's score
/// for explanations.
public struct Summary: Sendable {
    /// The document summarized.
    public let document: SummaryDocument
    /// The method's name.
    public let method: String
    /// The chosen sentences' scores, in document order.
    public let selected: [SentenceScore]
    /// Every eligible sentence's score, in document order.
    public let scores: [SentenceScore]

    /// The chosen sentences' texts, in document order.
    public var sentences: [String] { selected.map { document.sentences[$0.index].text } }
}

/// Summarizes documents. Keeps one analyser per language, so reuse it across documents;
/// not thread-safe: make one per thread.
public final class Summarizer {
    private let names: TermSet
    private var analysers: [Language: SentenceTerms] = [:]

    /// A summarizer that treats `names` (e.g. glossary entries) as single terms and names.
    public init(names: TermSet = TermSet()) {
        self.names = names
    }

    /// Summarizes `document` with `method` within `length`.
    public func summarize(_ document: SummaryDocument, method: any SummarizationMethod = AutoMethod(),
                          length: SummaryLength = .automatic) throws(SummaryError) -> Summary {
        try length.validate()
        let analysed: AnalyzedDocument
        do {
            analysed = try AnalyzedDocument(document, terms: try analyser(for: document.language))
        } catch {
            throw .text(error)
        }
        return try Self.summarize(analysed, method: method, length: length)
    }

    /// Summarizes a document already analysed, for callers that score one analysis many ways
    /// (evaluations, tuning); thread-safe.
    public static func summarize(_ analysed: AnalyzedDocument, method: any SummarizationMethod = AutoMethod(),
                                 length: SummaryLength = .automatic) throws(SummaryError) -> Summary {
        try length.validate()
        let scores = method.scores(for: analysed)
        let chosen = SentenceSelector.select(scores, in: analysed, length: length, relevanceWeight: method.relevanceWeight)
        return Summary(document: analysed.document, method: method.name, selected: chosen.map { scores[$0] }, scores: scores)
    }

    /// The analyser for `language`, made once.
    func analyser(for language: Language) throws(TriglotTextError) -> SentenceTerms {
        if let known = analysers[language] { return known }
        let made = try SentenceTerms(language: language, names: names)
        analysers[language] = made
        return made
    }
}

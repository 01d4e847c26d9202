import TriglotAlign
import TriglotNames
import TriglotSummary
import TriglotText

/// The summary of an article and its translation as sentence pairs (`summarize --parallel`):
/// both read into documents (language and headline detected), aligned as `align` aligns them,
/// and summarized together.
public struct BilingualSummaryWorkflow {
    private let glossary: Glossary

    /// A workflow aligning with `glossary`'s names as anchors.
    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    /// The summary of `source` and its translation `target`.
    public func run(source: String, target: String, method: any SummarizationMethod,
                    length: SummaryLength) throws(KitError) -> BilingualSummary {
        // Read and aligned exactly as `align` reads and aligns them (the language detected).
        let alignment = try AlignWorkflow(glossary: glossary).run(sourceText: source, targetText: target)
        let beads = alignment.beads
        do {
            return try Summarizer().summarize(alignment.sourceDocument, alignment.targetDocument,
                                              pairings: beads.map { SentencePairing(source: $0.source, target: $0.target) },
                                              method: method, length: length)
        } catch {
            throw .summary(error)
        }
    }
}

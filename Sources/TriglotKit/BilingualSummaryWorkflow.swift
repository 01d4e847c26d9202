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
        let documents: [SummaryDocument]
        let beads: [Bead]
        do {
            documents = [try SummaryDocument(text: source), try SummaryDocument(text: target)]
            let sentences = documents.map { $0.sentences.map(\.text.collapsingWhitespace) }
            beads = try SentenceAligner(glossary: glossary).align(source: sentences[0], target: sentences[1],
                                                                 sourceLanguage: documents[0].language,
                                                                 targetLanguage: documents[1].language)
        } catch {
            throw .text(error)
        }
        do {
            return try Summarizer().summarize(documents[0], documents[1],
                                              pairings: beads.map { SentencePairing(source: $0.source, target: $0.target) },
                                              method: method, length: length)
        } catch {
            throw .summary(error)
        }
    }
}

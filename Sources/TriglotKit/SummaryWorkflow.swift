import TriglotSummary
import TriglotText

/// The summary of one article (`triglot summarize FILE`): the article read into a ``Document``
/// by the language policy (its headline the title unless one is given, captions set aside),
/// and its key sentences chosen by a method, to a length.
public struct SummaryWorkflow {
    private let method: any SummarizationMethod
    private let length: SummaryLength
    private let summarizer = Summarizer()
    /// Sentence segmenters made once per forced language (nil: detected), as the batch keeps one
    /// per worker: opening ICU's break iterator for every article costs as much as summarizing it.
    private let segmenters = SegmenterCache()

    /// A workflow summarizing by `method` to `length` (one summarizer for every article it is given).
    public init(method: any SummarizationMethod, length: SummaryLength) {
        self.method = method
        self.length = length
    }

    /// The summary of `text`, its language chosen by `policy`; a `title` given wins over a headline
    /// found; `length`, when given, instead of the workflow's (a server's requests each ask their own).
    public func run(_ text: String, policy: LanguagePolicy = .detect, title: String? = nil,
                    length: SummaryLength? = nil) throws(KitError) -> Summary {
        let document: Document
        do {
            document = try Document(text: text, policy: policy, title: title, segmenter: try segmenters.segmenter(for: policy.forcedLanguage))
        } catch {
            throw .text(error)
        }
        do {
            return try summarizer.summarize(document, method: method, length: length ?? self.length)
        } catch {
            throw .summary(error)
        }
    }
}

/// The segmenters of one ``SummaryWorkflow`` or ``EventSummaryWorkflow``, by the language they
/// are forced to (not thread-safe, like the workflow's summarizer).
final class SegmenterCache {
    private var made: [Language?: SentenceSegmenter] = [:]

    func segmenter(for language: Language?) throws(TriglotTextError) -> SentenceSegmenter {
        if let segmenter = made[language] { return segmenter }
        let segmenter = try SentenceSegmenter(language: language)
        made[language] = segmenter
        return segmenter
    }
}

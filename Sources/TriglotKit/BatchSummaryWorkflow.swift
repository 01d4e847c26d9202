import Foundation
import TriglotFormats
import TriglotSummary
import TriglotText

/// The summaries of a JSON Lines batch (`summarize --jsonl`): each line `{"id", "text", "title"?}`
/// gives `{"id", …, "language", "summary": [sentences], "indices": [...]}`, through a
/// ``JSONLinesBatch`` (in input order, on every core, streaming, error records in place).
public struct BatchSummaryWorkflow: JSONLinesTask {
    let method: any SummarizationMethod
    let length: SummaryLength
    let language: LanguagePolicy
    let stopAtFirstError: Bool

    /// A batch summarizing each article by `method` to `length`, its language chosen by `language`.
    public init(method: any SummarizationMethod, length: SummaryLength, language: LanguagePolicy, stopAtFirstError: Bool = false) {
        self.method = method
        self.length = length
        self.language = language
        self.stopAtFirstError = stopAtFirstError
    }

    /// One input line (see ``JSONLinesBatch/Line``).
    public typealias Line = JSONLinesBatch.Line
    /// How a run ended (see ``JSONLinesBatch/Outcome``).
    public typealias Outcome = JSONLinesBatch.Outcome

    /// One article: its text and title.
    public struct Article: Sendable {
        let text: String
        let title: String?
    }

    public var ownKeys: Set<String> { ["text", "title", "language", "summary", "indices"] }

    public func input(from record: JSONLinesRecord) throws(KitError) -> Article {
        Article(text: try record.string("text"), title: record.text("title"))
    }

    /// One summarizer and segmenter per worker: they hold ICU handles, not thread-safe.
    public func makeWorker() -> (Summarizer, SentenceSegmenter?) {
        (Summarizer(), try? SentenceSegmenter(language: language.forcedLanguage))
    }

    public func result(for article: Article, worker: inout (Summarizer, SentenceSegmenter?)) throws -> [(key: String, value: JSONOutput)] {
        let document = try Document(text: article.text, policy: language, title: article.title, segmenter: worker.1)
        let summary = try worker.0.summarize(document, method: method, length: length)
        return [("language", .string(document.language.code)), ("summary", .strings(summary.sentences.map(\.collapsingWhitespace))),
                ("indices", .array(summary.selected.map { .int($0.index) }))]
    }

    /// Reads lines from `next` (nil at the end) and gives each result line to `write`, in input
    /// order, as soon as it and those before it are done; `write` is called under a lock, one
    /// run of ready lines at a time, and then `flush`. `progress` hears each line done.
    public func run(next: () throws -> Line?, write: @escaping @Sendable (String) -> Void, flush: @escaping @Sendable () -> Void,
                    progress: (@Sendable () -> Void)? = nil) rethrows -> Outcome {
        try JSONLinesBatch(stopAtFirstError: stopAtFirstError).run(self, next: next, write: write, flush: flush, progress: progress)
    }
}

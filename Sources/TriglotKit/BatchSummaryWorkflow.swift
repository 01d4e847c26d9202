import Dispatch
import Foundation
import TriglotFormats
import TriglotSummary
import TriglotText

/// The summaries of a JSON Lines batch (`summarize --jsonl`): one JSON line out per input line,
/// in input order, on every core, streaming: each result is written as soon as it and those before it are done, and only
/// a bounded window of lines is in flight, so memory does not grow with the input and a reader
/// downstream (a co-process, a Spark partition) sees results while input still arrives.
///
/// A line that cannot be summarized (not JSON, no "text", not UTF-8, too long) gives an error
/// record `{"line": N, "id": …, "error": "…"}` in its place and the run goes on (the caller
/// learns how many failed). `stopAtFirstError` stops reading at the first such line instead.
public struct BatchSummaryWorkflow {
    let method: any SummarizationMethod
    let length: SummaryLength
    let language: Language?
    let stopAtFirstError: Bool

    /// A batch summarizing each article by `method` to `length`, in `language` (nil: detected).
    public init(method: any SummarizationMethod, length: SummaryLength, language: Language?, stopAtFirstError: Bool = false) {
        self.method = method
        self.length = length
        self.language = language
        self.stopAtFirstError = stopAtFirstError
    }

    /// One input line: its number and text, or why it could not be read (not UTF-8, too long).
    public enum Line: Sendable {
        case line(number: Int, text: String)
        case bad(number: Int, reason: String)
    }

    /// How a run ended.
    public struct Outcome: Sendable {
        /// Lines read (blank lines aside).
        public let lines: Int
        /// Lines written as error records.
        public let failures: Int
    }

    /// Keys the batch writes; an input field of the same name is not passed through.
    static let ownKeys: Set<String> = ["id", "text", "title", "language", "summary", "indices", "error", "line"]

    /// One article of the batch: its raw id and the raw fields to pass through.
    struct Article: Sendable {
        let id: String
        let text: String
        let title: String?
        let passThrough: [(key: String, raw: String)]
    }

    /// One input line, read: an article to summarize, or the error record to write in its place.
    enum Item: Sendable {
        case article(Article)
        case failed(String)
    }

    /// Reads lines from `next` (nil at the end) and gives each result line to `write`, in input
    /// order, as soon as it and those before it are done; `write` is called under a lock, one
    /// run of ready lines at a time, and then `flush`. `progress` hears each line done.
    public func run(next: () throws -> Line?, write: @escaping @Sendable (String) -> Void, flush: @escaping @Sendable () -> Void,
                    progress: (@Sendable () -> Void)? = nil) rethrows -> Outcome {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let queue = WorkQueue(capacity: 4 * workers)
        let writer = OrderedWriter(window: 8 * workers, write: write, flush: flush)
        let method = self.method, length = self.length, language = self.language
        for _ in 0..<workers {
            // One summarizer and segmenter per worker: they hold ICU handles, not thread-safe.
            Thread.detachNewThread {
                let summarizer = Summarizer()
                let segmenter = try? SentenceSegmenter(language: language)
                while let (index, item) = queue.take() {
                    switch item {
                    case let .article(article):
                        let (line, failed) = Self.result(article, summarizer: summarizer, segmenter: segmenter,
                                                         method: method, length: length, language: language)
                        writer.deliver(line, at: index, failed: failed)
                    case let .failed(record):
                        writer.deliver(record, at: index, failed: true)
                    }
                    progress?()
                }
            }
        }
        var index = 0
        defer { queue.close() }
        while let record = try next() {
            if case .line(_, let text) = record, text.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let item = Self.item(record)
            writer.waitForRoom(before: index)
            queue.put((index, item))
            index += 1
            if case .failed = item, stopAtFirstError { break }
        }
        queue.close()
        // Workers may not have started yet; wait until every line is written.
        writer.waitUntilWritten(count: index)
        return Outcome(lines: index, failures: writer.failures)
    }

    /// What one input line is: an article, or the error record for it.
    static func item(_ record: Line) -> Item {
        switch record {
        case let .bad(number, reason):
            return .failed(errorRecord(line: number, id: nil, reason))
        case let .line(number, text):
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            guard let object, let members = JSONObjectMembers(text) else {
                return .failed(errorRecord(line: number, id: nil, "not a JSON object"))
            }
            guard let id = members["id"] else {
                return .failed(errorRecord(line: number, id: nil, "missing \"id\" (a string, number, boolean or null)"))
            }
            guard id.first != "{" && id.first != "[" else {
                return .failed(errorRecord(line: number, id: nil, "\"id\" must be a string, number, boolean or null"))
            }
            guard let text = object["text"] as? String else {
                return .failed(errorRecord(line: number, id: id, "missing \"text\" (a string)"))
            }
            let passThrough = members.members.filter { !ownKeys.contains($0.key) }
            return .article(Article(id: id, text: text, title: object["title"] as? String, passThrough: passThrough))
        }
    }

    /// `{"line": N, "id": …, "error": "…"}`: the id as given, or null.
    static func errorRecord(line: Int, id: String?, _ reason: String) -> String {
        JSONOutput.object([("line", .int(line)), ("id", .raw(id ?? "null")), ("error", .string(reason))]).text
    }

    /// The result line for one article, and whether it is an error record.
    private static func result(_ article: Article, summarizer: Summarizer, segmenter: SentenceSegmenter?,
                               method: any SummarizationMethod, length: SummaryLength, language: Language?) -> (String, Bool) {
        let fields: [(key: String, value: JSONOutput)] = [("id", .raw(article.id))] + article.passThrough.map { ($0.key, .raw($0.raw)) }
        do {
            let document = try SummaryDocument(text: article.text, language: language, title: article.title, segmenter: segmenter)
            let summary = try summarizer.summarize(document, method: method, length: length)
            return (JSONOutput.object(fields + [
                ("language", .string(document.language.code)),
                ("summary", .strings(summary.sentences.map(\.collapsingWhitespace))),
                ("indices", .array(summary.selected.map { .int($0.index) })),
            ]).text, false)
        } catch {
            return (JSONOutput.object(fields + [("error", .string(String(describing: error)))]).text, true)
        }
    }
}

/// A bounded queue of numbered items from the reader to the workers.
private final class WorkQueue: @unchecked Sendable {
    private var items: [(Int, BatchSummaryWorkflow.Item)] = []
    private var closed = false
    private let capacity: Int
    private let condition = NSCondition()

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an item, waiting while the queue is full.
    func put(_ item: (Int, BatchSummaryWorkflow.Item)) {
        condition.lock(); defer { condition.unlock() }
        while items.count >= capacity && !closed { condition.wait() }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, waiting for one; nil once the queue is closed and empty.
    func take() -> (Int, BatchSummaryWorkflow.Item)? {
        condition.lock(); defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// No more items will come.
    func close() {
        condition.lock(); defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }
}

/// Writes results in input order as they complete, flushing each run of them at once, and
/// keeps the reader at most `window` lines ahead of what is written.
private final class OrderedWriter: @unchecked Sendable {
    private var pending: [Int: String] = [:]
    private var next = 0
    private let window: Int
    private let write: @Sendable (String) -> Void
    private let flush: @Sendable () -> Void
    private let condition = NSCondition()
    /// Lines written as error records.
    private(set) var failures = 0

    init(window: Int, write: @escaping @Sendable (String) -> Void, flush: @escaping @Sendable () -> Void) {
        self.window = window
        self.write = write
        self.flush = flush
    }

    /// Stores the result of line `index` (`failed`: an error record) and writes every result now in order.
    func deliver(_ line: String, at index: Int, failed: Bool) {
        condition.lock(); defer { condition.unlock() }
        pending[index] = line
        if failed { failures += 1 }
        var wrote = false
        while let ready = pending.removeValue(forKey: next) {
            write(ready + "\n")
            next += 1
            wrote = true
        }
        if wrote {
            flush()
            condition.broadcast()
        }
    }

    /// Waits until line `index` is within the window of what is written.
    func waitForRoom(before index: Int) {
        condition.lock(); defer { condition.unlock() }
        while index - next >= window { condition.wait() }
    }

    /// Waits until `count` lines are written.
    func waitUntilWritten(count: Int) {
        condition.lock(); defer { condition.unlock() }
        while next < count { condition.wait() }
    }
}

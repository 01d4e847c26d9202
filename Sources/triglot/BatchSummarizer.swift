import Dispatch
import Foundation
import TriglotSummary
import TriglotText

/// `summarize --jsonl`: JSON Lines in, one result per line out, on every core. All input is
/// read and checked before anything is written, so a bad line leaves no partial output.
struct BatchSummarizer {
    let method: any SummarizationMethod
    let length: SummaryLength
    let language: Language?

    /// One article of the batch.
    struct Article: Sendable {
        /// The JSON text of the article's id, as the input wrote it.
        let id: String
        let text: String
        let title: String?
    }

    func run() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let bytes = [UInt8](data)
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw CLIError.invalidUTF8(path: "<stdin>", offset: offset)
        }
        let articles = try Self.parse(bytes)
        let results = summarize(articles)
        var output = Output()
        for line in results { output.write(line + "\n") }
        output.flush()
    }

    /// The articles of JSON Lines input; blank lines are skipped. Lines end at LF, CRLF or a
    /// lone CR (JSON escapes both inside strings, so a raw CR is always a line end).
    static func parse(_ bytes: [UInt8]) throws -> [Article] {
        var articles: [Article] = []
        var lines: [ArraySlice<UInt8>] = []
        bytes.withUnsafeBufferPointer { buffer in LineEnds.forEachLine(in: buffer) { lines.append(bytes[$0]) } }
        for (number, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else {
                throw CLIError.badInput(path: "<stdin>", line: number + 1,
                                        reason: "expected a JSON object with \"id\" and \"text\" (and optionally \"title\")")
            }
            // Echoed as written: 1.50 stays 1.50 and true stays true (NSNumber would give 1.5 and 1).
            guard let raw = JSONRawMember.value(named: "id", in: line) else {
                throw CLIError.badInput(path: "<stdin>", line: number + 1, reason: "missing \"id\" (a string, number, boolean or null)")
            }
            if raw.first == UInt8(ascii: "{") || raw.first == UInt8(ascii: "[") {
                throw CLIError.badInput(path: "<stdin>", line: number + 1, reason: "\"id\" must be a string, number, boolean or null")
            }
            let id = String(decoding: raw, as: UTF8.self)
            articles.append(Article(id: id, text: text, title: object["title"] as? String))
        }
        return articles
    }

    /// Results in input order; workers take articles from a shared counter.
    private func summarize(_ articles: [Article]) -> [String] {
        let results = ResultSlots(count: articles.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, articles.count))
        let progress = Progress(total: articles.count, enabled: isatty(2) == 1)
        let method = self.method, length = self.length, language = self.language
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let summarizer = Summarizer()
            let segmenter = try? SentenceSegmenter(language: language)
            while let index = results.claim() {
                let article = articles[index]
                results.store(Self.line(article, summarizer: summarizer, segmenter: segmenter,
                                        method: method, length: length, language: language), at: index)
                progress.tick()
            }
        }
        progress.finish()
        return results.values
    }

    private static func line(_ article: Article, summarizer: Summarizer, segmenter: SentenceSegmenter?,
                             method: any SummarizationMethod, length: SummaryLength, language: Language?) -> String {
        do {
            let document = try SummaryDocument(text: article.text, language: language, title: article.title, segmenter: segmenter)
            let summary = try summarizer.summarize(document, method: method, length: length)
            let sentences = summary.sentences.map { JSONText.quoted(SummaryPrinter.oneLine($0)) }.joined(separator: ", ")
            let indices = summary.selected.map { String($0.index) }.joined(separator: ", ")
            return "{\"id\": \(article.id), \"language\": \"\(document.language.code)\", \"summary\": [\(sentences)], \"indices\": [\(indices)]}"
        } catch {
            return "{\"id\": \(article.id), \"error\": \(JSONText.quoted(String(describing: error)))}"
        }
    }
}

/// Result slots filled by several threads, each slot by one.
final class ResultSlots: @unchecked Sendable {
    private var slots: [String]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: "", count: count) }

    /// The next unclaimed index, or nil when all are taken.
    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: String, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    var values: [String] {
        lock.lock(); defer { lock.unlock() }
        return slots
    }
}

/// A progress line on stderr, when stderr is a terminal.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    private let lock = NSLock()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func tick() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        done += 1
        if done % 100 == 0 || done == total { Output.standardError("\r\(done)/\(total) articles") }
    }

    func finish() {
        if enabled && total > 0 { Output.standardError("\n") }
    }
}

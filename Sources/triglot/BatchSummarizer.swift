import Foundation
import TriglotKit
import TriglotSummary
import TriglotText

/// `summarize --jsonl`: standard input's lines through ``BatchSummaryWorkflow``, each result
/// written to standard output as it is ready; exit 65 at the end when a line gave an error record.
struct BatchSummarizer {
    let method: any SummarizationMethod
    let length: SummaryLength
    let language: LanguagePolicy
    var stopAtFirstError = false

    func run() throws {
        let sink = OutputSink()
        let progress = Progress(enabled: isatty(2) == 1)
        var lines = InputLines()
        let outcome = try BatchSummaryWorkflow(method: method, length: length, language: language, stopAtFirstError: stopAtFirstError)
            .run(next: {
                switch try lines.nextRecord() {
                case let .line(number, text)?: .line(number: number, text: text)
                case let .bad(number, reason)?: .bad(number: number, reason: reason)
                case nil: nil
                }
            }, write: sink.write, flush: sink.flush, progress: progress.tick)
        progress.finish()
        if outcome.failures > 0 { throw CLIError.batchFailed(count: outcome.failures, of: outcome.lines) }
    }
}

/// Standard output for writers on other threads (their calls never overlap: the workflow
/// writes under its lock).
final class OutputSink: @unchecked Sendable {
    private var output = Output()

    @Sendable func write(_ text: String) { output.write(text) }
    @Sendable func flush() { output.flush() }
}

/// A progress line on stderr, when stderr is a terminal.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private var done = 0
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func tick() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        done += 1
        if done % 100 == 0 { Output.standardError("\r\(done) articles") }
    }

    func finish() {
        if enabled && done > 0 { Output.standardError("\r\(done) articles\n") }
    }
}

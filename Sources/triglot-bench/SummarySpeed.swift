import ArgumentParser
import Dispatch
import Foundation
import TriglotSummary
import TriglotText

/// `triglot-bench summarize-speed`: articles per second for the default summarizer over the 500
/// VietNews articles as running text (title line, blank line, body), segmentation included:
/// first on one core, then in batch on every core as `summarize --jsonl` does.
struct SummarySpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize-speed",
        abstract: "Articles per second, one core and all cores, on VietNews.",
        discussion: "Example: swift run -c release triglot-bench summarize-speed"
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Passes over the articles; the fastest is reported.")
    var repetitions: Int = 5

    func run() throws {
        guard let path = data.path("summ-vi-vietnews500/vietnews500.jsonl") else { return }
        let articles = SummaryEvaluation.vietNews(path).map { item in
            (item.title ?? "") + "\n\n" + item.paragraphs.flatMap { $0 }.joined(separator: " ")
        }
        let megabytes = Double(articles.reduce(0) { $0 + $1.utf8.count }) / 1_000_000

        // One core.
        let segmenter = try SentenceSegmenter(language: .vietnamese)
        let summarizer = Summarizer()
        var best = Double.infinity
        var chosen = 0
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            for text in articles {
                let document = try SummaryDocument(text: text, language: .vietnamese, segmenter: segmenter)
                chosen += try summarizer.summarize(document).selected.count
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "one core:  %.0f articles/s (%.2f MB/s, %d articles, %d sentences chosen per pass)",
                     Double(articles.count) / best, megabytes / best, articles.count, chosen / max(1, repetitions)))

        // Every core: workers take articles from a shared counter, each with its own summarizer.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let copies = max(1, 4 * cores)  // enough work to keep every core busy
        let batch = Array(repeatElement(articles, count: copies).joined())
        var bestBatch = Double.infinity
        for _ in 0..<max(1, repetitions) {
            let counter = Counter()
            let start = DispatchTime.now().uptimeNanoseconds
            DispatchQueue.concurrentPerform(iterations: cores) { _ in
                guard let segmenter = try? SentenceSegmenter(language: .vietnamese) else { return }
                let summarizer = Summarizer()
                while let index = counter.next(below: batch.count) {
                    if let document = try? SummaryDocument(text: batch[index], language: .vietnamese, segmenter: segmenter) {
                        _ = try? summarizer.summarize(document)
                    }
                }
            }
            bestBatch = min(bestBatch, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "%d cores:   %.0f articles/s (batch of %d)", cores, Double(batch.count) / bestBatch, batch.count))
    }
}

/// A shared counter for batch workers.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// The next index below `limit`, or nil when all are taken.
    func next(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

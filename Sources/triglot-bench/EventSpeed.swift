import ArgumentParser
import Dispatch
import Foundation
import TriglotFormats
import TriglotKit
import TriglotNames
import TriglotSummary
import TriglotText

/// `triglot-bench event-speed`: what an event brief costs (issue #13: at most twice the time of
/// summarizing its reports one by one), and the JSON Lines batch of clusters on one worker
/// against every core. Five bundled reports (the Bagan meeting in English, Chinese and
/// Vietnamese, Wang Yi's meeting with Bui Thanh Son in English and Vietnamese), from raw text,
/// segmentation included, as `summarize FILE…` and `summarize --event FILE…` run them.
struct EventSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event-speed",
        abstract: "An event brief of 5 reports against the 5 single summaries; the --event --jsonl batch on 1 worker and all cores.",
        discussion: "Example (in the package root): .build/release/triglot-bench event-speed"
    )

    @Option(help: "The folder of the bundled examples.")
    var examples: String = "examples"

    @Option(help: "Timed runs of each side (after the warm-up); the median is reported.")
    var iterations: Int = 100

    @Option(help: "Untimed runs first.")
    var warmUp: Int = 5

    @Option(help: "Clusters in the batch.")
    var clusters: Int = 60

    @Option(help: "Passes over the batch on each side; the fastest is reported.")
    var repetitions: Int = 3

    static let files = ["foreign-ministers-meeting.en", "foreign-ministers-meeting.zh", "foreign-ministers-meeting.vi",
                        "wang-yi-bui-thanh-son.en", "wang-yi-bui-thanh-son.vi"].map { "lmc-2022-\($0).txt" }

    func run() throws {
        let reports = Self.files.map { (name: $0, text: FileSystem.text(examples + "/" + $0)) }
        // The shipped glossary, as `summarize --event` loads it: its names confirm across languages.
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: try NameFolder(), trusted: true)

        // (a) The five reports one by one; (b) one brief of the five (with and without the glossary's names).
        let single = SummaryWorkflow(method: AutoMethod(), length: .automatic)
        let brief = EventSummaryWorkflow(length: .automatic, glossary: glossary)
        let plain = EventSummaryWorkflow(length: .automatic)
        // Taken in turn in each iteration, so that a busy moment of the machine falls on all three.
        let times = try medians([
            { try reports.reduce(0) { $0 + (try single.run($1.text).selected.count) } },
            { try brief.run(reports).sentences.count },
            { try plain.run(reports).sentences.count },
        ])
        let bytes = reports.reduce(0) { $0 + $1.text.utf8.count }
        print("reports: \(reports.map(\.name).joined(separator: ", ")) (\(bytes) bytes)")
        print(String(format: "5 single summaries:     %8.3f ms (median of %d, segmentation included)", times.medians[0] * 1000, iterations))
        print(String(format: "one brief of the 5:     %8.3f ms (median of %d, with the shipped glossary's names)", times.medians[1] * 1000, iterations))
        print(String(format: "  without the glossary: %8.3f ms", times.medians[2] * 1000))
        // A workflow's first brief works out its names' exact keys, kept for the next (a batch worker's).
        let fresh = try medians([{ try EventSummaryWorkflow(length: .automatic, glossary: glossary).run(reports).sentences.count }])
        print(String(format: "  a new workflow's first: %6.3f ms", fresh.medians[0] * 1000))
        print(String(format: "ratio brief / singles:  %8.2f (median of the runs' ratios %.2f; target <= 2)",
                     times.medians[1] / times.medians[0], times.ratio))

        // (c) The batch of clusters (`summarize --event --jsonl`): 2 to 5 of the reports each.
        let lines = (0..<max(1, clusters)).map { number -> String in
            let size = 2 + number % 4
            let chosen = (0..<size).map { reports[(number + $0) % reports.count] }
            let array = chosen.map { #"{"name": \#(JSONText.quoted($0.name)), "text": \#(JSONText.quoted($0.text))}"# }
            return #"{"id": \#(number), "reports": [\#(array.joined(separator: ", "))]}"#
        }
        let task = EventBatchTask(length: .automatic, glossary: glossary)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let one = batch(task, lines, workers: 1)
        let all = batch(task, lines, workers: cores)
        print(String(format: "batch, 1 worker:        %8.1f clusters/s (%d clusters, fastest of %d)", Double(lines.count) / one,
                     lines.count, max(1, repetitions)))
        print(String(format: "batch, %d workers:       %8.1f clusters/s (speed-up %.2f on %d cores)", cores, Double(lines.count) / all,
                     one / all, cores))
    }

    /// The median time of `iterations` runs of each of `bodies`, in seconds, after `warmUp`
    /// untimed runs, the bodies run in turn in each iteration; and the median of the ratio of the
    /// second body's time to the first's within an iteration. Each body returns a count that is
    /// kept, so the work cannot be optimized away.
    private func medians(_ bodies: [() throws -> Int]) throws -> (medians: [Double], ratio: Double) {
        var sink = 0
        for _ in 0..<max(0, warmUp) { for body in bodies { sink &+= try body() } }
        var times = [[Double]](repeating: [], count: bodies.count)
        for _ in 0..<max(1, iterations) {
            for (number, body) in bodies.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                sink &+= try body()
                times[number].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
        }
        if sink == -1 { print("") }
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        let ratios = times.count > 1 ? zip(times[1], times[0]).map { $0 / $1 } : [1]
        return (times.map(median), median(ratios))
    }

    /// The fastest of `repetitions` runs of the batch over `lines` on `workers` threads, in seconds;
    /// exits when a line fails.
    private func batch(_ task: EventBatchTask, _ lines: [String], workers: Int) -> Double {
        Stopwatch.fastest(repetitions: repetitions) {
            var remaining = lines.enumerated().map { JSONLinesBatch.Line.line(number: $0.offset + 1, text: $0.element) }[...]
            let outcome = JSONLinesBatch(workers: workers).run(task, next: { remaining.popFirst() }, write: { _ in }, flush: {})
            if outcome.failures > 0 || outcome.lines != lines.count {
                FileSystem.note("error: \(outcome.failures) of \(outcome.lines) clusters failed")
                Foundation.exit(1)
            }
            return outcome.lines
        }
    }
}

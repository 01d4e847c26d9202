import TriglotEvaluation
import ArgumentParser
import Foundation
import TriglotMemory

/// `triglot-bench tm-speed`: translation memory search latency and import rate on a memory of
/// a million units, against the same scoring over a LIKE scan (no index) in the same run; the
/// units and queries are ``MemoryCorpus``'s.
struct MemorySpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm-speed",
        abstract: "Translation memory search latency.",
        discussion: "Example: swift run -c release triglot-bench tm-speed --units 1000000"
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Units in the memory.")
    var units: Int = 1_000_000

    @Option(help: "Timed search queries (half in each language of the pairs).")
    var queries: Int = 300

    @Option(help: "Queries for the LIKE-scan baseline (it is slow).")
    var baselineQueries: Int = 10

    @Option(help: "Keep the memory at this path and reuse it when it already holds --units units.")
    var db: String?

    @Option(help: "Queries whose results are checked against scoring every variant (seconds each at a million units).")
    var recallQueries: Int = 20

    @Option(help: "Candidates each search scores (the library's default: 150); fewer is faster and finds less.")
    var candidates: Int = 150

    func run() throws {
        let path = db ?? NSTemporaryDirectory() + "/triglot-tm-speed-\(getpid()).sqlite"
        defer { if db == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
        let memory = try TranslationMemory(path: path)
        var random = SplitMix64(seed: 2026)
        let corpus = MemoryCorpus(data: data)
        if let built = try corpus.fill(memory, units: units, random: &random) {
            print(String(format: "import: %d units in %.1f s = %.0f units/s (batches of %d, one transaction each)",
                         built.added, built.seconds, Double(built.added) / built.seconds, 100_000))
        }
        let counts = try memory.counts()
        print("memory: \(counts.units) units, \(counts.variants) variants, \(fileSize(path) / 1_000_000) MB (with WAL)")

        let queryTexts = corpus.queries(queries, random: &random)
        // Sketches (the default) against the word index alone, the search before them.
        var runs: [(name: String, latencies: [Double], hits: Int, results: [[Int]])] = []
        for (name, sketches) in [("sketch keys", true), ("word index alone", false)] {
            var latencies: [Double] = [], hits = 0, results: [[Int]] = []
            for (language, text) in queryTexts {
                let start = DispatchTime.now().uptimeNanoseconds
                let matches = try memory.search(text, language: language, minimum: 70, limit: 10, candidates: candidates, sketches: sketches)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                if !matches.isEmpty { hits += 1 }
                results.append(matches.map(\.percentage))
            }
            runs.append((name, latencies, hits, results))
        }
        var baseline: [Double] = []
        for (_, text) in queryTexts.prefix(baselineQueries) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try memory.searchByScan(text, minimum: 70, limit: 10)
            baseline.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let scan = percentiles(baseline)
        for run in runs {
            let indexed = percentiles(run.latencies)
            print(String(format: "search (%@): median %.2f ms, p95 %.2f ms, p99 %.2f ms over %d queries; %d with a match >= 70%%",
                         run.name, indexed.median, indexed.p95, indexed.p99, run.latencies.count, run.hits))
        }
        print(String(format: "baseline (LIKE scan of the longest word, same scoring): median %.1f ms, p95 %.1f ms over %d queries",
                     scan.median, scan.p95, baseline.count))
        let fastest = percentiles(runs[0].latencies)
        print(String(format: "ratio: sketch search is %.0fx faster than the scan, %.1fx faster than the word index alone (median); target < 50 ms median: %@",
                     scan.median / max(fastest.median, 0.001), percentiles(runs[1].latencies).median / max(fastest.median, 0.001),
                     fastest.median < 50 ? "met" : "NOT met"))
        try measureRecall(memory, queryTexts.prefix(recallQueries), runs: runs)
    }

    /// Recall against the exact answer (every variant of the query's language scored): per
    /// query, the share of the exact top-10 percentages each search returned (a search returns a
    /// subset, so its i-th best is at most the exact i-th best), and how often its best equals
    /// the exact best.
    private func measureRecall(_ memory: TranslationMemory, _ queries: ArraySlice<(language: String, text: String)>,
                               runs: [(name: String, latencies: [Double], hits: Int, results: [[Int]])]) throws {
        guard !queries.isEmpty else { return }
        var exact: [[Int]] = []
        let start = Date()
        for (language, text) in queries {
            exact.append(try memory.searchByFullScan(text, language: language, minimum: 70, limit: 10).map(\.percentage))
        }
        let seconds = Date().timeIntervalSince(start) / Double(queries.count)
        for run in runs {
            var found = 0, wanted = 0, bestEqual = 0
            for (index, truth) in exact.enumerated() {
                let got = run.results[index]
                wanted += truth.count
                found += zip(truth, got).filter { $0 == $1 }.count
                if truth.first == got.first { bestEqual += 1 }
            }
            print(String(format: "recall (%@) against scoring every variant (%.1f s a query), %d queries: top-10 %.3f (%d of %d), best match equal in %d",
                         run.name, seconds, exact.count, Double(found) / Double(max(wanted, 1)), found, wanted, bestEqual))
        }
    }

    private func percentiles(_ values: [Double]) -> (median: Double, p95: Double, p99: Double) {
        guard !values.isEmpty else { return (0, 0, 0) }
        let sorted = values.sorted()
        func at(_ share: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))] }
        return (sorted[sorted.count / 2], at(0.95), at(0.99))
    }

    private func fileSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }
}

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
        var latencies: [Double] = []
        var hits = 0
        for (language, text) in queryTexts {
            let start = DispatchTime.now().uptimeNanoseconds
            let matches = try memory.search(text, language: language, minimum: 70, limit: 10)
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            if !matches.isEmpty { hits += 1 }
        }
        var baseline: [Double] = []
        for (_, text) in queryTexts.prefix(baselineQueries) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try memory.searchByScan(text, minimum: 70, limit: 10)
            baseline.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let indexed = percentiles(latencies), scan = percentiles(baseline)
        print(String(format: "search (FTS5 word index, rarest terms): median %.1f ms, p95 %.1f ms over %d queries; %d with a match >= 70%%",
                     indexed.median, indexed.p95, latencies.count, hits))
        print(String(format: "baseline (LIKE scan, same scoring): median %.1f ms, p95 %.1f ms over %d queries",
                     scan.median, scan.p95, baseline.count))
        print(String(format: "ratio: indexed search is %.0fx faster (median); target < 50 ms median: %@",
                     scan.median / max(indexed.median, 0.001), indexed.median < 50 ? "met" : "NOT met"))
    }

    private func percentiles(_ values: [Double]) -> (median: Double, p95: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let sorted = values.sorted()
        return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))])
    }

    private func fileSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }
}

import TriglotEvaluation
import ArgumentParser
import Foundation
import TriglotMemory

/// `triglot-bench tm-speed`: translation memory search latency and import rate on a memory of
/// a million units, against the same scoring over a LIKE scan (no index) in the same run.
///
/// Units are real sentence pairs (IWSLT tst2012 en–vi and the zh–en wiki dev set from the shared
/// data; generated sentences when it is absent) varied by seeded edits — words replaced by
/// others from the corpus, dropped, numbers inserted — so the memory holds many near-duplicates,
/// the hard case for a fuzzy index. Queries are base sentences with one edit.
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
        let pairs = basePairs()
        let path = db ?? NSTemporaryDirectory() + "/triglot-tm-speed-\(getpid()).sqlite"
        defer { if db == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
        let memory = try TranslationMemory(path: path)
        var random = SplitMix64(seed: 2026)
        let vocabulary = Dictionary(grouping: pairs.flatMap { [$0.0, $0.1] }.flatMap { v in v.text.split(separator: " ").map { (v.language, String($0)) } }, by: \.0)
            .mapValues { Array(Set($0.map(\.1))).sorted() }

        let existing = try memory.counts().units
        if existing < units {
            let batch = 100_000
            var built = existing
            let start = Date()
            var serial = existing
            while built < units {
                var chunk: [TranslationUnit] = []
                chunk.reserveCapacity(batch)
                for _ in 0..<min(batch, units - built) {
                    let (a, b) = pairs[serial % pairs.count]
                    serial += 1
                    chunk.append(TranslationUnit(variants: [vary(a, vocabulary[a.language]!, &random, serial),
                                                            vary(b, vocabulary[b.language]!, &random, serial)], source: "bench"))
                }
                built += try memory.add(chunk)
                FileSystem.note("built \(built) units")
            }
            let seconds = Date().timeIntervalSince(start)
            print(String(format: "import: %d units in %.1f s = %.0f units/s (batches of %d, one transaction each)",
                         built - existing, seconds, Double(built - existing) / seconds, batch))
        }
        let counts = try memory.counts()
        print("memory: \(counts.units) units, \(counts.variants) variants, \(fileSize(path) / 1_000_000) MB (with WAL)")

        var queryTexts: [(String, String)] = []
        for index in 0..<queries {
            let (a, b) = pairs[random.index(below: pairs.count)]
            let side = index % 2 == 0 ? a : b
            var words = side.text.split(separator: " ").map(String.init)
            if words.count > 3 { words[random.index(below: words.count)] = vocabulary[side.language]!.randomElement(using: &random)! }
            queryTexts.append((side.language, words.joined(separator: " ")))
        }
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

    /// A copy of `variant` with seeded edits; every 3rd copy stays close to the original.
    private func vary(_ variant: Variant, _ vocabulary: [String], _ random: inout SplitMix64, _ serial: Int) -> Variant {
        var words = variant.text.split(separator: " ").map(String.init)
        let edits = serial % 3 == 0 ? 1 : 1 + random.index(below: max(1, words.count / 3))
        for _ in 0..<edits {
            switch random.index(below: 4) {
            case 0 where words.count > 2: words.remove(at: random.index(below: words.count))
            case 1: words.insert(String(1900 + random.index(below: 200)), at: random.index(below: words.count + 1))
            default: if !words.isEmpty { words[random.index(below: words.count)] = vocabulary[random.index(below: vocabulary.count)] }
            }
        }
        return Variant(language: variant.language, text: words.joined(separator: " "))
    }

    /// Sentence pairs from the shared data, or generated ones.
    private func basePairs() -> [(Variant, Variant)] {
        var pairs: [(Variant, Variant)] = []
        if let folder = data.path("align-envi-iwslt-tst2012") {
            let en = FileSystem.text(folder + "/tst2012.en").split(separator: "\n"), vi = FileSystem.text(folder + "/tst2012.vi").split(separator: "\n")
            for (a, b) in zip(en, vi) where a.count > 15 {
                pairs.append((Variant(language: "en", text: String(a)), Variant(language: "vi", text: String(b))))
            }
        }
        if let folder = data.path("align-zhen-wiki-dev") {
            for line in FileSystem.text(folder + "/dev.zh-en").split(separator: "\n") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 5, fields[3].count > 5 else { continue }
                // Chinese has no spaces; spacing the characters lets the word edits apply to it too.
                let zh = fields[3].map(String.init).joined(separator: " ")
                pairs.append((Variant(language: "en", text: String(fields[4])), Variant(language: "zh", text: zh)))
            }
        }
        if pairs.isEmpty {
            var random = SplitMix64(seed: 7)
            let words = ["minister", "talks", "cooperation", "border", "trade", "agreed", "visit", "summit", "delegation", "economic", "security", "region"]
            for _ in 0..<2000 {
                let text = (0..<12).map { _ in words[random.index(below: words.count)] }.joined(separator: " ")
                pairs.append((Variant(language: "en", text: text), Variant(language: "vi", text: text)))
            }
        }
        return pairs
    }
}


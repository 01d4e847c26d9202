import Foundation
import TriglotEvaluation
import TriglotMemory

/// The units and queries of the memory benchmarks (tm-speed, server-load), so both measure the
/// same memory and one built by either is reused by the other through `--db`.
///
/// Units are real sentence pairs (IWSLT tst2012 en–vi and the zh–en wiki dev set from the shared
/// data; generated sentences when it is absent) varied by seeded edits — words replaced by
/// others from the corpus, dropped, numbers inserted — so the memory holds many near-duplicates,
/// the hard case for a fuzzy index. Queries are base sentences with one edit.
struct MemoryCorpus {
    /// The base sentence pairs.
    let pairs: [(Variant, Variant)]
    /// Every word of the pairs, per language, sorted (seeded picks stay reproducible).
    let vocabulary: [String: [String]]

    /// The pairs of the shared data in `data`, or generated ones.
    init(data: DataOptions) {
        pairs = Self.basePairs(data)
        vocabulary = Dictionary(grouping: pairs.flatMap { [$0.0, $0.1] }.flatMap { v in v.text.split(separator: " ").map { (v.language, String($0)) } }, by: \.0)
            .mapValues { Array(Set($0.map(\.1))).sorted() }
    }

    /// Adds varied pairs to `memory` until it holds `units`, in batches of `batch` (one
    /// transaction each); the units added and the seconds taken, nil when it held them already.
    func fill(_ memory: TranslationMemory, units: Int, batch: Int = 100_000, random: inout SplitMix64) throws -> (added: Int, seconds: Double)? {
        let existing = try memory.counts().units
        guard existing < units else { return nil }
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
        return (built - existing, Date().timeIntervalSince(start))
    }

    /// `count` queries, alternately in each language of the pairs: a base sentence with one word
    /// replaced (sentences of three words or fewer as they are).
    func queries(_ count: Int, random: inout SplitMix64) -> [(language: String, text: String)] {
        var queries: [(language: String, text: String)] = []
        for index in 0..<count {
            let (a, b) = pairs[random.index(below: pairs.count)]
            let side = index % 2 == 0 ? a : b
            var words = side.text.split(separator: " ").map(String.init)
            if words.count > 3 { words[random.index(below: words.count)] = vocabulary[side.language]!.randomElement(using: &random)! }
            queries.append((side.language, words.joined(separator: " ")))
        }
        return queries
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
    private static func basePairs(_ data: DataOptions) -> [(Variant, Variant)] {
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

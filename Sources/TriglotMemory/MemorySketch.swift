import Foundation
import TriglotText

/// Near-duplicate keys of a text: MinHash bands over its search-key terms, so that search reads
/// only the variants that look like the query instead of everything sharing a word with it.
///
/// The word index (``CandidateQuery``) finds every variant holding one of the query's rarer
/// terms, and in a large memory of near-duplicates that is tens of thousands of rows to rank:
/// 60 ms a search at a million units, most of it FTS5's bm25 reading each row's length.
/// A MinHash of a term set is the term with the smallest value under a hash function; two
/// sets have the same MinHash with a probability equal to their Jaccard similarity J. A key
/// here joins ``rowsPerBand`` MinHashes, so two texts share it with probability J², and each
/// text gets ``bands`` keys: a text as close as a 70% match (J ≈ 0.5) shares at least one with
/// the query with probability 1 − (1 − J²)^bands ≈ 0.97, while unrelated texts almost never do.
/// How many keys a variant shares with the query also estimates J, which orders the candidates.
///
/// Besides, each text gets one exact key (``exactKey(of:)``): a hash of the whole text, so
/// that the text itself is found even among thousands of variants whose MinHash keys are all
/// common (sentences that differ only in a number, which terms leave out).
///
/// The hash is FNV-1a over the term's UTF-8 bytes, mixed per function with SplitMix64 — fixed
/// forever, because the keys are stored: changing it means re-indexing every memory.
enum MemorySketch {
    /// Keys per text.
    static let bands = 12
    /// MinHashes joined in one key: 2 makes a key as specific as a pair of words.
    static let rowsPerBand = 2
    /// Below this many terms a set is too small for MinHash (with two terms, one substitution
    /// leaves J = 1/3); search uses the word index then.
    static let minimumTerms = 3

    /// Rows read for one key at most: more make it a common key (see search).
    static let commonKey = 1_000

    /// The keys of the text whose search-key terms are `terms` (see ``CandidateQuery/terms(of:)``);
    /// none when there are no terms.
    static func keys(terms: [String]) -> [Int64] {
        guard !terms.isEmpty else { return [] }
        let hashes = terms.map(fnv1a)
        var keys: [Int64] = []
        keys.reserveCapacity(bands)
        for band in 0..<bands {
            var key = mix(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
            for row in 0..<rowsPerBand {
                let seed = mix(UInt64(band * rowsPerBand + row) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
                var minimum = UInt64.max
                for hash in hashes { minimum = min(minimum, mix(hash ^ seed)) }
                key = mix(key ^ minimum)
            }
            keys.append(Int64(bitPattern: key))
        }
        return keys
    }

    /// Every key stored for a variant, each once: the MinHash keys of its `terms`, then the
    /// exact key of its `text`.
    static func keys(terms: [String], text: String) -> [Int64] {
        var seen = Set<Int64>()
        return (keys(terms: terms) + [exactKey(of: text)]).filter { seen.insert($0).inserted }
    }

    /// The key of the text itself, trimmed and in NFC: equal texts (the same in another
    /// normalization form, or with other spaces around) share it. Hashed apart from MinHash
    /// keys (another seed), so that the two kinds share one table.
    static func exactKey(of text: String) -> Int64 {
        // Most texts begin and end with a printable ASCII character: nothing to trim, and
        // Foundation's trimming (through NSString) was 6% of an import's time.
        let bytes = text.utf8
        let untrimmed = bytes.first.map { (0x21...0x7E).contains($0) } == true && bytes.last.map { (0x21...0x7E).contains($0) } == true
        let normalized = (untrimmed ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)).nfc
        return Int64(bitPattern: mix(fnv1a(normalized) ^ 0x2545_F491_4F6C_DD1D))
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// SplitMix64's finalizer: spreads every input bit over the output.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

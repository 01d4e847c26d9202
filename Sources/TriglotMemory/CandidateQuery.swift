import TriglotText

/// How search finds fuzzy-match candidates without scanning: a word index plus word frequencies.
///
/// Each variant is indexed under its search key: lower case without diacritics, punctuation and
/// numbers dropped, words as they are, and Chinese (which has no spaces) as overlapping
/// character bigrams. A first design indexed the raw text with FTS5's trigram tokenizer, but a
/// word there is a phrase of trigrams, and common trigrams ("ing", " th") made every lookup walk
/// posting lists as long as the memory: 45 ms median at 100,000 units, growing linearly.
///
/// So the query uses only its rarest key terms (the `term` table counts, per term, the variants
/// that contain it, updated on each add). A fuzzy match shares most of its words with the
/// query, so it contains at least one of those terms, while the lists read stay short.
enum CandidateQuery {
    /// Rare terms OR-ed into the candidate query: enough for recall, few enough to stay cheap.
    static let maximumTerms = 5

    /// The distinct search-key terms of `text`, in order of first appearance.
    static func terms(of text: String) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        var run: [Character] = []
        func flushRun() {
            if run.count == 1 { add(String(run)) }
            if run.count > 1 { for index in 0..<(run.count - 1) { add(String(run[index...index + 1])) } }
            run.removeAll(keepingCapacity: true)
        }
        func add(_ term: String) { if seen.insert(term).inserted { result.append(term) } }
        let tokens = MatchScore.tokens(MatchKey.loose(text))
        for token in tokens.list {
            switch token.kind {
            case .punctuation, .number:
                flushRun()
            case .word:
                let text = tokens.text(token)
                if text.count == 1, let scalar = text.unicodeScalars.first, scalar.value >= 0x2E80 {
                    run.append(text.first!)
                } else {
                    flushRun()
                    add(String(text))
                }
            }
        }
        flushRun()
        return result
    }

    /// The text stored in the index for `text`: its terms, separated by spaces.
    static func indexText(_ text: String) -> String { terms(of: text).joined(separator: " ") }

    /// Above this many variants a term is common: OR-ing common terms reads posting lists of
    /// hundreds of thousands of rows (170 ms at a million units), so they are AND-ed instead.
    static let commonTerm = 20_000

    /// Common terms AND-ed when the query has no rarer one.
    static let conjunctiveTerms = 3

    /// The MATCH expression for the rarest of `terms` (with their variant counts; 0 = absent),
    /// or nil when none of them is in the memory. `strict` AND-s the rarest few when even the
    /// rarest is common; the caller retries without it when that finds nothing.
    static func expression(terms: [(term: String, units: Int)], strict: Bool = true) -> String? {
        let present = terms.filter { $0.units > 0 }.sorted { $0.units < $1.units }.prefix(maximumTerms)
        guard let rarest = present.first else { return nil }
        let quoted = present.map { "\"" + $0.term.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        if strict && rarest.units > commonTerm && quoted.count > 1 {
            return quoted.prefix(conjunctiveTerms).joined(separator: " AND ")
        }
        return quoted.joined(separator: " OR ")
    }
}

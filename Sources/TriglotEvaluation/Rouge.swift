import TriglotText

/// One ROUGE variant's precision, recall and F1, each in 0...1.
public struct RougeScore: Sendable, Hashable {
    /// Matched units over the candidate's units: how much of the summary is supported.
    public var precision: Double
    /// Matched units over the reference's units: how much of the reference is covered.
    public var recall: Double
    /// Harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double

    /// A score from its three parts, for averages and tests.
    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// The score of an empty candidate or reference, as rouge-score gives it.
    public static let zero = RougeScore(precision: 0, recall: 0, f1: 0)

    // Same operation order as rouge_score.scoring.fmeasure, so results agree to the last bit.
    init(matches: Int, candidateCount: Int, referenceCount: Int) {
        let precision = Double(matches) / Double(max(candidateCount, 1))
        let recall = Double(matches) / Double(max(referenceCount, 1))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        self.init(precision: precision, recall: recall, f1: f1)
    }

    /// The component-wise mean, for averaging over references or documents; zero when empty.
    public static func mean(_ scores: [RougeScore]) -> RougeScore {
        guard !scores.isEmpty else { return .zero }
        let n = Double(scores.count)
        return RougeScore(
            precision: scores.reduce(0) { $0 + $1.precision } / n,
            recall: scores.reduce(0) { $0 + $1.recall } / n,
            f1: scores.reduce(0) { $0 + $1.f1 } / n
        )
    }
}

/// ROUGE-1, ROUGE-2 and ROUGE-L of one candidate, the three figures the evaluations report.
public struct RougeScores: Sendable, Hashable {
    /// Unigram overlap.
    public var rouge1: RougeScore
    /// Bigram overlap.
    public var rouge2: RougeScore
    /// Longest common subsequence over the whole text (rouge-score's `rougeL`, not `rougeLsum`).
    public var rougeL: RougeScore

    /// Scores from their parts, for averages and tests.
    public init(rouge1: RougeScore, rouge2: RougeScore, rougeL: RougeScore) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
    }

    /// All three zero.
    public static let zero = RougeScores(rouge1: .zero, rouge2: .zero, rougeL: .zero)

    /// The component-wise mean, for averaging over references or documents; zero when empty.
    public static func mean(_ scores: [RougeScores]) -> RougeScores {
        RougeScores(
            rouge1: .mean(scores.map(\.rouge1)),
            rouge2: .mean(scores.map(\.rouge2)),
            rougeL: .mean(scores.map(\.rougeL))
        )
    }
}

/// ROUGE on token sequences, computed as rouge-score computes it (clipped n-gram counts,
/// summary-level LCS without sentence splitting).
public enum Rouge {
    /// ROUGE-N: n-grams shared by both sides, each counted at most as often as the rarer side has it.
    public static func rougeN<Token: Hashable>(candidate: [Token], reference: [Token], n: Int) -> RougeScore {
        precondition(n > 0, "ROUGE-N needs n > 0")
        var vocabulary = Vocabulary<Token>()
        return ngramScore(vocabulary.ids(candidate), vocabulary.ids(reference), n: n)
    }

    /// ROUGE-L: the longest common subsequence's length over each side's length.
    public static func rougeL<Token: Hashable>(candidate: [Token], reference: [Token]) -> RougeScore {
        var vocabulary = Vocabulary<Token>()
        return lcsScore(vocabulary.ids(candidate), vocabulary.ids(reference))
    }

    /// ROUGE-1, ROUGE-2 and ROUGE-L together, hashing each token once.
    public static func scores<Token: Hashable>(candidate: [Token], reference: [Token]) -> RougeScores {
        var vocabulary = Vocabulary<Token>()
        return scores(vocabulary.ids(candidate), vocabulary.ids(reference))
    }

    static func scores(_ candidate: [Int], _ reference: [Int]) -> RougeScores {
        RougeScores(
            rouge1: ngramScore(candidate, reference, n: 1),
            rouge2: ngramScore(candidate, reference, n: 2),
            rougeL: lcsScore(candidate, reference)
        )
    }

    // Ids are dense (below 2^31), so a unigram or bigram packs into one Int; sorting both key
    // lists and merging counts the clipped matches without any hashing.
    static func ngramScore(_ candidate: [Int], _ reference: [Int], n: Int) -> RougeScore {
        let candidateCount = max(candidate.count - n + 1, 0)
        let referenceCount = max(reference.count - n + 1, 0)
        guard candidateCount > 0 && referenceCount > 0 else {
            return RougeScore(matches: 0, candidateCount: candidateCount, referenceCount: referenceCount)
        }
        let matches: Int
        if n <= 2 {
            let c = packedKeys(candidate, n: n).sorted()
            let r = packedKeys(reference, n: n).sorted()
            var i = 0, j = 0, m = 0
            while i < c.count && j < r.count {
                if c[i] == r[j] {
                    m += 1
                    i += 1
                    j += 1
                } else if c[i] < r[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            matches = m
        } else {
            var counts: [ArraySlice<Int>: Int] = [:]
            for start in 0..<referenceCount { counts[reference[start..<start + n], default: 0] += 1 }
            var m = 0
            for start in 0..<candidateCount {
                let key = candidate[start..<start + n]
                if let left = counts[key], left > 0 {
                    m += 1
                    counts[key] = left - 1
                }
            }
            matches = m
        }
        return RougeScore(matches: matches, candidateCount: candidateCount, referenceCount: referenceCount)
    }

    private static func packedKeys(_ ids: [Int], n: Int) -> [Int] {
        if n == 1 { return ids }
        var keys: [Int] = []
        keys.reserveCapacity(ids.count - 1)
        for i in 1..<ids.count { keys.append(ids[i - 1] << 32 | ids[i]) }
        return keys
    }

    static func lcsScore(_ candidate: [Int], _ reference: [Int]) -> RougeScore {
        guard !candidate.isEmpty && !reference.isEmpty else { return .zero }
        let length = lcsLength(candidate, reference)
        return RougeScore(matches: length, candidateCount: candidate.count, referenceCount: reference.count)
    }

    // The classic table, two rows at a time, the rows as long as the shorter side.
    static func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        let (outer, inner) = a.count >= b.count ? (a, b) : (b, a)
        var previous = [Int](repeating: 0, count: inner.count + 1)
        var current = previous
        for x in outer {
            for j in 1...inner.count {
                current[j] = x == inner[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[inner.count]
    }
}

/// ROUGE on text: tokenizes by language, then scores; what an evaluation command calls.
public struct RougeScorer: Sendable {
    /// The tokenizer both sides go through.
    public let tokenizer: RougeTokenizer

    /// A scorer using the prescribed tokenization for `language`.
    public init(language: Language) {
        tokenizer = RougeTokenizer(language: language)
    }

    /// ROUGE-1/2/L of `candidate` against one reference.
    public func score(candidate: String, reference: String) -> RougeScores {
        var vocabulary = Vocabulary<String>()
        let c = vocabulary.ids(tokenizer.tokens(candidate))
        return Rouge.scores(c, vocabulary.ids(tokenizer.tokens(reference)))
    }

    /// The mean of the scores against each reference (precision, recall and F1 averaged
    /// separately), as the evaluations with several human summaries per document report it;
    /// zero when there are no references.
    public func score(candidate: String, references: [String]) -> RougeScores {
        var vocabulary = Vocabulary<String>()
        let c = vocabulary.ids(tokenizer.tokens(candidate))
        return RougeScores.mean(references.map { Rouge.scores(c, vocabulary.ids(tokenizer.tokens($0))) })
    }
}

/// Dense integer ids for tokens, so that the scoring loops compare integers.
struct Vocabulary<Token: Hashable> {
    private var table: [Token: Int] = [:]

    mutating func ids(_ tokens: [Token]) -> [Int] {
        tokens.map { token in
            if let id = table[token] { return id }
            let id = table.count
            table[token] = id
            return id
        }
    }
}

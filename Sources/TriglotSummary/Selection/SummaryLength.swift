/// How long a summary should be, the ways users ask for it.
public enum SummaryLength: Sendable, Equatable {
    /// About 3 sentences or 20% of the sentences, whichever is shorter (at least one).
    case automatic
    /// At most this many sentences.
    case sentences(Int)
    /// This fraction of the document's sentences (at least one).
    case ratio(Double)
    /// At most this many words (syllables in Vietnamese), but at least one sentence.
    case words(Int)
    /// At most this many characters, but at least one sentence. Chinese sentences are counted as
    /// editors count them (Han characters and full-width punctuation one each, a run of Latin
    /// letters or digits one, white space and half-width punctuation nothing); other sentences by
    /// their characters other than white space.
    case characters(Int)

    /// Checks the limit makes sense.
    public func validate() throws(SummaryError) {
        switch self {
        case .automatic: return
        case let .sentences(count) where count < 1: throw .invalidLength("a length in sentences must be at least 1 (got \(count))")
        case let .ratio(ratio) where !(ratio > 0 && ratio <= 1): throw .invalidLength("a ratio of the sentences must be in (0, 1] (got \(ratio))")
        case let .words(count) where count < 1: throw .invalidLength("a length in words must be at least 1 (got \(count))")
        case let .characters(count) where count < 1: throw .invalidLength("a length in characters must be at least 1 (got \(count))")
        default: return
        }
    }

    /// The most sentences allowed out of `count` eligible ones.
    func sentenceBudget(eligible count: Int) -> Int {
        switch self {
        case .automatic: return min(count, min(3, max(1, Int((Double(count) * 0.2).rounded()))))
        case let .sentences(limit): return min(count, limit)
        case let .ratio(ratio): return min(count, max(1, Int((Double(count) * ratio).rounded())))
        case .words, .characters: return count
        }
    }

    /// The size of a sentence in this limit's unit (nil for sentence-counted limits).
    func cost(of analysis: SentenceTerms.Analysis, text: String) -> Int? {
        switch self {
        case .words: return analysis.words
        case .characters: return ChineseLength.hasHan(text) ? ChineseLength.characters(text) : SentenceTerms.countNonSpace(text)
        default: return nil
        }
    }

    /// The unit budget (nil for sentence-counted limits).
    var unitBudget: Int? {
        switch self {
        case let .words(limit), let .characters(limit): return limit
        default: return nil
        }
    }
}

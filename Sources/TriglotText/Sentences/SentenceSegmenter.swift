/// Splits text into sentences: ICU's sentence break iterator, then Triglot's rules for
/// abbreviations, titles, initials, ellipses, datelines and CJK punctuation
/// (see `Resources/sentence-rules`).
///
/// Not thread-safe (it owns an ICU iterator); make one per thread.
public final class SentenceSegmenter {
    /// The language forced on every sentence, or nil to detect it.
    public let language: Language?
    private let iterator: BreakIterator

    /// A segmenter for `language`, or one that detects the language when it is nil.
    public init(language: Language? = nil) throws(TriglotTextError) {
        self.language = language
        iterator = try BreakIterator(.sentence, locale: "en")
    }

    /// The sentences of `text`, in order.
    public func sentences(in text: String) throws(TriglotTextError) -> [Sentence] {
        var copy = text
        let spans = try copy.withUTF8Bytes { (utf8) throws(TriglotTextError) in
            try sentenceSpans(utf8)
        }
        let utf8 = text.utf8
        return spans.map { span, language in
            let lower = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
            let upper = utf8.index(lower, offsetBy: span.count)
            return Sentence(range: lower..<upper, utf8Range: span, language: language)
        }
    }

    /// Sentence spans as byte ranges of `utf8`, with their languages.
    func sentenceSpans(_ utf8: UnsafeBufferPointer<UInt8>) throws(TriglotTextError) -> [(Range<Int>, Language)] {
        let documentLanguage = language ?? LanguageEvidence(utf8: utf8, in: 0..<utf8.count).language ?? .english
        let rules = SentenceRules.shipped(for: documentLanguage == .chinese ? .english : documentLanguage)
        let text = ByteText(utf8)

        var boundaries: [Int] = []
        boundaries.reserveCapacity(utf8.count / 64 + 1)
        try iterator.forEachBoundary(in: utf8) { offset, _ in boundaries.append(offset) }
        let refined = SentenceBoundaryRules(text: text, rules: rules, punctuation: PunctuationIndex(utf8)).refine(boundaries)

        var spans: [(Range<Int>, Language)] = []
        spans.reserveCapacity(refined.count)
        var start = 0
        for end in refined {
            let trimmed = text.trimmed(start..<end)
            start = end
            if trimmed.isEmpty { continue }
            let sentenceLanguage = language
                ?? LanguageEvidence(utf8: utf8, in: trimmed).language(fallback: documentLanguage)
            spans.append((trimmed, sentenceLanguage))
        }
        return spans
    }
}

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
        var spans = try refinedSpans(utf8, in: 0..<utf8.count, rules: Self.rulesLanguage(documentLanguage))
        // A language given is every sentence's: nothing to detect.
        if let language { return spans.map { ($0, language) } }
        var evidence = spans.map { LanguageEvidence(utf8: utf8, in: $0) }
        let regions = LanguageRegions.find(evidence.map { $0.clearLanguage.map(Self.rulesLanguage) },
                                           documentRules: Self.rulesLanguage(documentLanguage))
        if !regions.isEmpty {
            // A sentence in another language than the document's (English in a Vietnamese
            // article) is split again by its own language's rules, so "Mr. Smith" stays whole.
            var merged: [Range<Int>] = []
            var next = 0
            for region in regions {
                merged += spans[next..<region.sentences.lowerBound]
                let range = spans[region.sentences.lowerBound].lowerBound..<spans[region.sentences.upperBound - 1].upperBound
                merged += try refinedSpans(utf8, in: range, rules: region.rules)
                next = region.sentences.upperBound
            }
            merged += spans[next...]
            spans = merged
            evidence = spans.map { LanguageEvidence(utf8: utf8, in: $0) }
        }
        return zip(spans, evidence).map { ($0, $1.language(fallback: documentLanguage)) }
    }

    /// The language whose rules split a language's sentences: Chinese needs no lists of its own
    /// (zh.txt is empty), and the English ones handle the Latin-script words it quotes.
    static func rulesLanguage(_ language: Language) -> Language {
        language == .chinese ? .english : language
    }

    /// The trimmed sentence spans of `range` of `utf8` (offsets into `utf8`), split by ICU and
    /// corrected by the rules of `rulesLanguage`.
    private func refinedSpans(_ utf8: UnsafeBufferPointer<UInt8>, in range: Range<Int>,
                              rules rulesLanguage: Language) throws(TriglotTextError) -> [Range<Int>] {
        let piece = UnsafeBufferPointer(rebasing: utf8[range])
        let text = ByteText(piece)
        var boundaries: [Int] = []
        boundaries.reserveCapacity(piece.count / 64 + 1)
        try iterator.forEachBoundary(in: piece) { offset, _ in boundaries.append(offset) }
        let refined = SentenceBoundaryRules(text: text, rules: SentenceRules.shipped(for: rulesLanguage),
                                            punctuation: PunctuationIndex(piece)).refine(boundaries)
        var spans: [Range<Int>] = []
        spans.reserveCapacity(refined.count)
        var start = 0
        for end in refined {
            let trimmed = text.trimmed(start..<end)
            start = end
            if trimmed.isEmpty { continue }
            spans.append((trimmed.lowerBound + range.lowerBound)..<(trimmed.upperBound + range.lowerBound))
        }
        return spans
    }
}

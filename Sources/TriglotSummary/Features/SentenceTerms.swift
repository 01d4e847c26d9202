import TriglotText

/// Turns sentences into the terms that scoring compares, per language: English lower-cased,
/// stemmed words without stop words; Chinese dictionary words plus character bigrams;
/// Vietnamese syllables plus syllable bigrams (Vietnamese words span several syllables).
/// Also finds each sentence's names: capitalised runs in Latin script.
///
/// Not thread-safe (it owns a word segmenter); make one per thread.
public final class SentenceTerms {
    /// The language whose rules apply.
    public let language: Language
    private let words: WordSegmenter
    private let stopWords: Set<String>

    /// Terms for `language`, keeping `names` (e.g. glossary entries) as single terms.
    public init(language: Language, names: TermSet = TermSet()) throws(TriglotTextError) {
        self.language = language
        words = try WordSegmenter(language: language, terms: names)
        stopWords = StopWords.of(language)
    }

    /// What scoring needs of one sentence.
    public struct Analysis: Sendable {
        /// Content terms, with repeats, in order.
        public var terms: [String] = []
        /// Name words (capitalised words that do not open the sentence) and registered terms,
        /// with repeats.
        public var names: [String] = []
        /// Word tokens (syllables in Vietnamese, dictionary words in Chinese), for `--words`.
        public var words = 0
        /// Characters other than white space, for `--chars`.
        public var characters = 0
    }

    /// The terms, names and length of `sentence`.
    public func analyze(_ sentence: String) throws(TriglotTextError) -> Analysis {
        let tokens = try words.tokens(in: sentence)
        var analysis = Analysis()
        analysis.terms.reserveCapacity(tokens.count * 2)
        analysis.characters = sentence.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
        switch language {
        case .chinese: chinese(sentence, tokens, &analysis)
        case .english, .vietnamese: latin(sentence, tokens, &analysis)
        }
        return analysis
    }

    private func chinese(_ sentence: String, _ tokens: [Token], _ analysis: inout Analysis) {
        var previous: Character?
        for token in tokens {
            let text = sentence[token.range]
            if token.isTerm { analysis.names.append(String(text)) }
            guard token.kind == .word || token.kind == .number else {
                previous = nil
                continue
            }
            analysis.words += 1
            let word = String(text).lowercased()
            if !stopWords.contains(word) { analysis.terms.append(word) }
            // Character bigrams, across word boundaries but not across punctuation.
            for character in text {
                if let previous, character.unicodeScalars.first!.value >= 0x3400 {
                    analysis.terms.append(String([previous, character]))
                }
                previous = character.unicodeScalars.first!.value >= 0x3400 ? character : nil
            }
        }
    }

    private func latin(_ sentence: String, _ tokens: [Token], _ analysis: inout Analysis) {
        var previous: String?
        for (position, token) in tokens.enumerated() {
            let text = sentence[token.range]
            guard token.kind == .word || token.kind == .number else {
                previous = nil
                continue
            }
            analysis.words += 1
            if token.isTerm {
                analysis.names.append(String(text))
            } else if position > 0, token.kind == .word, let first = text.unicodeScalars.first, first.properties.isUppercase,
                      !stopWords.contains(text.lowercased()) {
                // A capitalised word that does not open the sentence is part of a name.
                analysis.names.append(String(text))
            }
            let lowered = text.lowercased()
            let isStop = stopWords.contains(lowered)
            if language == .vietnamese {
                // Syllable bigrams stand for the many two-syllable words; two stop syllables
                // together ("của các") say nothing.
                if let previous, !(isStop && stopWords.contains(previous)) {
                    analysis.terms.append(previous + " " + lowered)
                }
                previous = lowered
            }
            if !isStop { analysis.terms.append(language == .english ? EnglishStemmer.stem(lowered) : lowered) }
        }
    }
}

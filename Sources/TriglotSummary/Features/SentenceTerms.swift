import TriglotText

/// Turns sentences into the terms that scoring compares, per language: English lower-cased,
/// stemmed words without stop words; Chinese dictionary words plus character bigrams;
/// Vietnamese syllables plus syllable bigrams (Vietnamese words span several syllables).
/// Also finds each sentence's names: capitalised words that do not open it, and registered
/// terms.
///
/// Terms are numbers (see ``Term``): every spelling is looked up once in a vocabulary that
/// remembers its stem, whether it is a stop word and whether it is capitalised, so a token
/// costs one hash lookup. Not thread-safe (it owns a word segmenter and the vocabulary); make
/// one per thread.
public final class SentenceTerms {
    /// A term: a word's number, or a bigram of two words' numbers (top bit set).
    public typealias Term = UInt64

    /// The language whose rules apply.
    public let language: Language
    private let words: WordSegmenter
    private let stopWords: Set<TermKey>

    /// What the vocabulary knows of a spelling as it appears in text.
    struct Entry {
        let term: UInt32
        let isStop: Bool
        let isCapitalised: Bool
    }
    private var vocabulary = Vocabulary()

    /// The vocabulary is dropped between documents past this many spellings, so a long batch
    /// does not grow without bound; numbers only need to agree within one document.
    static let vocabularyLimit = 500_000

    /// Terms for `language`, keeping `names` (e.g. glossary entries) as single terms.
    public init(language: Language, names: TermSet = TermSet()) throws(TriglotTextError) {
        self.language = language
        words = try WordSegmenter(language: language, terms: names)
        stopWords = Set(StopWords.of(language).map(TermKey.init))
    }

    /// What scoring needs of one sentence.
    public struct Analysis: Sendable {
        /// Content terms, with repeats, in order.
        public var terms: [Term] = []
        /// Name words and registered terms, with repeats, in order.
        public var names: [Term] = []
        /// Word tokens (syllables in Vietnamese, dictionary words in Chinese), for `--words`.
        public var words = 0
    }

    /// Starts a document: forgets the vocabulary when it has grown past its limit.
    public func startDocument() {
        if vocabulary.entries.count > Self.vocabularyLimit { vocabulary = Vocabulary() }
    }

    /// The terms, names and length of `sentence`.
    public func analyze(_ sentence: String) throws(TriglotTextError) -> Analysis {
        try analyze(sentence, sentences: [0..<sentence.utf8.count])[0]
    }

    /// The analyses of the sentences of `text` at the byte ranges `sentences` (increasing, not
    /// overlapping), from one pass of the word segmenter over the whole text: one ICU pass per
    /// document instead of one per sentence. Tokens outside the ranges are skipped.
    public func analyze(_ text: String, sentences: [Range<Int>]) throws(TriglotTextError) -> [Analysis] {
        var analyses = [Analysis](repeating: Analysis(), count: sentences.count)
        guard !sentences.isEmpty else { return [] }
        for (number, range) in sentences.enumerated() { analyses[number].terms.reserveCapacity(range.count / 2) }
        var current = 0
        var state = TokenState()
        // The vocabulary is moved into a local for the pass: mutating a class's stored
        // properties costs a dynamic exclusivity check per access, a local struct none.
        var vocabulary = Vocabulary()
        swap(&vocabulary, &self.vocabulary)
        defer { swap(&vocabulary, &self.vocabulary) }
        let context = Vocabulary.Context(language: language, stopWords: stopWords)
        try words.forEachToken(in: text) { bytes, offset, kind, isTerm in
            while current < sentences.count && sentences[current].upperBound <= offset {
                current += 1
                state = TokenState()
            }
            guard current < sentences.count, offset >= sentences[current].lowerBound else { return }
            Self.add(bytes, kind, isTerm, &state, &analyses[current], &vocabulary, context)
        }
        return analyses
    }

    /// What adding a token depends on from the tokens before it in its sentence.
    private struct TokenState {
        var position = 0
        var previous: Entry?
        var previousHan: UInt32?
    }

    /// How a term is written: its stem, or the two words of a bigram joined by a space.
    public func spelling(of term: Term) -> String {
        if term & (1 << 63) != 0 {
            return vocabulary.spellings[Int((term >> 31) & 0xFFFF_FFFF)] + " " + vocabulary.spellings[Int(term & 0x7FFF_FFFF)]
        }
        return vocabulary.spellings[Int(term)]
    }

    /// Scalars other than white space, counted on the UTF-8 bytes.
    static func countNonSpace(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { countNonSpace($0) }
    }

    /// Scalars other than white space in `bytes`: every byte that starts a scalar, less ASCII
    /// spaces and the few non-ASCII spaces (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000).
    static func countNonSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte != 0x20 && !(0x09...0x0D).contains(byte) { count += 1 }
            } else if byte & 0xC0 != 0x80 {
                let second = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                let isSpace = (byte == 0xC2 && (second == 0x85 || second == 0xA0))
                    || (byte == 0xE1 && second == 0x9A && third == 0x80)
                    || (byte == 0xE2 && second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF))
                    || (byte == 0xE2 && second == 0x81 && third == 0x9F)
                    || (byte == 0xE3 && second == 0x80 && third == 0x80)
                if !isSpace { count += 1 }
            }
            index += 1
        }
        return count
    }

    /// The bigram of two words.
    @inline(__always)
    static func bigram(_ first: UInt32, _ second: UInt32) -> Term {
        1 << 63 | UInt64(first) << 31 | UInt64(second & 0x7FFF_FFFF)
    }

    private static func add(_ bytes: UnsafeBufferPointer<UInt8>, _ kind: TokenKind, _ isTerm: Bool,
                            _ state: inout TokenState, _ analysis: inout Analysis,
                            _ vocabulary: inout Vocabulary, _ context: Vocabulary.Context) {
        let language = context.language
        func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry { vocabulary.entry(bytes, context) }
        defer { state.position += 1 }
        guard kind == .word || kind == .number else {
            state.previous = nil
            state.previousHan = nil
            return
        }
        analysis.words += 1
        let word = entry(bytes)
        switch language {
        case .chinese:
            if isTerm { analysis.names.append(Term(word.term)) }
            if !word.isStop { analysis.terms.append(Term(word.term)) }
            // Character bigrams, across word boundaries but not across punctuation.
            var offset = 0
            while offset < bytes.count {
                var end = offset + 1
                while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
                // Han characters take three or four bytes in UTF-8, from lead byte 0xE3 up.
                if bytes[offset] >= 0xE3 {
                    let number = end - offset == bytes.count ? word.term : entry(UnsafeBufferPointer(rebasing: bytes[offset..<end])).term
                    if let previous = state.previousHan { analysis.terms.append(Self.bigram(previous, number)) }
                    state.previousHan = number
                } else {
                    state.previousHan = nil
                }
                offset = end
            }
        case .english, .vietnamese:
            // A capitalised word that does not open the sentence is part of a name.
            if isTerm || (state.position > 0 && kind == .word && word.isCapitalised && !word.isStop) {
                analysis.names.append(Term(word.term))
            }
            if language == .vietnamese {
                // Syllable bigrams stand for the many two-syllable words; two stop syllables
                // together ("của các") say nothing.
                if let previous = state.previous, !(word.isStop && previous.isStop) {
                    analysis.terms.append(Self.bigram(previous.term, word.term))
                }
                state.previous = word
            }
            if !word.isStop { analysis.terms.append(Term(word.term)) }
        }
    }
}

/// A sentence of cleaned text (see ``TextCleaner``): what it says once cleaned, and where it
/// lies in the original.
public struct CleanSentence: Hashable, Sendable {
    /// The cleaned sentence, white space runs shown as one space.
    public let text: String
    /// The span of the original it comes from, as UTF-8 byte offsets (tags and other removed
    /// matter inside it included).
    public let utf8Range: Range<Int>
    /// The sentence's language.
    public let language: Language
}

extension SentenceSegmenter {
    /// The sentences of `text` after cleaning it (``TextCleaner``; `pdf` joins wrapped lines),
    /// each with its place in the original. Debris with no letter or digit left (a lone "/" or
    /// "." line) is not a sentence.
    public func cleanSentences(in text: String, pdf: Bool = false) throws(TriglotTextError) -> [CleanSentence] {
        let cleaned = TextCleaner.clean(text, pdf: pdf)
        return try sentences(in: cleaned.text).compactMap { sentence in
            let shown = cleaned.text[sentence.range].collapsingWhitespace
            guard shown.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return nil }
            return CleanSentence(text: shown, utf8Range: cleaned.originalRange(ofUTF8: sentence.utf8Range), language: sentence.language)
        }
    }
}

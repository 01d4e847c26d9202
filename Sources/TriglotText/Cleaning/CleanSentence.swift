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
    /// A large text is cleaned and split a few paragraphs at a time.
    public func cleanSentences(in text: String, pdf: Bool = false) throws(TriglotTextError) -> [CleanSentence] {
        try cleanSentences(in: text, pdf: pdf, chunkSize: TextCleaner.chunkSize)
    }

    /// ``cleanSentences(in:pdf:)`` cleaning `chunkSize` bytes or so at a time.
    func cleanSentences(in text: String, pdf: Bool, chunkSize: Int) throws(TriglotTextError) -> [CleanSentence] {
        let utf8 = Array(text.utf8)
        var found: [CleanSentence] = []
        for chunk in TextCleaner.chunks(of: utf8, size: chunkSize) {
            let part = chunk.count == utf8.count ? text : String(decoding: utf8[chunk], as: UTF8.self)
            let cleaned = TextCleaner.clean(part, pdf: pdf)
            for sentence in try sentences(in: cleaned.text) {
                let shown = cleaned.text[sentence.range].collapsingWhitespace
                guard shown.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { continue }
                let range = cleaned.originalRange(ofUTF8: sentence.utf8Range)
                found.append(CleanSentence(text: shown, utf8Range: (range.lowerBound + chunk.lowerBound)..<(range.upperBound + chunk.lowerBound),
                                           language: sentence.language))
            }
        }
        return found
    }
}

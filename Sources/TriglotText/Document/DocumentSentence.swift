/// One sentence of a ``Document``.
public struct DocumentSentence: Sendable {
    /// Position among all the document's sentences, from 0.
    public let index: Int
    /// The sentence's text.
    public let text: String
    /// Where it is in the document's text, as UTF-8 byte offsets (nil for pre-split input).
    public let utf8Range: Range<Int>?
    /// Its language.
    public let language: Language
    /// Whether it can be chosen, and why not.
    public let role: SentenceRole
    /// The paragraph it belongs to, from 0.
    public let paragraph: Int
}

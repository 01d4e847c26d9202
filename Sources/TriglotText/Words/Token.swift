/// What a token is.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    /// Letters: an English word, a Vietnamese syllable, a Chinese dictionary word, a term.
    case word
    /// Digits, with their decimal and grouping separators ("1,200.5").
    case number
    /// Punctuation marks, one per token.
    case punctuation
    /// Symbols and anything else that is neither letters, digits nor punctuation.
    case symbol
    /// White space; only returned when asked for.
    case whitespace
}

/// One token of a text. Follows the boundary contract written on ``Sentence``.
public struct Token: Hashable, Sendable {
    /// The token's characters in the text it came from.
    public let range: Range<String.Index>
    /// The same span as UTF-8 byte offsets.
    public let utf8Range: Range<Int>
    /// What the token is.
    public let kind: TokenKind
    /// Whether the token is a registered term (see ``TermSet``) kept whole.
    public let isTerm: Bool
}

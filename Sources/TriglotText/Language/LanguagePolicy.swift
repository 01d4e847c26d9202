/// How a text's language is chosen, the one policy every workflow follows: detected from the
/// text (per document, then per sentence), given as one of the three languages Triglot reads,
/// or another Latin-script language (German, French) split by English rules.
public enum LanguagePolicy: Sendable, Equatable, Hashable {
    /// Detected: the document's language from the whole text (English when it shows none), each
    /// sentence's from its own words when they are clear.
    case detect
    /// Given: every sentence is in this language.
    case given(Language)
    /// A Latin-script language Triglot does not read, by its ISO 639 code ("de", "fr-CH"): split
    /// by English rules; an aligner pairs its identical words and cognates.
    case otherLatin(String)

    /// The policy for a language code: one Triglot reads ("en", "zh-Hans": its primary subtag),
    /// or another Latin-script language.
    public init(code: String) {
        let lowered = code.lowercased()
        if let language = Language(rawValue: String(lowered.prefix { $0 != "-" })) {
            self = .given(language)
        } else {
            self = .otherLatin(lowered)
        }
    }

    /// The policy for an optional language: nil detects.
    public init(_ language: Language?) {
        self = language.map(Self.given) ?? .detect
    }

    /// The language forced on every sentence, or nil when sentences are detected.
    public var forcedLanguage: Language? {
        switch self {
        case .detect: return nil
        case let .given(language): return language
        case .otherLatin: return .english
        }
    }
}

/// The languages Triglot reads.
public enum Language: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case english = "en"
    case chinese = "zh"
    case vietnamese = "vi"

    /// The ISO 639-1 code, e.g. "zh".
    public var code: String { rawValue }
    public var description: String { rawValue }

    /// The ICU locale whose break rules suit the language.
    var icuLocale: String { rawValue }

    /// Guesses the language of `text` (script, then Vietnamese letters); nil when the text has
    /// too few letters to tell.
    public static func detect(_ text: String) -> Language? {
        var copy = text
        return copy.withUTF8 { LanguageEvidence(utf8: $0, in: 0..<$0.count).language }
    }
}

import TriglotText

/// The four language varieties a concept's terms are exchanged in, with their BCP 47 tags:
/// English, simplified Chinese, traditional Chinese (the `zh_hant` column) and Vietnamese.
enum TermLanguage: CaseIterable, Hashable, Sendable {
    case english, simplified, traditional, vietnamese

    /// The tag written in exports.
    var tag: String {
        switch self {
        case .english: return "en"
        case .simplified: return "zh-Hans"
        case .traditional: return "zh-Hant"
        case .vietnamese: return "vi"
        }
    }

    /// The glossary language the variety belongs to.
    var language: Language {
        switch self {
        case .english: return .english
        case .simplified, .traditional: return .chinese
        case .vietnamese: return .vietnamese
        }
    }

    /// The variety of a tag as other tools write it (`en-GB`, `zh`, `zh-CN`, `zh-TW`, `zh_Hant_HK`,
    /// `vi-VN`), or nil for another language. Chinese without a script is simplified unless the
    /// region is Taiwan, Hong Kong or Macau.
    init?(tag: String) {
        let parts = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        switch parts.first {
        case "en": self = .english
        case "vi": self = .vietnamese
        case "zh", "cmn":
            let rest = parts.dropFirst()
            if rest.contains("hant") || (!rest.contains("hans") && rest.contains(where: { ["tw", "hk", "mo"].contains($0) })) {
                self = .traditional
            } else {
                self = .simplified
            }
        default: return nil
        }
    }

    /// The tags accepted, for messages.
    static let accepted = "en, zh-Hans (or zh, zh-CN), zh-Hant (or zh-TW, zh-HK) and vi"
}

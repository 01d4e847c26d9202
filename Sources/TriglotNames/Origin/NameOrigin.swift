/// Where a name comes from: it decides how the name is written in the other languages.
public enum NameOrigin: String, Sendable, CaseIterable {
    /// A Chinese name: pinyin in English, Hán-Việt in Vietnamese.
    case chinese
    /// A Vietnamese name: its Vietnamese form without diacritics in English.
    case vietnamese
    /// A Khmer, Lao, Thai, Burmese, Malay, Indonesian or Filipino name: written in Vietnamese as
    /// in English; in Chinese a press form only a dictionary knows.
    case otherAsian = "other-asian"
    /// Any other name, written in Vietnamese as in English.
    case western

    /// The origin of a name from a country of ISO 3166-1 code `country`.
    public static func of(country: String) -> NameOrigin {
        switch country {
        case "CN", "TW", "HK", "MO": return .chinese
        case "VN": return .vietnamese
        case "KH", "LA", "TH", "MM", "MY", "ID", "PH", "SG", "BN", "TL", "JP", "KR", "KP", "MN", "IN", "BD", "NP", "LK": return .otherAsian
        default: return .western
        }
    }
}

/// What a name names.
public enum NameKind: String, Sendable, CaseIterable {
    case person, place, organisation
}

/// The origin and kind assumed for a name, and the evidence for them.
public struct NameOriginGuess: Sendable, Equatable {
    /// Where the name is taken to come from.
    public let origin: NameOrigin
    /// What it is taken to name.
    public let kind: NameKind
    /// The evidence, in words ("surname 阮 is Vietnamese", "ends in 省").
    public let reasons: [String]
    /// True when the evidence is a dictionary entry or the user's word, false when it is inferred.
    public let certain: Bool

    public init(origin: NameOrigin, kind: NameKind, reasons: [String], certain: Bool) {
        self.origin = origin
        self.kind = kind
        self.reasons = reasons
        self.certain = certain
    }
}

import TriglotText

/// The words that names of bodies, events and documents are made of (`curated/body-words.tsv`):
/// heads (协会 Hội Association), modifiers (友好 Hữu nghị Friendship), countries and their short
/// forms (越南, 越 in 越中). Parsed once, on first use.
struct BodyLexicon: Sendable {
    /// One word in the three languages.
    struct Word: Sendable, Equatable {
        enum Role: String, Sendable { case head, modifier, country, short }

        /// Where English puts the countries of a name with this head.
        enum EnglishOrder: String, Sendable {
            /// Before the head, as nouns: China-Laos Railway.
            case before
            /// After it: Ministry of Foreign Affairs of Cambodia.
            case of
            /// Before it, as an adjective: Lao People's Revolutionary Party.
            case adjective
        }

        /// Forms per language, the written one first; a country's English forms are its noun,
        /// then its adjective.
        let chinese: [String]
        let vietnamese: [String]
        let english: [String]
        let role: Role
        let englishOrder: EnglishOrder

        func forms(in language: Language) -> [String] {
            switch language {
            case .chinese: return chinese
            case .vietnamese: return vietnamese
            case .english: return english
            }
        }

        /// A country's English adjective (Lao), or its noun when the table gives none.
        var englishAdjective: String { english.count > 1 ? english[1] : english[0] }
    }

    let heads: [Word]
    /// Modifiers and countries; short forms are in `shortChinese` and `shortVietnamese`.
    let modifiers: [Word]
    /// A country's English noun → its short Chinese form (China → 中).
    let shortChinese: [String: String]
    /// A short form → the country it stands for, per language (越 → Vietnam).
    let shorts: [Language: [String: Word]]

    static let shared = BodyLexicon(text: EmbeddedText.body_words)

    init(text: String) {
        var heads: [Word] = [], modifiers: [Word] = []
        var shortRows: [(chinese: String, vietnamese: String?, country: String)] = []
        func variants(_ field: String) -> [String] {
            field == "-" ? [] : field.components(separatedBy: " | ").map { $0.trimmingCharacters(in: " ").nfc }.filter { !$0.isEmpty }
        }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let role = Word.Role(rawValue: fields[3]) else { continue }
            if role == .short {
                shortRows.append((fields[0].nfc, variants(fields[1]).first, fields[2]))
                continue
            }
            let order = fields.count > 4 ? Word.EnglishOrder(rawValue: fields[4]) ?? .before : .before
            let word = Word(chinese: variants(fields[0]), vietnamese: variants(fields[1]), english: variants(fields[2]),
                            role: role, englishOrder: order)
            guard !word.chinese.isEmpty, !word.vietnamese.isEmpty, !word.english.isEmpty else { continue }
            if role == .head { heads.append(word) } else { modifiers.append(word) }
        }
        var shortChinese: [String: String] = [:]
        var shorts: [Language: [String: Word]] = [:]
        for row in shortRows {
            guard let country = modifiers.first(where: { $0.role == .country && $0.english[0] == row.country }) else { continue }
            shortChinese[row.country] = row.chinese
            shorts[.chinese, default: [:]][row.chinese] = country
            if let vietnamese = row.vietnamese { shorts[.vietnamese, default: [:]][vietnamese] = country }
        }
        self.heads = heads
        self.modifiers = modifiers
        self.shortChinese = shortChinese
        self.shorts = shorts
    }
}

import TriglotText

/// One form of a name in a language, and where it comes from.
public struct NameForm: Equatable, Sendable {
    /// The form.
    public let text: String
    /// "glossary" or the rule that made it ("pinyin", "han-viet", "unaccented", "han-viet-reverse").
    public let source: String
    /// The glossary concept it comes from, if any.
    public let conceptID: String?
    /// 1 for glossary forms; the rule's confidence otherwise.
    public let confidence: Double
}

/// What Triglot knows of a name: the concept when a glossary has it, and its forms in the three
/// languages, best first.
public struct NameLookup: Sendable {
    /// The name as asked.
    public let query: String
    /// The language it was read as.
    public let language: Language
    /// The glossary concept, when one has the name.
    public let concept: Concept?
    /// The forms per language, best first (the query's own language included).
    public let forms: [Language: [NameForm]]
    /// The origin and kind assumed for a name no glossary has, and why; nil for glossary names.
    public let origin: NameOriginGuess?
    /// How the glossary concept was found: exactly, or only with diacritics folded away (then
    /// `matchedForm` is the form it was folded to, which is another name than the query's).
    public let matchedBy: MatchedBy?
    /// The glossary form the query matched.
    public let matchedForm: String?

    /// The best form in `language`, if any.
    public func best(in language: Language) -> NameForm? { forms[language]?.first }
}

/// Finds a name's forms in English, Chinese and Vietnamese: from the glossary first, from the
/// transliteration rules after. Not thread-safe (ICU transforms); make one per thread.
public final class NameResolver {
    /// The glossary consulted first.
    public let glossary: Glossary
    private let folder: NameFolder
    private let rules = NameRules()
    private let dictionary = DictionaryForms()
    private let classifier = NameOriginClassifier()
    // Built on first use: it indexes the glossary's places as countries.
    private lazy var composer = BodyNameComposer(glossary: glossary)

    public init(glossary: Glossary, folder: NameFolder) {
        self.glossary = glossary
        self.folder = folder
    }

    /// The forms of `name`, read as `language` (detected from its letters when nil); `kind`, when
    /// the caller knows what the name names, steers the rules.
    public func lookup(_ name: String, from language: Language? = nil, kind: NameKind? = nil) -> NameLookup {
        let query = name.trimmingCharacters(in: " \t\r\n").nfc
        let language = language ?? Self.language(of: query)
        let match = glossary.match(named: query, folder: folder)
        // An exact glossary match answers first; a folded one only after the dictionaries, which
        // may hold the name as written (a folded match is another name: Tân Cương for Tần Cương).
        if let match, match.matchedBy == .folded, NameSize.isReadable(query) {
            let guess = classifier.classify(query, language: language, kind: kind)
            if let answer = dictionary.answer(query, language, kind: kind, guess: guess, rules: rules) {
                return NameLookup(query: query, language: language, concept: nil, forms: filled(answer.forms, query, language, kind),
                                  origin: answer.guess,
                                  matchedBy: nil, matchedForm: nil)
            }
        }
        if let match {
            let concept = match.concept
            var forms: [Language: [NameForm]] = [:]
            for target in Language.allCases {
                var list: [NameForm] = []
                if let main = concept.form(in: target) {
                    list.append(NameForm(text: main, source: "glossary", conceptID: concept.id, confidence: 1))
                }
                if target == .chinese, let traditional = concept.chineseTraditional {
                    list.append(NameForm(text: traditional, source: "glossary", conceptID: concept.id, confidence: 1))
                }
                for alias in concept.aliases[target] ?? [] {
                    list.append(NameForm(text: alias, source: "glossary", conceptID: concept.id, confidence: 1))
                }
                if !list.isEmpty { forms[target] = list }
            }
            return NameLookup(query: query, language: language, concept: concept, forms: forms, origin: nil,
                              matchedBy: match.matchedBy, matchedForm: match.form)
        }
        // Text too long to be a name is neither classified nor read by rules: its cost stays small.
        guard NameSize.isReadable(query) else {
            return NameLookup(query: query, language: language, concept: nil,
                              forms: [language: [NameForm(text: query, source: "query", conceptID: nil, confidence: 1)]],
                              origin: nil, matchedBy: nil, matchedForm: nil)
        }
        let guess = classifier.classify(query, language: language, kind: kind)
        if let answer = dictionary.answer(query, language, kind: kind, guess: guess, rules: rules), !composesBetter(answer, query, language, kind) {
            return NameLookup(query: query, language: language, concept: nil, forms: filled(answer.forms, query, language, kind),
                              origin: answer.guess,
                              matchedBy: nil, matchedForm: nil)
        }
        // A body, event or document is translated word by word, never transliterated as a person
        // or a place; only a name the lexicon covers whole is composed.
        if kind != .person, let composed = composer.compose(query, language) {
            var forms = composed.forms
            forms[language] = [NameForm(text: query, source: "query", conceptID: nil, confidence: 1)]
            return NameLookup(query: query, language: language, concept: nil, forms: forms,
                              origin: NameOriginGuess(origin: guess.origin, kind: .organisation, reasons: composed.reasons, certain: false),
                              matchedBy: nil, matchedForm: nil)
        }
        return NameLookup(query: query, language: language, concept: nil, forms: rules.forms(query, language, guess), origin: guess,
                          matchedBy: nil, matchedForm: nil)
    }

    /// True when the dictionary found `query` only through characters it reads back to (Quốc
    /// hội → 国会 → "Legislative Yuan") and the body lexicon covers it whole: the words are
    /// surer than a guess at its characters.
    private func composesBetter(_ answer: DictionaryForms.Answer, _ query: String, _ language: Language, _ kind: NameKind?) -> Bool {
        kind != .person && answer.guess.reasons.contains { $0.hasPrefix("read back through") } && composer.compose(query, language) != nil
    }

    /// A dictionary's forms, where a language has none or only forms the rules filled in (中国银行
    /// → "Trung Quốc Ngân Hành"), led by the composed form of a body's name (Ngân hàng Trung Quốc).
    private func filled(_ forms: [Language: [NameForm]], _ query: String, _ language: Language, _ kind: NameKind?) -> [Language: [NameForm]] {
        guard kind != .person, let composed = composer.compose(query, language) else { return forms }
        var forms = forms
        for (target, list) in composed.forms where (forms[target] ?? []).allSatisfy({ $0.source.contains("+") }) {
            forms[target] = list + (forms[target] ?? [])
        }
        return forms
    }

    /// The language a lone name is written in: Chinese characters, Vietnamese letters, or English.
    public static func language(of name: String) -> Language {
        if name.unicodeScalars.contains(where: \.isHanIdeograph) { return .chinese }
        if name.unicodeScalars.contains(where: { LanguageMarks.isVietnamese($0) }) { return .vietnamese }
        return .english
    }
}

/// Vietnamese letters and tone marks that English does not use.
enum LanguageMarks {
    static func isVietnamese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1EA0...0x1EF9, 0x0110, 0x0111, 0x0102, 0x0103, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x0128, 0x0129, 0x0168, 0x0169,
             0x00C0...0x00C3, 0x00C8...0x00CA, 0x00CC, 0x00CD, 0x00D2...0x00D5, 0x00D9, 0x00DA, 0x00DD,
             0x00E0...0x00E3, 0x00E8...0x00EA, 0x00EC, 0x00ED, 0x00F2...0x00F5, 0x00F9, 0x00FA, 0x00FD,
             0x0300, 0x0301, 0x0303, 0x0309, 0x0323:
            return true
        default:
            return false
        }
    }
}

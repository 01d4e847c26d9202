import TriglotText

/// What a glossary concept names.
public enum ConceptKind: String, CaseIterable, Sendable, Codable {
    case person, place, organisation, event, document, title
}

/// One glossary concept: its forms in the three languages, aliases, note and source.
public struct Concept: Equatable, Sendable {
    /// A stable identifier (`person-wang-yi`).
    public let id: String
    /// What the concept names.
    public let kind: ConceptKind
    /// The English form.
    public let english: String?
    /// The Chinese form, simplified characters.
    public let chinese: String?
    /// The Chinese form in traditional characters, where it differs.
    public let chineseTraditional: String?
    /// The Vietnamese form, with diacritics.
    public let vietnamese: String?
    /// Other forms and abbreviations, per language.
    public let aliases: [Language: [String]]
    /// A note for translators.
    public let note: String?
    /// Where the forms come from.
    public let source: String?
    /// The file and line it was read from ("glossaries/triglot.tsv:12").
    public let origin: ConceptOrigin

    public init(id: String, kind: ConceptKind, english: String?, chinese: String?, chineseTraditional: String? = nil,
                vietnamese: String?, aliases: [Language: [String]] = [:], note: String? = nil, source: String? = nil,
                origin: ConceptOrigin = .none) {
        self.id = id
        self.kind = kind
        self.english = english
        self.chinese = chinese
        self.chineseTraditional = chineseTraditional
        self.vietnamese = vietnamese
        self.aliases = aliases
        self.note = note
        self.source = source
        self.origin = origin
    }

    /// The main form in `language`.
    public func form(in language: Language) -> String? {
        switch language {
        case .english: return english
        case .chinese: return chinese
        case .vietnamese: return vietnamese
        }
    }

    /// Every form the concept is known by, main forms first, with their language.
    public var allForms: [(form: String, language: Language)] {
        var forms: [(String, Language)] = []
        for language in Language.allCases { if let form = form(in: language) { forms.append((form, language)) } }
        if let chineseTraditional { forms.append((chineseTraditional, .chinese)) }
        for language in Language.allCases { for alias in aliases[language] ?? [] { forms.append((alias, language)) } }
        return forms
    }
}

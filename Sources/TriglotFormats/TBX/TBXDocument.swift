import TriglotText

/// A termbase as TBX holds it: concept entries, each with descriptions, notes, administrative
/// fields and one section per language holding terms. What an entry means (a glossary concept)
/// is the caller's mapping; this is the syntax, for ``TBXWriter`` and ``TBXReader``.
public struct TBXDocument: Sendable, Equatable {
    /// Which TBX.
    public enum Version: Sendable, Equatable {
        /// ISO 30042:2019 TBX-Basic (DCA style), `<tbx>` root: `conceptEntry`/`langSec`/`termSec`.
        case v3
        /// ISO 30042:2008, `<martif type="TBX">` root: `termEntry`/`langSet`/`tig`.
        case v2
    }

    /// The version written or read.
    public var version: Version
    /// The header's `<title>`.
    public var title: String
    /// The header's `<sourceDesc>` paragraph: where the terms come from.
    public var sourceDescription: String
    /// The entries in order.
    public var entries: [TBXEntry]

    public init(version: Version, title: String, sourceDescription: String, entries: [TBXEntry] = []) {
        self.version = version
        self.title = title
        self.sourceDescription = sourceDescription
        self.entries = entries
    }
}

/// One concept entry (`conceptEntry`, `termEntry`).
public struct TBXEntry: Sendable, Equatable {
    /// The `id` attribute, as written (an XML ID).
    public var id: String?
    /// `<descrip type="…">`s, also those inside `<descripGrp>`.
    public var descriptions: [TBXField]
    /// `<note>`s.
    public var notes: [String]
    /// `<admin type="…">`s, also those inside `<adminGrp>`.
    public var admins: [TBXField]
    /// The language sections in order.
    public var languages: [TBXLanguageSection]
    /// The 1-based line and column of the entry read (0 for one made in memory).
    public var line = 0, column = 0

    public init(id: String?, descriptions: [TBXField] = [], notes: [String] = [], admins: [TBXField] = [],
                languages: [TBXLanguageSection] = []) {
        self.id = id
        self.descriptions = descriptions
        self.notes = notes
        self.admins = admins
        self.languages = languages
    }
}

/// One language section (`langSec`, `langSet`).
public struct TBXLanguageSection: Sendable, Equatable {
    /// The `xml:lang` tag.
    public var language: String
    /// The terms in order.
    public var terms: [TBXTerm]
    /// The 1-based line and column of the section read (0 for one made in memory).
    public var line = 0, column = 0

    public init(language: String, terms: [TBXTerm]) {
        self.language = language
        self.terms = terms
    }
}

/// One term (`termSec`, `tig`, `ntig`) and its `<termNote>`s.
public struct TBXTerm: Sendable, Equatable {
    /// The `<term>` text.
    public var text: String
    /// The `<termNote type="…">`s (`termType`, `partOfSpeech`…).
    public var notes: [TBXField]

    public init(text: String, notes: [TBXField]) {
        self.text = text
        self.notes = notes
    }

    /// The trimmed text of the first term note of `type`.
    public func note(_ type: String) -> String? {
        notes.first { $0.type == type }.map { $0.value.trimmingCharacters(in: " \n\t\r") }
    }
}

/// A typed field: `<descrip type="subjectField">place</descrip>` and its kin.
public struct TBXField: Sendable, Equatable {
    /// The `type` attribute.
    public var type: String
    /// The text.
    public var value: String

    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}

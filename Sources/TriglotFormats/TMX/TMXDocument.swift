/// A TMX 1.4b document as Triglot reads and writes it: the header's source language and notes,
/// and units with their properties, notes and per-language segments. What a unit means (an
/// aligned bead, a memory unit, a glossary concept) is the caller's mapping; this is the syntax.
public struct TMXDocument: Sendable, Equatable {
    /// The header's `srclang` (`*all*` when units have no one source language).
    public var sourceLanguage: String
    /// The header's `segtype`: `sentence`, `phrase`…
    public var segmentType: String
    /// The header's `o-tmf`, the format the units come from.
    public var originalFormat: String
    /// The header's `creationtoolversion`.
    public var toolVersion: String
    /// The header's `<note>`s.
    public var notes: [String]
    /// The `<tu>`s in document order.
    public var units: [TMXUnit]

    public init(sourceLanguage: String, segmentType: String, originalFormat: String, toolVersion: String,
                notes: [String] = [], units: [TMXUnit] = []) {
        self.sourceLanguage = sourceLanguage
        self.segmentType = segmentType
        self.originalFormat = originalFormat
        self.toolVersion = toolVersion
        self.notes = notes
        self.units = units
    }
}

/// One `<tu>`: its attributes, `<prop>`s and `<note>`s, and one ``TMXVariant`` per `<seg>`.
public struct TMXUnit: Sendable, Equatable {
    /// `tuid`.
    public var id: String?
    /// `creationdate` as written (TMX's `YYYYMMDDThhmmssZ`).
    public var creationDate: String?
    /// `srclang`, when the unit's differs from the header's.
    public var sourceLanguage: String?
    /// The unit's `<prop>`s in order.
    public var properties: [TMXProperty]
    /// The unit's `<note>`s.
    public var notes: [String]
    /// The segments in order.
    public var variants: [TMXVariant]
    /// The 1-based line and column of the `<tu>` read (0 for a unit made in memory).
    public var line = 0, column = 0

    public init(id: String? = nil, creationDate: String? = nil, sourceLanguage: String? = nil,
                properties: [TMXProperty] = [], notes: [String] = [], variants: [TMXVariant] = []) {
        self.id = id
        self.creationDate = creationDate
        self.sourceLanguage = sourceLanguage
        self.properties = properties
        self.notes = notes
        self.variants = variants
    }

    /// The text of the first `<prop>` of `type`.
    public func property(_ type: String) -> String? { properties.first { $0.type == type }?.value }
}

/// One segment: the `xml:lang` and `<prop>`s of its `<tuv>`, and the `<seg>` text with inline
/// codes (`<bpt>`, `<ph>`… the original document's markup) left out.
public struct TMXVariant: Sendable, Equatable {
    /// The language tag.
    public var language: String
    /// The `<tuv>`'s `<prop>`s.
    public var properties: [TMXProperty]
    /// The segment text.
    public var text: String
    /// The 1-based line and column of the `<tuv>` read (0 for one made in memory).
    public var line = 0, column = 0

    public init(language: String, text: String, properties: [TMXProperty] = []) {
        self.language = language
        self.text = text
        self.properties = properties
    }

    /// The text of the first `<prop>` of `type`.
    public func property(_ type: String) -> String? { properties.first { $0.type == type }?.value }
}

/// A `<prop type="…">value</prop>`.
public struct TMXProperty: Sendable, Equatable {
    /// The `type` attribute (`x-source`, `x-kind`…).
    public var type: String
    /// The text.
    public var value: String

    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}

import Foundation

/// One segment in a language: the text a translator sees, with its language tag (en, zh-Hans, vi…).
public struct Variant: Hashable, Sendable {
    /// BCP 47 tag as given by the source file.
    public var language: String
    /// The segment text.
    public var text: String

    /// A variant of `text` in `language`.
    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }

    /// Whether the variant is in `language` or one of its subtags (zh matches zh-Hans and zh-CN).
    public func isIn(_ language: String) -> Bool {
        let own = self.language.lowercased(), wanted = language.lowercased()
        return own == wanted || own.hasPrefix(wanted + "-")
    }
}

/// A translation unit: the same segment in any number of languages, with where it came from.
public struct TranslationUnit: Hashable, Sendable {
    /// The row id once stored; nil for a unit not yet added.
    public var id: Int64?
    /// The segment in each language, in file order.
    public var variants: [Variant]
    /// Provenance: the file or tool the unit came from.
    public var source: String?
    /// When the unit was created (the TMX creationdate when given, else the import time).
    public var created: Date?

    /// A unit with `variants`.
    public init(id: Int64? = nil, variants: [Variant], source: String? = nil, created: Date? = nil) {
        self.id = id
        self.variants = variants
        self.source = source
        self.created = created
    }

    /// A stable 63-bit FNV-1a hash of the variants, so importing the same unit twice stores it once.
    var fingerprint: Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for variant in variants.sorted(by: { ($0.language, $0.text) < ($1.language, $1.text) }) {
            for byte in variant.language.lowercased().utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 1) &* 0x100_0000_01b3
            for byte in variant.text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 2) &* 0x100_0000_01b3
        }
        return Int64(bitPattern: hash >> 1)
    }
}

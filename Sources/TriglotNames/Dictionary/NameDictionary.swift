import TriglotText

/// Names from open dictionaries (iso-codes, CLDR, CC-CEDICT, GeoNames), generated into
/// `Resources/dictionary/` by `tools/generate-dictionary-tables.py`: the layer between the curated
/// glossary and the reading rules. Immutable after init, so safe to share between threads.
public final class NameDictionary: Sendable {
    /// The shipped tables, parsed on first use (a `static let` is lazy), never at start-up.
    public static let shared = NameDictionary(tables: NameDictionary.shippedTables)

    /// The shipped tables in source priority order. iso-codes and CLDR come first: their names are
    /// standards bodies' per-language names, reviewed by translators, and the tables are small and
    /// exact. CC-CEDICT follows: curated by hand, but its English names and kinds are cut out of
    /// free-text glosses by heuristics. GeoNames is last: its alternate names carry no language
    /// tags, so its Chinese and Vietnamese forms are guessed from the script alone.
    static let shippedTables: [(source: String, text: String)] = [
        ("iso-codes", EmbeddedText.iso_3166_2),
        ("cldr", EmbeddedText.cldr_territories),
        ("cc-cedict", EmbeddedText.cc_cedict),
        ("geonames", EmbeddedText.geonames),
    ]

    private let all: [DictionaryEntry]
    private let byChinese: [String: [Int]]
    private let byEnglish: [String: [Int]]
    private let byVietnamese: [String: [Int]]

    /// Parses tables in the generator's layout (`en<TAB>zh<TAB>vi<TAB>kind<TAB>country<TAB>extra`,
    /// `#` comment lines); entries keep the tables' order, which lookups return.
    init(tables: [(source: String, text: String)]) {
        var all: [DictionaryEntry] = []
        var byChinese: [String: [Int]] = [:]
        var byEnglish: [String: [Int]] = [:]
        var byVietnamese: [String: [Int]] = [:]
        func add(_ key: String, _ index: Int, to map: inout [String: [Int]]) {
            guard !key.isEmpty else { return }
            // Two forms of one entry often share a key ("Da Nang | Danang"): list the entry once.
            if map[key]?.last != index { map[key, default: []].append(index) }
        }
        for (source, text) in tables {
            // Split on UTF-8 bytes: much faster than splitting Characters, and tab and newline
            // never occur inside a multi-byte scalar.
            for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
                let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                guard fields.count >= 5 else { continue }
                let entry = DictionaryEntry(
                    english: Self.forms(fields[0]),
                    chinese: Self.forms(fields[1]),
                    vietnamese: Self.forms(fields[2]),
                    kind: Self.kind(fields[3]),
                    country: fields[4].isEmpty ? nil : String(Substring(fields[4])),
                    generic: fields.count > 5 ? Self.extra("generic", in: fields[5]) : nil,
                    source: source
                )
                let index = all.count
                all.append(entry)
                for form in entry.chinese { add(form, index, to: &byChinese) }
                for form in entry.english { add(Self.englishKey(form), index, to: &byEnglish) }
                for form in entry.vietnamese { add(MatchKey.strict(form), index, to: &byVietnamese) }
            }
        }
        self.all = all
        self.byChinese = byChinese
        self.byEnglish = byEnglish
        self.byVietnamese = byVietnamese
    }

    /// Entries with this exact Chinese form (simplified or traditional), by source priority.
    public func entries(chinese: String) -> [DictionaryEntry] {
        (byChinese[chinese] ?? []).map { all[$0] }
    }

    /// Entries with this English form, ignoring case, spaces, hyphens and apostrophes
    /// ("Danang" = "Da Nang"), by source priority.
    public func entries(english: String) -> [DictionaryEntry] {
        (byEnglish[Self.englishKey(english)] ?? []).map { all[$0] }
    }

    /// Entries with this Vietnamese form, ignoring case, normalization and tone-mark placement
    /// (hoà = hòa) but not diacritics (Hà Nội ≠ Ha Noi), by source priority.
    public func entries(vietnamese: String) -> [DictionaryEntry] {
        (byVietnamese[MatchKey.strict(vietnamese)] ?? []).map { all[$0] }
    }

    /// How many entries the tables hold.
    public var count: Int { all.count }

    /// The English key: lower case without spaces, hyphens or apostrophes, because sources write
    /// one name "Da Nang", "Danang", "Da-Nang" and "Yi'an" / "Yian".
    static func englishKey(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { scalar in
            switch scalar {
            case " ", "-", "'", "\u{2019}", "\u{2018}", "\u{2010}", "\u{2011}", "\u{00A0}": false
            default: true
            }
        }))
    }

    /// A cell's ` | `-separated forms.
    private static func forms(_ field: Substring.UTF8View) -> [String] {
        guard !field.isEmpty else { return [] }
        let text = String(Substring(field))
        return text.contains("|") ? text.components(separatedBy: " | ").filter { !$0.isEmpty } : [text]
    }

    /// The kind column, with "other" (and anything unknown) as nil.
    private static func kind(_ field: Substring.UTF8View) -> String? {
        switch String(Substring(field)) {
        case "person": "person"
        case "place": "place"
        case "organisation": "organisation"
        default: nil
        }
    }

    /// The value of `key=` in the extra column (`key=value; key=value`).
    private static func extra(_ key: String, in field: Substring.UTF8View) -> String? {
        guard !field.isEmpty else { return nil }
        for item in String(Substring(field)).components(separatedBy: "; ") where item.hasPrefix(key + "=") {
            let value = String(item.dropFirst(key.count + 1))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

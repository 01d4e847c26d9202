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

    /// Where a row lies in its table's bytes.
    private struct Row: Sendable {
        let table: Int32
        let start: Int32
        let end: Int32
    }

    private let sources: [String]
    private let bytes: [[UInt8]]
    private let rows: [Row]
    private let byChinese: [String: [Int32]]
    private let byEnglish: [String: [Int32]]
    private let byVietnamese: [String: [Int32]]

    /// Parses tables in the generator's layout (`en<TAB>zh<TAB>vi<TAB>kind<TAB>country<TAB>extra`,
    /// `#` comment lines); lookups return rows in the tables' order.
    init(tables: [(source: String, text: String)]) {
        // Only the keys are made at init; an entry is decoded from its row's bytes when a lookup
        // returns it, which keeps the first use at a few milliseconds instead of ~100.
        sources = tables.map(\.source)
        bytes = tables.map { Array($0.text.utf8) }
        var rows: [Row] = []
        var byChinese: [String: [Int32]] = [:]
        var byEnglish: [String: [Int32]] = [:]
        var byVietnamese: [String: [Int32]] = [:]
        byChinese.reserveCapacity(40_000)
        byEnglish.reserveCapacity(25_000)
        func add(_ key: String, _ row: Int32, to map: inout [String: [Int32]]) {
            guard !key.isEmpty else { return }
            // Two forms of one entry often share a key ("Da Nang | Danang"): list the row once.
            if map[key]?.last != row { map[key, default: []].append(row) }
        }
        for (table, text) in bytes.enumerated() {
            text.withUnsafeBufferPointer { buffer in
                Self.forEachRow(in: buffer) { start, end in
                    let fields = Self.fields(buffer, start, end)
                    guard fields.count >= 5 else { return }
                    let row = Int32(rows.count)
                    rows.append(Row(table: Int32(table), start: Int32(start), end: Int32(end)))
                    Self.forEachForm(buffer, fields[1]) { add(Self.string(buffer, $0), row, to: &byChinese) }
                    Self.forEachForm(buffer, fields[0]) { add(Self.englishKey(buffer, $0), row, to: &byEnglish) }
                    Self.forEachForm(buffer, fields[2]) {
                        add(MatchKey.strict(Self.string(buffer, $0)), row, to: &byVietnamese)
                    }
                }
            }
        }
        self.rows = rows
        self.byChinese = byChinese
        self.byEnglish = byEnglish
        self.byVietnamese = byVietnamese
    }

    /// Entries with this exact Chinese form (simplified or traditional), by source priority.
    public func entries(chinese: String) -> [DictionaryEntry] {
        (byChinese[chinese] ?? []).map(entry)
    }

    /// Entries with this English form, ignoring case, spaces, hyphens and apostrophes
    /// ("Danang" = "Da Nang"), by source priority.
    public func entries(english: String) -> [DictionaryEntry] {
        (byEnglish[Self.englishKey(english)] ?? []).map(entry)
    }

    /// Entries with this Vietnamese form, ignoring case, normalization and tone-mark placement
    /// (hoà = hòa) but not diacritics (Hà Nội ≠ Ha Noi), by source priority.
    public func entries(vietnamese: String) -> [DictionaryEntry] {
        (byVietnamese[MatchKey.strict(vietnamese)] ?? []).map(entry)
    }

    /// How many entries the tables hold.
    public var count: Int { rows.count }

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

    /// The entry of row `index`, decoded from the table's bytes.
    private func entry(_ index: Int32) -> DictionaryEntry {
        let row = rows[Int(index)]
        return bytes[Int(row.table)].withUnsafeBufferPointer { buffer in
            let fields = Self.fields(buffer, Int(row.start), Int(row.end))
            func forms(_ field: Range<Int>) -> [String] {
                var forms: [String] = []
                Self.forEachForm(buffer, field) { forms.append(Self.string(buffer, $0)) }
                return forms
            }
            let kind = Self.string(buffer, fields[3])
            let country = Self.string(buffer, fields[4])
            var generic: String?
            var population: Int?
            if fields.count > 5 {
                for item in Self.string(buffer, fields[5]).split(separator: "; ") {
                    if item.hasPrefix("generic=") { generic = String(item.dropFirst("generic=".count)) }
                    if item.hasPrefix("population=") { population = Int(item.dropFirst("population=".count)) }
                }
            }
            return DictionaryEntry(
                english: forms(fields[0]), chinese: forms(fields[1]), vietnamese: forms(fields[2]),
                kind: ["person", "place", "organisation"].contains(kind) ? kind : nil,
                country: country.isEmpty ? nil : country,
                generic: generic?.isEmpty == false ? generic : nil,
                source: sources[Int(row.table)],
                population: population
            )
        }
    }

    // MARK: Byte-level parsing (tab, newline, space and '|' never occur inside a multi-byte scalar)

    private static let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), bar = UInt8(ascii: "|")
    private static let space = UInt8(ascii: " "), hash = UInt8(ascii: "#"), carriageReturn = UInt8(ascii: "\r")

    /// Calls `body` with each non-comment, non-empty line's byte range.
    private static func forEachRow(in buffer: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var start = 0
        while start < buffer.count {
            var end = start
            while end < buffer.count, buffer[end] != newline { end += 1 }
            var last = end
            if last > start, buffer[last - 1] == carriageReturn { last -= 1 }
            if last > start, buffer[start] != hash { body(start, last) }
            start = end + 1
        }
    }

    /// The tab-separated fields of the line `start..<end`.
    private static func fields(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(6)
        var fieldStart = start
        for index in start..<end where buffer[index] == tab {
            fields.append(fieldStart..<index)
            fieldStart = index + 1
        }
        fields.append(fieldStart..<end)
        return fields
    }

    /// Calls `body` with each ` | `-separated form of a field, spaces around it trimmed.
    private static func forEachForm(_ buffer: UnsafeBufferPointer<UInt8>, _ field: Range<Int>, _ body: (Range<Int>) -> Void) {
        var formStart = field.lowerBound
        func emit(_ end: Int) {
            var lower = formStart, upper = end
            while lower < upper, buffer[lower] == space { lower += 1 }
            while upper > lower, buffer[upper - 1] == space { upper -= 1 }
            if lower < upper { body(lower..<upper) }
        }
        for index in field where buffer[index] == bar {
            emit(index)
            formStart = index + 1
        }
        emit(field.upperBound)
    }

    private static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    /// `englishKey` straight from the bytes when the form is ASCII (nearly all are).
    private static func englishKey(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(range.count)
        for index in range {
            let byte = buffer[index]
            if byte >= 0x80 { return englishKey(string(buffer, range)) }
            switch byte {
            case space, UInt8(ascii: "-"), UInt8(ascii: "'"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte + 32)
            default: key.append(byte)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}

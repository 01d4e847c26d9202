import TriglotText

/// A generated table of rows `character<TAB>value`, sorted by code point (as
/// `tools/generate-unihan-tables.py` writes them), read where it lies: a character's row is found
/// by binary search over the embedded text's bytes, so nothing is parsed at start-up. Parsing the
/// Unihan tables whole into dictionaries cost 40 ms, most of a short command's run.
struct CharacterTable<Value>: Sendable {
    private let text: String
    /// The byte offset of the first row (after the `#` comment lines).
    private let start: Int
    private let parse: @Sendable (Character, Substring) -> Value?

    /// A table over `text`, whose value column is read by `parse` (given the row's character and
    /// the text after its first tab; nil: no value).
    init(_ text: String, parse: @escaping @Sendable (Character, Substring) -> Value?) {
        var text = text
        text.makeContiguousUTF8()
        var start = 0
        let utf8 = Array(text.utf8.prefix(4096))
        while start < utf8.count, utf8[start] == UInt8(ascii: "#") {
            while start < utf8.count, utf8[start] != 0x0A { start += 1 }
            start += 1
        }
        self.text = text
        self.start = start
        self.parse = parse
    }

    /// The value of `character`'s row, or nil when the table has none.
    subscript(_ character: Character) -> Value? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        guard let column = column(of: scalar.value) else { return nil }
        return parse(character, column)
    }

    /// Every row, in code-point order: for building indexes over the whole table.
    func forEach(_ body: (Character, Value) -> Void) {
        for line in text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: start)...].split(separator: 0x0A) {
            guard let tab = line.firstIndex(of: 0x09) else { continue }
            let key = Substring(line[..<tab]), rest = Substring(line[line.index(after: tab)...])
            guard let character = key.first, let value = parse(character, rest) else { continue }
            body(character, value)
        }
    }

    /// The text after the first tab of the row whose key is `key`.
    private func column(of key: UInt32) -> Substring? {
        let utf8 = text.utf8
        let found: Range<Int>? = utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            var low = start, high = bytes.count
            while low < high {
                // The row that holds the middle byte.
                var rowStart = (low + high) / 2
                while rowStart > low && bytes[rowStart - 1] != 0x0A { rowStart -= 1 }
                var rowEnd = rowStart
                while rowEnd < bytes.count && bytes[rowEnd] != 0x0A { rowEnd += 1 }
                let (scalar, length) = UTF8Scanner.decode(bytes, at: rowStart)
                if scalar == key {
                    let value = rowStart + length + 1
                    return value <= rowEnd ? value..<rowEnd : nil
                }
                if scalar < key { low = rowEnd + 1 } else { high = rowStart }
            }
            return nil
        } ?? nil
        guard let found else { return nil }
        return text[utf8.index(utf8.startIndex, offsetBy: found.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: found.upperBound)]
    }
}

import Foundation
import TriglotText

/// Reads the translation units of a TMX 1.4b file (any number of `<tuv>` per `<tu>`), safely.
///
/// The glossary's XML reader in TriglotNames is internal to that module and builds glossary
/// concepts, so the memory has this streaming reader with the same rules for untrusted files:
/// no DTD is ever loaded, a DOCTYPE with an internal subset (where entities are declared) is
/// refused, and only the five predefined entities and numeric references are decoded. Nothing
/// expands, so work is linear in the file's size. Any problem — truncation included — is
/// reported with its line and column, before anything is stored.
///
/// Inside `<seg>`, the content of `<bpt>`, `<ept>`, `<it>`, `<ph>` and `<ut>` is native markup
/// and is dropped; the text of `<hi>` and `<sub>` is kept.
public struct TMXUnitReader {
    /// Deeper nesting than any TMX needs; the limit keeps hostile input from exhausting memory.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private let file: String
    private var position = 0

    /// The units of `bytes`, the contents of `file` (the name used in messages and as provenance
    /// for units without `<prop type="x-source">`).
    public static func units(in bytes: [UInt8], file: String) throws(MemoryError) -> [TranslationUnit] {
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let (line, column) = location(of: offset, in: bytes)
            throw .invalidUTF8(file: file, offset: offset, line: line, column: column)
        }
        var reader = TMXUnitReader(bytes: bytes, file: file)
        return try reader.read()
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private struct Open {
        let name: String
        let offset: Int
    }

    private mutating func read() throws(MemoryError) -> [TranslationUnit] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var stack: [Open] = []
        var sawRoot = false
        var units: [TranslationUnit] = []
        var unit: TranslationUnit?
        var language: String?
        var segment: [UInt8]?
        var propType: String?
        var propText: [UInt8] = []
        var skipDepth = 0
        let dates = ISO8601DateFormatter()
        dates.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]

        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                var text: [UInt8] = []
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") {
                    if bytes[position] == UInt8(ascii: "&") { try reference(into: &text) } else { text.append(bytes[position]); position += 1 }
                }
                if stack.isEmpty {
                    if text.contains(where: { !isSpace($0) }) { throw fail(at: start, "text outside the root element; is this a TMX file?") }
                } else if skipDepth == 0 {
                    if segment != nil { segment!.append(contentsOf: text) } else if propType != nil { propText.append(contentsOf: text) }
                }
                continue
            }
            if startsWith("<!--") {
                guard let end = find("-->", from: position + 4) else { throw fail("a comment that never ends (the file may be truncated)") }
                position = end + 3
            } else if startsWith("<![CDATA[") {
                guard let end = find("]]>", from: position + 9) else { throw fail("a CDATA section that never ends (the file may be truncated)") }
                if skipDepth == 0 { segment?.append(contentsOf: bytes[(position + 9)..<end]) }
                position = end + 3
            } else if startsWith("<?") {
                guard let end = find("?>", from: position + 2) else { throw fail("a processing instruction that never ends (the file may be truncated)") }
                position = end + 2
            } else if startsWith("<!DOCTYPE") {
                if sawRoot || !stack.isEmpty { throw fail("a DOCTYPE inside the document") }
                try doctype()
            } else if startsWith("</") {
                let start = position
                position += 2
                let name = try self.name()
                while position < bytes.count && isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count && bytes[position] == UInt8(ascii: ">") else { throw fail("expected '>' to close </\(name)") }
                position += 1
                guard let open = stack.popLast() else { throw fail(at: start, "</\(name)> closes nothing") }
                guard open.name == name else {
                    let (line, column) = Self.location(of: open.offset, in: bytes)
                    throw fail(at: start, "</\(name)> closes <\(open.name)> opened at \(line):\(column)")
                }
                let local = Self.localName(name)
                if skipDepth > 0 { skipDepth -= 1; continue }
                switch local {
                case "tu":
                    if let finished = unit, !finished.variants.isEmpty { units.append(finished) }
                    unit = nil
                case "tuv": language = nil
                case "seg":
                    if let text = segment, let tag = language {
                        unit?.variants.append(Variant(language: tag, text: String(decoding: text, as: UTF8.self)))
                    }
                    segment = nil
                case "prop":
                    if propType == "x-source", language == nil {
                        let value = String(decoding: propText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                        if !value.isEmpty { unit?.source = value }
                    }
                    propType = nil
                default: break
                }
            } else {
                let start = position
                position += 1
                let name = try self.name()
                let (attributes, selfClosing) = try self.attributes(of: name)
                if stack.isEmpty {
                    if sawRoot { throw fail(at: start, "a second root element <\(name)>") }
                    guard Self.localName(name) == "tmx" else { throw fail(at: start, "expected a TMX document (root <tmx>), found <\(name)>") }
                    sawRoot = true
                }
                guard stack.count < Self.maximumDepth else { throw fail(at: start, "elements nested deeper than \(Self.maximumDepth)") }
                if !selfClosing { stack.append(Open(name: name, offset: start)) }
                if skipDepth > 0 { if !selfClosing { skipDepth += 1 }; continue }
                switch Self.localName(name) {
                case "tu":
                    guard unit == nil else { throw fail(at: start, "<tu> inside <tu>") }
                    var created: Date?
                    if let date = attributes["creationdate"] { created = dates.date(from: date) }
                    unit = TranslationUnit(variants: [], source: file, created: created)
                    if selfClosing { unit = nil }
                case "tuv":
                    guard unit != nil else { throw fail(at: start, "<tuv> outside <tu>") }
                    guard let tag = attributes["xml:lang"] ?? attributes["lang"], !tag.isEmpty else {
                        throw fail(at: start, "<tuv> has no xml:lang; add the language, e.g. xml:lang=\"en\"")
                    }
                    language = tag
                case "seg":
                    guard language != nil else { throw fail(at: start, "<seg> outside <tuv>") }
                    segment = selfClosing ? nil : []
                    if selfClosing, let tag = language { unit?.variants.append(Variant(language: tag, text: "")) }
                case "prop":
                    if !selfClosing { propType = attributes["type"]; propText = [] }
                case "bpt", "ept", "it", "ph", "ut":
                    if segment != nil && !selfClosing { skipDepth = 1 }
                case "header", "note":
                    // Header and notes hold no segment text; their content is skipped.
                    if segment == nil && !selfClosing { skipDepth = 1 }
                default: break
                }
            }
        }
        if let open = stack.last {
            let (line, column) = Self.location(of: open.offset, in: bytes)
            throw fail(at: bytes.count, "the file ends inside <\(open.name)> opened at \(line):\(column); it is truncated")
        }
        guard sawRoot else { throw fail(at: bytes.count, "no <tmx> element: the file is empty or not TMX") }
        return units
    }

    private mutating func doctype() throws(MemoryError) {
        let start = position
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                throw fail("a DOCTYPE with an internal subset (entity declarations) is refused for safety; remove the [...] part")
            } else if byte == UInt8(ascii: ">") {
                position += 1
                return
            }
            position += 1
        }
        throw fail(at: start, "a DOCTYPE that never ends (the file may be truncated)")
    }

    private mutating func name() throws(MemoryError) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") { break }
            position += 1
        }
        guard position < bytes.count else { throw fail("the file ends inside a tag; it is truncated") }
        guard position > start else { throw fail("expected a name") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func attributes(of element: String) throws(MemoryError) -> ([String: String], Bool) {
        var result: [String: String] = [:]
        while true {
            while position < bytes.count && isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { throw fail("the file ends inside <\(element)>; it is truncated") }
            if bytes[position] == UInt8(ascii: ">") { position += 1; return (result, false) }
            if startsWith("/>") { position += 2; return (result, true) }
            let key = try name()
            while position < bytes.count && isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw fail("attribute \(key) of <\(element)> has no value") }
            position += 1
            while position < bytes.count && isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw fail("the value of \(key) must be quoted")
            }
            let quote = bytes[position]
            position += 1
            var value: [UInt8] = []
            while position < bytes.count && bytes[position] != quote {
                if bytes[position] == UInt8(ascii: "<") { throw fail("'<' inside the value of \(key)") }
                if bytes[position] == UInt8(ascii: "&") { try reference(into: &value) } else { value.append(bytes[position]); position += 1 }
            }
            guard position < bytes.count else { throw fail("the file ends inside an attribute value; it is truncated") }
            position += 1
            result[key] = String(decoding: value, as: UTF8.self)
        }
    }

    private mutating func reference(into text: inout [UInt8]) throws(MemoryError) {
        let start = position
        guard let end = find(";", from: position + 1), end - position <= 12 else {
            throw fail("a bare '&'; write &amp; for an ampersand")
        }
        let body = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
        position = end + 1
        switch body {
        case "lt": text.append(UInt8(ascii: "<"))
        case "gt": text.append(UInt8(ascii: ">"))
        case "amp": text.append(UInt8(ascii: "&"))
        case "quot": text.append(UInt8(ascii: "\""))
        case "apos": text.append(UInt8(ascii: "'"))
        default:
            var value: UInt32?
            if body.hasPrefix("#x") || body.hasPrefix("#X") { value = UInt32(body.dropFirst(2), radix: 16) }
            else if body.hasPrefix("#") { value = UInt32(body.dropFirst(), radix: 10) }
            else { throw fail(at: start, "the entity &\(body); is refused: only &lt; &gt; &amp; &quot; &apos; and numeric references are read (no DTD entities)") }
            guard let code = value, let scalar = Unicode.Scalar(code),
                  code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 else {
                throw fail(at: start, "&\(body); is not a valid XML character")
            }
            text.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private func startsWith(_ literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        return position + utf8.count <= bytes.count && bytes[position..<(position + utf8.count)].elementsEqual(utf8)
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        let utf8 = Array(literal.utf8)
        var index = start
        while index + utf8.count <= bytes.count {
            if bytes[index] == utf8[0] && bytes[index..<(index + utf8.count)].elementsEqual(utf8) { return index }
            index += 1
        }
        return nil
    }

    private func fail(_ reason: String) -> MemoryError { fail(at: position, reason) }

    private func fail(at offset: Int, _ reason: String) -> MemoryError {
        let (line, column) = Self.location(of: offset, in: bytes)
        return .malformedInput(file: file, line: line, column: column, reason: reason + "; nothing was imported")
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        let end = min(offset, bytes.count)
        for index in 0..<end where bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
        let column = bytes[lineStart..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }
}

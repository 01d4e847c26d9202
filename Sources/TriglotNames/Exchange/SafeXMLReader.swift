import TriglotText

/// A deliberately small XML reader for untrusted glossary files: elements, attributes, text,
/// CDATA, comments, the five predefined entities and numeric character references — nothing else.
///
/// Full XML parsers resolve entities declared in a DOCTYPE, which lets a hostile file read local
/// files or the network (external entities) or expand a few bytes into gigabytes ("billion
/// laughs"). This reader never loads a DTD: a DOCTYPE naming an external DTD (as TMX and old TBX
/// files do) is skipped unread, a DOCTYPE whose internal subset declares entities is refused, and
/// a reference to any entity other than the predefined five is an error. Nothing is expanded, so
/// the work is linear in the size of the file.
struct SafeXMLReader {
    /// Deeper nesting than any TBX or TMX needs; the limit keeps hostile input from exhausting the stack.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// The last column computed on the current line, so columns cost linear time even on one-line files.
    private var columnMark = (offset: 0, column: 1)

    /// Parses `bytes` (the contents of `file`) and returns the root element, or throws the first
    /// problem with its line and column.
    static func parse(_ bytes: [UInt8], file: String) throws(NamesError) -> XMLTree {
        var reader = SafeXMLReader(bytes: bytes, file: file)
        return try reader.document()
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    // MARK: - Document

    private mutating func document() throws(NamesError) -> XMLTree {
        try ImportText.checkUTF8(bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3; lineStart = 3 }
        if startsWith("<?xml") && isSpace(at: position + 5) { try declaration() }
        var sawDoctype = false
        while true {
            skipSpace()
            guard position < bytes.count else { throw fail("no root element: the file is empty or not XML") }
            if startsWith("<!--") { try comment(); continue }
            if startsWith("<?") { try processingInstruction(); continue }
            if startsWith("<!DOCTYPE") {
                if sawDoctype { throw fail("a second DOCTYPE") }
                sawDoctype = true
                try doctype()
                continue
            }
            if bytes[position] == UInt8(ascii: "<") { break }
            throw fail("text before the root element; the file does not start like XML")
        }
        let root = try rootElement()
        while true {
            skipSpace()
            guard position < bytes.count else { return root }
            if startsWith("<!--") { try comment(); continue }
            if startsWith("<?") { try processingInstruction(); continue }
            throw fail("content after the end of the root element <\(root.name)>")
        }
    }

    /// `<?xml version="1.0" encoding="…"?>`: only UTF-8 is read.
    private mutating func declaration() throws(NamesError) {
        let start = position
        guard let end = find("?>") else { throw fail("the XML declaration is not closed with '?>'") }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        skip(to: end + 2)
        if let range = text.range(of: "encoding") {
            let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let name = rest.dropFirst().prefix { $0 != quote }.lowercased()
                if name != "utf-8" && name != "utf8" {
                    throw fail(at: start, "the file declares encoding '\(name)'; only UTF-8 is read (convert it, e.g. iconv -f \(name) -t UTF-8, and change the declaration)")
                }
            }
        }
    }

    /// Skips a DOCTYPE without reading any DTD; refuses an internal subset that declares entities.
    private mutating func doctype() throws(NamesError) {
        let start = position
        position += 9
        var quote: UInt8? = nil
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                try internalSubset(doctypeStart: start)
                continue
            } else if byte == UInt8(ascii: ">") {
                position += 1
                return
            }
            advance()
        }
        throw fail(at: start, "the DOCTYPE is not closed (the file is truncated)")
    }

    private mutating func internalSubset(doctypeStart: Int) throws(NamesError) {
        position += 1
        var quote: UInt8? = nil
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if startsWith("<!--") {
                try comment()
                continue
            } else if startsWith("<!ENTITY") {
                throw fail("the DOCTYPE declares entities; entity declarations are refused because they can read local files or expand without limit (remove the DOCTYPE's [...] part)")
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "]") {
                position += 1
                return
            }
            advance()
        }
        throw fail(at: doctypeStart, "the DOCTYPE's internal subset is not closed (the file is truncated)")
    }

    private mutating func comment() throws(NamesError) {
        let start = position
        guard let end = find("-->", from: position + 4) else { throw fail(at: start, "a comment '<!--' is not closed (the file is truncated)") }
        skip(to: end + 3)
    }

    private mutating func processingInstruction() throws(NamesError) {
        let start = position
        guard let end = find("?>", from: position + 2) else { throw fail(at: start, "a processing instruction '<?' is not closed (the file is truncated)") }
        skip(to: end + 2)
    }

    // MARK: - Elements

    /// One element under construction, with where it started.
    private struct Open {
        var element: XMLTree
        let start: Int
    }

    private mutating func rootElement() throws(NamesError) -> XMLTree {
        var stack: [Open] = []
        var text: [UInt8] = []
        func flushText(into stack: inout [Open], _ text: inout [UInt8]) {
            guard !text.isEmpty, !stack.isEmpty else { text.removeAll(); return }
            stack[stack.count - 1].element.children.append(.text(String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
        }
        while true {
            if stack.isEmpty {
                let (open, selfClosing) = try startTag()
                if selfClosing { return open.element }
                stack.append(open)
                continue
            }
            guard position < bytes.count else {
                let open = stack[stack.count - 1]
                throw fail(at: bytes.count, "the file ends inside <\(open.element.name)> opened at line \(open.element.line) (truncated?)")
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "<") {
                if startsWith("</") {
                    flushText(into: &stack, &text)
                    let closeStart = position
                    let closing = try endTag()
                    let open = stack.removeLast()
                    guard closing == open.element.name else {
                        throw fail(at: closeStart, "</\(closing)> does not close <\(open.element.name)> opened at line \(open.element.line)")
                    }
                    if stack.isEmpty { return open.element }
                    stack[stack.count - 1].element.children.append(.element(open.element))
                } else if startsWith("<!--") {
                    try comment()
                } else if startsWith("<![CDATA[") {
                    let start = position
                    guard let end = find("]]>", from: position + 9) else { throw fail(at: start, "a CDATA section is not closed (the file is truncated)") }
                    skip(to: position + 9)
                    while position < end { try character(into: &text) }
                    skip(to: end + 3)
                } else if startsWith("<?") {
                    try processingInstruction()
                } else if startsWith("<!") {
                    throw fail("'<!' inside an element: only comments and CDATA sections may start this way")
                } else {
                    flushText(into: &stack, &text)
                    guard stack.count < Self.maximumDepth else {
                        throw fail("elements are nested more than \(Self.maximumDepth) deep; this is not a glossary")
                    }
                    let (open, selfClosing) = try startTag()
                    if selfClosing {
                        stack[stack.count - 1].element.children.append(.element(open.element))
                    } else {
                        stack.append(open)
                    }
                }
            } else if byte == UInt8(ascii: "&") {
                try reference(into: &text)
            } else {
                try character(into: &text)
            }
        }
    }

    /// `<name attr="value" …>` or `<name … />`.
    private mutating func startTag() throws(NamesError) -> (Open, selfClosing: Bool) {
        let start = position
        let (startLine, startColumn) = (line, column(of: start))
        position += 1
        let name = try self.name(what: "element name")
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw fail(at: start, "the tag <\(name) is not closed (the file is truncated)") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return (Open(element: XMLTree(name: name, attributes: attributes, children: [], line: startLine, column: startColumn), start: start), false)
            }
            if startsWith("/>") {
                position += 2
                return (Open(element: XMLTree(name: name, attributes: attributes, children: [], line: startLine, column: startColumn), start: start), true)
            }
            guard hadSpace else { throw fail("expected a space, '>' or '/>' in the tag <\(name)>") }
            let attributeName = try self.name(what: "attribute name")
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw fail("attribute '\(attributeName)' of <\(name)> has no '=value'")
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw fail("the value of attribute '\(attributeName)' of <\(name)> must be in quotes")
            }
            let quote = bytes[position]
            let valueStart = position
            position += 1
            var value: [UInt8] = []
            while true {
                guard position < bytes.count else { throw fail(at: valueStart, "the value of attribute '\(attributeName)' is not closed (the file is truncated)") }
                let byte = bytes[position]
                if byte == quote { position += 1; break }
                if byte == UInt8(ascii: "<") { throw fail("'<' inside the value of attribute '\(attributeName)'; write it as &lt;") }
                if byte == UInt8(ascii: "&") { try reference(into: &value); continue }
                if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    // Attribute-value normalization: literal white space becomes a space.
                    if byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A { position += 1 }
                    advance()
                    value.append(0x20)
                    continue
                }
                try character(into: &value)
            }
            if attributes.contains(where: { $0.name == attributeName }) {
                throw fail(at: valueStart, "attribute '\(attributeName)' appears twice in <\(name)>")
            }
            attributes.append((attributeName, String(decoding: value, as: UTF8.self)))
        }
    }

    /// `</name>`, returning the name.
    private mutating func endTag() throws(NamesError) -> String {
        position += 2
        let name = try self.name(what: "element name")
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw fail(position >= bytes.count ? "the end tag </\(name) is not closed (the file is truncated)" : "expected '>' to end </\(name)")
        }
        position += 1
        return name
    }

    private mutating func name(what: String) throws(NamesError) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            let isNameByte = byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                || (position > start && ((byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
            guard isNameByte else { break }
            position += 1
        }
        guard position > start else {
            if position >= bytes.count { throw fail("the file ends where an \(what) was expected (truncated?)") }
            throw fail("expected an \(what), found '\(String(decoding: [bytes[position]], as: UTF8.self))'")
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    // MARK: - Characters

    /// `&amp;` and the other four, `&#NNN;`, `&#xHHH;`; every other reference is refused.
    private mutating func reference(into text: inout [UInt8]) throws(NamesError) {
        let start = position
        guard let semicolon = bytes[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
            throw fail("'&' that does not start a reference; write a literal & as &amp;")
        }
        let name = String(decoding: bytes[(position + 1)..<semicolon], as: UTF8.self)
        position = semicolon + 1
        switch name {
        case "amp": text.append(UInt8(ascii: "&"))
        case "lt": text.append(UInt8(ascii: "<"))
        case "gt": text.append(UInt8(ascii: ">"))
        case "quot": text.append(UInt8(ascii: "\""))
        case "apos": text.append(UInt8(ascii: "'"))
        default:
            guard name.hasPrefix("#") else {
                throw fail(at: start, "reference to entity '&\(name);': only &amp; &lt; &gt; &quot; &apos; and numeric references are read (DTD entities are never expanded)")
            }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value), XMLText.isXMLCharacter(value) else {
                throw fail(at: start, "'&\(name);' is not a valid XML character reference")
            }
            text.append(contentsOf: String(Character(scalar)).utf8)
        }
    }

    /// Copies one character (all its UTF-8 bytes), refusing those XML forbids and normalizing line ends.
    private mutating func character(into text: inout [UInt8]) throws(NamesError) {
        let byte = bytes[position]
        if byte == 0x0D {
            text.append(0x0A)
            if position + 1 < bytes.count && bytes[position + 1] == 0x0A { position += 1 }
            advance()
            return
        }
        if byte < 0x20 && byte != 0x09 && byte != 0x0A {
            throw fail("control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)) is not allowed in XML")
        }
        if byte == 0xEF && position + 2 < bytes.count && bytes[position + 1] == 0xBF && bytes[position + 2] >= 0xBE {
            throw fail("the noncharacter U+FFF\(bytes[position + 2] == 0xBE ? "E" : "F") is not allowed in XML")
        }
        text.append(byte)
        advance()
    }

    // MARK: - Position

    private func startsWith(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for index in 0..<count where bytes[position + index] != buffer[index] { return false }
            return true
        }
    }

    private func find(_ literal: StaticString, from start: Int? = nil) -> Int? {
        let count = literal.utf8CodeUnitCount
        var index = start ?? position
        return literal.withUTF8Buffer { buffer in
            while index + count <= bytes.count {
                if bytes[index] == buffer[0] {
                    var matches = true
                    for offset in 1..<count where bytes[index + offset] != buffer[offset] { matches = false; break }
                    if matches { return index }
                }
                index += 1
            }
            return nil
        }
    }

    private func isSpace(at index: Int) -> Bool {
        index < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index])
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while isSpace(at: position) { advance() }
        return position > start
    }

    private mutating func advance() {
        if bytes[position] == 0x0A { line += 1; lineStart = position + 1 }
        position += 1
    }

    private mutating func skip(to end: Int) {
        while position < end { advance() }
    }

    /// The column of byte `offset` on the current line, counted on from the last one computed.
    private mutating func column(of offset: Int) -> Int {
        if columnMark.offset < lineStart || columnMark.offset > offset { columnMark = (lineStart, 1) }
        var column = columnMark.column
        for index in columnMark.offset..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        columnMark = (offset, column)
        return column
    }

    /// The line and column (in Unicode scalars, 1-based) of byte `offset`.
    private func location(of offset: Int) -> (line: Int, column: Int) {
        ImportText.location(of: offset, in: bytes)
    }

    private func fail(_ reason: String) -> NamesError { fail(at: position, reason) }

    private func fail(at offset: Int, _ reason: String) -> NamesError {
        let (line, column) = location(of: min(offset, bytes.count))
        return .malformedInput(file: file, line: line, column: column, reason: reason)
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

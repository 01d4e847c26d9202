import TriglotText

/// A deliberately small pull reader for untrusted XML (glossaries, translation memories):
/// elements, attributes, text, CDATA, comments, the five predefined entities and numeric
/// character references — nothing else.
///
/// Full XML parsers resolve entities declared in a DOCTYPE, which lets a hostile file read local
/// files or the network (external entities) or expand a few bytes into gigabytes ("billion
/// laughs"). This reader never loads a DTD: a DOCTYPE naming an external DTD (as TMX and old TBX
/// files do) is skipped unread, a DOCTYPE whose internal subset declares entities is refused, and
/// a reference to any entity other than the predefined five is an error. Nothing is expanded, so
/// the work is linear in the size of the file; events come one at a time, so a reader that needs
/// no tree (a TMX of a million units) holds none.
///
/// Everything else that is wrong — not UTF-8, a character XML forbids, a truncated file, nesting
/// deeper than ``maximumDepth`` — is thrown as ``FormatError/malformed(file:line:column:reason:)``
/// or ``FormatError/invalidUTF8(file:offset:line:column:)``, with where it is.
public struct XMLEventReader {
    /// Deeper nesting than any TBX or TMX needs; the limit keeps hostile input from exhausting
    /// memory, or the stack of code that walks the tree recursively.
    public static let maximumDepth = 64
    /// More attributes on one element than any TBX or TMX has; the limit keeps hostile input
    /// (a tag with millions of attributes) from costing memory and time for nothing.
    public static let maximumAttributes = 10_000

    /// What the reader expects next.
    private enum Phase { case prolog, content, epilog, finished }

    /// An element started and not yet ended, with where it started for messages.
    private struct Open {
        let name: String
        let line: Int
        let column: Int
    }

    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// The last column computed on the current line, so columns cost linear time even on one-line files.
    private var columnMark = (offset: 0, column: 1)
    private var phase = Phase.prolog
    private var stack: [Open] = []
    private var rootName = ""
    /// Set by a self-closing tag: the next event is its end.
    private var endPending = false

    /// A reader of `bytes`, the contents of `file` (the name used in messages); throws at once
    /// when the bytes are UTF-16 or not UTF-8, since nothing else can be read then.
    public init(bytes: [UInt8], file: String) throws(FormatError) {
        self.bytes = bytes
        self.file = file
        try FormatError.checkUTF8(bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3; lineStart = 3; columnMark = (3, 1) }
    }

    /// The next event, or nil once the root element has ended and what follows it (white space,
    /// comments, processing instructions) has been checked.
    public mutating func next() throws(FormatError) -> XMLEvent? {
        if endPending {
            endPending = false
            return end()
        }
        switch phase {
        case .prolog:
            try prolog()
            phase = .content
            return try startTag()
        case .content:
            return try content()
        case .epilog:
            try epilog()
            phase = .finished
            return nil
        case .finished:
            return nil
        }
    }

    /// The error for a problem found by the caller at byte `offset` (say, of an ``XMLStartTag``),
    /// with the file, line and column filled in.
    public func failure(at offset: Int, _ reason: String) -> FormatError {
        FormatError.at(offset, in: bytes, file: file, reason)
    }

    // MARK: - Outside the root element

    private mutating func prolog() throws(FormatError) {
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
            if bytes[position] == UInt8(ascii: "<") { return }
            throw fail("text before the root element; the file does not start like XML")
        }
    }

    private mutating func epilog() throws(FormatError) {
        while true {
            skipSpace()
            guard position < bytes.count else { return }
            if startsWith("<!--") { try comment(); continue }
            if startsWith("<?") { try processingInstruction(); continue }
            throw fail("content after the end of the root element <\(rootName)>")
        }
    }

    /// `<?xml version="1.0" encoding="…"?>`: only UTF-8 is read.
    private mutating func declaration() throws(FormatError) {
        let start = position
        guard let end = find("?>") else { throw fail("the XML declaration is not closed with '?>'") }
        let encoding = find("encoding", from: start, before: end)
        skip(to: end + 2)
        if let encoding {
            let rest = String(decoding: bytes[(encoding + 8)..<end], as: UTF8.self).drop { $0 == " " || $0 == "=" || $0 == "\t" }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let name = rest.dropFirst().prefix { $0 != quote }.lowercased()
                if name != "utf-8" && name != "utf8" {
                    throw fail(at: start, "the file declares encoding '\(name)'; only UTF-8 is read (convert it, e.g. iconv -f \(name) -t UTF-8, and change the declaration)")
                }
            }
        }
    }

    /// Skips a DOCTYPE without reading any DTD; refuses an internal subset that declares entities.
    private mutating func doctype() throws(FormatError) {
        let start = position
        position += 9
        var quote: UInt8? = nil
        var inInternalSubset = false
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if inInternalSubset {
                if startsWith("<!--") {
                    try comment()
                    continue
                }
                if startsWith("<!ENTITY") {
                    throw fail("the DOCTYPE declares entities; entity declarations are refused because they can read local files or expand without limit (remove the DOCTYPE's [...] part)")
                }
                if byte == UInt8(ascii: "]") { inInternalSubset = false }
            } else if byte == UInt8(ascii: "[") {
                inInternalSubset = true
            } else if byte == UInt8(ascii: ">") {
                position += 1
                return
            }
            advance()
        }
        throw fail(at: start, inInternalSubset ? "the DOCTYPE's internal subset is not closed (the file is truncated)"
                                               : "the DOCTYPE is not closed (the file is truncated)")
    }

    private mutating func comment() throws(FormatError) {
        let start = position
        guard let end = find("-->", from: position + 4) else { throw fail(at: start, "a comment '<!--' is not closed (the file is truncated)") }
        skip(to: end + 3)
    }

    private mutating func processingInstruction() throws(FormatError) {
        let start = position
        guard let end = find("?>", from: position + 2) else { throw fail(at: start, "a processing instruction '<?' is not closed (the file is truncated)") }
        skip(to: end + 2)
    }

    // MARK: - Inside the root element

    /// Reads up to the next tag; text before it is returned first, and the tag on the next call.
    private mutating func content() throws(FormatError) -> XMLEvent? {
        var text: [UInt8] = []
        while true {
            guard position < bytes.count else {
                let open = stack[stack.count - 1]
                throw fail(at: bytes.count, "the file ends inside <\(open.name)> opened at line \(open.line) (truncated?)")
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "<") {
                if startsWith("</") {
                    if !text.isEmpty { return .text(String(decoding: text, as: UTF8.self)) }
                    return try endTag()
                } else if startsWith("<!--") {
                    try comment()
                } else if startsWith("<![CDATA[") {
                    try cdata(into: &text)
                } else if startsWith("<?") {
                    try processingInstruction()
                } else if startsWith("<!") {
                    throw fail("'<!' inside an element: only comments and CDATA sections may start this way")
                } else {
                    if !text.isEmpty { return .text(String(decoding: text, as: UTF8.self)) }
                    guard stack.count < Self.maximumDepth else {
                        throw fail("elements are nested more than \(Self.maximumDepth) deep; no TBX or TMX file needs that many levels")
                    }
                    return try startTag()
                }
            } else if byte == UInt8(ascii: "&") {
                try reference(into: &text)
            } else {
                try characters(into: &text, upTo: bytes.count, stops: (UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "<")), inAttribute: false)
            }
        }
    }

    /// `<![CDATA[…]]>`: its characters are text as written, checked like any other.
    private mutating func cdata(into text: inout [UInt8]) throws(FormatError) {
        let start = position
        guard let end = find("]]>", from: position + 9) else { throw fail(at: start, "a CDATA section is not closed (the file is truncated)") }
        position += 9
        try characters(into: &text, upTo: end, stops: (0, 0, 0), inAttribute: false)
        position = end + 3
    }

    /// `<name attr="value" …>` or `<name … />`.
    private mutating func startTag() throws(FormatError) -> XMLEvent {
        let start = position
        let (startLine, startColumn) = (line, column(of: start))
        position += 1
        let name = try self.name(what: "element name")
        var attributes: [(name: String, value: String)] = []
        // The names seen so far: the duplicate check must not compare each attribute with all
        // before it (100,000 attributes took 25 s that way).
        var attributeNames = Set<String>()
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw fail(at: start, "the tag <\(name) is not closed (the file is truncated)") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                break
            }
            if startsWith("/>") {
                position += 2
                endPending = true
                break
            }
            guard hadSpace else { throw fail("expected a space, '>' or '/>' in the tag <\(name)>") }
            guard attributes.count < Self.maximumAttributes else {
                throw fail("<\(name)> has more than \(Self.maximumAttributes) attributes; no TBX or TMX element needs that many")
            }
            let attributeName = try self.name(what: "attribute name")
            skipSpace()
            guard position < bytes.count else { throw fail(at: start, "the tag <\(name) is not closed (the file is truncated)") }
            guard bytes[position] == UInt8(ascii: "=") else { throw fail("attribute '\(attributeName)' of <\(name)> has no '=value'") }
            position += 1
            skipSpace()
            guard position < bytes.count else { throw fail(at: start, "the tag <\(name) is not closed (the file is truncated)") }
            guard bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw fail("the value of attribute '\(attributeName)' of <\(name)> must be in quotes")
            }
            let valueStart = position
            let value = try attributeValue(named: attributeName)
            guard attributeNames.insert(attributeName).inserted else {
                throw fail(at: valueStart, "attribute '\(attributeName)' appears twice in <\(name)>")
            }
            attributes.append((attributeName, value))
        }
        if stack.isEmpty { rootName = name }
        stack.append(Open(name: name, line: startLine, column: startColumn))
        return .start(XMLStartTag(name: name, attributes: attributes, offset: start, line: startLine, column: startColumn))
    }

    /// A quoted attribute value, references resolved and white space normalized to spaces.
    private mutating func attributeValue(named attributeName: String) throws(FormatError) -> String {
        let quote = bytes[position]
        let valueStart = position
        position += 1
        var value: [UInt8] = []
        while true {
            try characters(into: &value, upTo: bytes.count, stops: (UInt8(ascii: "<"), UInt8(ascii: "&"), quote), inAttribute: true)
            guard position < bytes.count else {
                throw fail(at: valueStart, "the value of attribute '\(attributeName)' is not closed (the file is truncated)")
            }
            let byte = bytes[position]
            if byte == quote {
                position += 1
                return String(decoding: value, as: UTF8.self)
            }
            if byte == UInt8(ascii: "<") { throw fail("'<' inside the value of attribute '\(attributeName)'; write it as &lt;") }
            try reference(into: &value)
        }
    }

    /// `</name>`, which must close the element open last.
    private mutating func endTag() throws(FormatError) -> XMLEvent {
        let closeStart = position
        position += 2
        let closing = try self.name(what: "element name")
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw fail(position >= bytes.count ? "the end tag </\(closing) is not closed (the file is truncated)" : "expected '>' to end </\(closing)")
        }
        position += 1
        let open = stack[stack.count - 1]
        guard closing == open.name else {
            throw fail(at: closeStart, "</\(closing)> does not close <\(open.name)> opened at line \(open.line), column \(open.column)")
        }
        return end()
    }

    /// Pops the element open last and says it has ended.
    private mutating func end() -> XMLEvent {
        let open = stack.removeLast()
        if stack.isEmpty { phase = .epilog }
        return .end(name: open.name)
    }

    private mutating func name(what: String) throws(FormatError) -> String {
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
    private mutating func reference(into text: inout [UInt8]) throws(FormatError) {
        let start = position
        let window = bytes[position..<min(position + 12, bytes.count)]
        guard let semicolon = window.firstIndex(of: UInt8(ascii: ";")) else {
            // Inside an element the end of the file is always a truncation; say so rather than
            // blame the '&'.
            if window.endIndex == bytes.count && !window.contains(UInt8(ascii: "<")) {
                throw fail("the file ends inside the reference '\(String(decoding: window, as: UTF8.self))' (truncated?)")
            }
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
            let hexadecimal = name.hasPrefix("#x")
            let digits = name.dropFirst(hexadecimal ? 2 : 1)
            // UInt32(_:radix:) takes a sign, which XML does not.
            let value = digits.allSatisfy { $0.isASCII && $0.isHexDigit } ? UInt32(digits, radix: hexadecimal ? 16 : 10) : nil
            guard let value, let scalar = Unicode.Scalar(value), XMLText.isXMLCharacter(value) else {
                throw fail(at: start, "'&\(name);' is not a valid XML character reference")
            }
            text.append(contentsOf: String(Character(scalar)).utf8)
        }
    }

    /// Copies characters up to `end` or to one of `stops`, refusing those XML forbids and
    /// normalizing line ends to `\n` (in attribute values, every tab and line end to a space).
    ///
    /// Runs of ordinary bytes are copied at once: this loop is most of the time spent on a large TMX.
    private mutating func characters(into text: inout [UInt8], upTo end: Int, stops: (UInt8, UInt8, UInt8),
                                     inAttribute: Bool) throws(FormatError) {
        var runStart = position
        while position < end {
            let byte = bytes[position]
            if byte >= 0x20 && byte != 0xEF {
                if byte == stops.0 || byte == stops.1 || byte == stops.2 { break }
                position += 1
                continue
            }
            switch byte {
            case 0xEF:
                if position + 2 < bytes.count && bytes[position + 1] == 0xBF && bytes[position + 2] >= 0xBE {
                    throw fail("the noncharacter U+FFF\(bytes[position + 2] == 0xBE ? "E" : "F") is not allowed in XML")
                }
                position += 1
            case 0x0A, 0x09:
                if byte == 0x0A { line += 1; lineStart = position + 1 }
                if inAttribute {
                    text.append(contentsOf: bytes[runStart..<position])
                    text.append(0x20)
                    runStart = position + 1
                }
                position += 1
            case 0x0D:
                text.append(contentsOf: bytes[runStart..<position])
                text.append(inAttribute ? 0x20 : 0x0A)
                position += 1
                // CRLF and a lone CR each end one line, as TextLocation counts them.
                if position < end && bytes[position] == 0x0A { position += 1 }
                line += 1
                lineStart = position
                runStart = position
            default:
                throw fail("control character U+\(byte < 0x10 ? "000" : "00")\(String(byte, radix: 16, uppercase: true)) is not allowed in XML")
            }
        }
        text.append(contentsOf: bytes[runStart..<position])
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

    /// Where `literal` next starts, at or after `start` and ending before `limit`.
    private func find(_ literal: StaticString, from start: Int? = nil, before limit: Int? = nil) -> Int? {
        let count = literal.utf8CodeUnitCount
        var index = start ?? position
        let limit = limit ?? bytes.count
        return literal.withUTF8Buffer { buffer in
            while index + count <= limit {
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
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while isSpace(at: position) { advance() }
        return position > start
    }

    private mutating func advance() {
        let byte = bytes[position]
        if byte == 0x0A || (byte == 0x0D && (position + 1 >= bytes.count || bytes[position + 1] != 0x0A)) {
            line += 1
            lineStart = position + 1
        }
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

    private func fail(_ reason: String) -> FormatError { failure(at: position, reason) }

    private func fail(at offset: Int, _ reason: String) -> FormatError { failure(at: offset, reason) }
}

/// A JSON value read by ``JSONValue/parse(_:file:)``, with the line and column it starts at, so
/// import errors can point into the file (Foundation's JSON reader reports no positions).
public struct JSONValue: Sendable {
    /// What the value is.
    public enum Content: Sendable {
        case null, bool(Bool), number(String), string(String)
        case array([JSONValue])
        case object([(key: String, value: JSONValue)])
    }

    /// Deeper nesting than any document Triglot reads needs; the limit keeps hostile input from exhausting the stack.
    public static let maximumDepth = 32

    /// The value.
    public let content: Content
    /// 1-based line of its first character.
    public let line: Int
    /// 1-based column (in Unicode scalars) of its first character.
    public let column: Int
    /// The bytes of the document it was read from, as offsets: its text as written (`1.50`, `"007"`).
    public let offsets: Range<Int>

    /// Parses a whole document (RFC 8259), or throws the first problem with its position.
    public static func parse(_ bytes: [UInt8], file: String) throws(FormatError) -> JSONValue {
        try FormatError.checkUTF8(bytes, file: file)
        var parser = Parser(bytes: bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // Editors do not show the mark, so it takes no column.
            parser.index = 3
            parser.mark = (3, 1, 1)
        }
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.fail("unexpected text after the end of the JSON value") }
        return value
    }

    /// A recursive-descent reader over UTF-8 bytes.
    private struct Parser {
        let bytes: [UInt8]
        let file: String
        var index = 0
        /// The last position computed; values are read in order, so positions cost linear time.
        var mark = (offset: 0, line: 1, column: 1)

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func location(of offset: Int) -> (Int, Int) {
            if mark.offset > offset { mark = (0, 1, 1) }
            for position in mark.offset..<offset {
                let byte = bytes[position]
                // Lines end as ``TextLocation`` says: LF, CRLF or a lone CR.
                if byte == 0x0A || (byte == 0x0D && (position + 1 >= bytes.count || bytes[position + 1] != 0x0A)) {
                    mark.line += 1
                    mark.column = 1
                } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                    mark.column += 1
                }
            }
            mark.offset = offset
            return (mark.line, mark.column)
        }

        func fail(_ reason: String, at offset: Int? = nil) -> FormatError {
            FormatError.at(offset ?? index, in: bytes, file: file, reason)
        }

        mutating func value(depth: Int) throws(FormatError) -> JSONValue {
            guard depth < JSONValue.maximumDepth else { throw fail("JSON nested more than \(JSONValue.maximumDepth) deep; no file Triglot reads needs that many levels") }
            guard index < bytes.count else { throw fail("the file ends where a JSON value was expected (truncated?)") }
            let start = index
            let (line, column) = location(of: start)
            let content: Content
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [(key: String, value: JSONValue)] = []
                skipSpace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                    index += 1
                } else {
                    while true {
                        skipSpace()
                        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a quoted key in the object") }
                        let key = try string()
                        skipSpace()
                        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(key)\"") }
                        index += 1
                        skipSpace()
                        members.append((key, try value(depth: depth + 1)))
                        skipSpace()
                        guard index < bytes.count else { throw fail("the file ends inside an object (truncated?)") }
                        if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                        guard bytes[index] == UInt8(ascii: "}") else { throw fail("expected ',' or '}' in the object") }
                        index += 1
                        break
                    }
                }
                content = .object(members)
            case UInt8(ascii: "["):
                index += 1
                var elements: [JSONValue] = []
                skipSpace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                    index += 1
                } else {
                    while true {
                        skipSpace()
                        elements.append(try value(depth: depth + 1))
                        skipSpace()
                        guard index < bytes.count else { throw fail("the file ends inside an array (truncated?)") }
                        if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                        guard bytes[index] == UInt8(ascii: "]") else { throw fail("expected ',' or ']' in the array") }
                        index += 1
                        break
                    }
                }
                content = .array(elements)
            case UInt8(ascii: "\""):
                content = .string(try string())
            case UInt8(ascii: "t") where literal("true"): content = .bool(true)
            case UInt8(ascii: "f") where literal("false"): content = .bool(false)
            case UInt8(ascii: "n") where literal("null"): content = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
                content = .number(String(decoding: bytes[start..<index], as: UTF8.self))
            default:
                throw fail("expected a JSON value")
            }
            return JSONValue(content: content, line: line, column: column, offsets: start..<index)
        }

        /// Reads a number as RFC 8259 spells it (`-0`, `1.50`, `2E+3`; not `01`, `1.` or `.5`).
        private mutating func number() throws(FormatError) {
            let start = index
            func digits() -> Int {
                let first = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - first
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            let integer = index
            let count = digits()
            guard count > 0, count == 1 || bytes[integer] != UInt8(ascii: "0") else { throw fail("malformed number", at: start) }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw fail("malformed number: digits must follow '.'", at: start) }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw fail("malformed number: digits must follow the exponent", at: start) }
            }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let matches = word.withUTF8Buffer { Array($0) == Array(bytes[index..<(index + count)]) }
            if matches { index += count }
            return matches
        }

        private mutating func string() throws(FormatError) -> String {
            let opening = index
            index += 1
            // UTF-8 bytes, decoded once at the end; a string without escapes is decoded straight
            // from the input. Appending scalars one by one was 7% of a summary request's time.
            var output: [UInt8] = []
            var run = index
            while true {
                guard index < bytes.count else { throw fail("a string is not closed (the file is truncated?)", at: opening) }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    defer { index += 1 }
                    if run == opening + 1 { return String(decoding: bytes[run..<index], as: UTF8.self) }
                    output.append(contentsOf: bytes[run..<index])
                    return String(decoding: output, as: UTF8.self)
                }
                if byte < 0x20 { throw fail("a control character inside a string; write it as an escape such as \\n") }
                if byte != UInt8(ascii: "\\") { index += 1; continue }
                output.append(contentsOf: bytes[run..<index])
                guard index + 1 < bytes.count else { throw fail("the file ends inside an escape (truncated?)") }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "u"):
                    var value = try hex4()
                    if (0xD800...0xDBFF).contains(value) {
                        guard literal("\\u") else { throw fail("a lone UTF-16 surrogate in a \\u escape") }
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone UTF-16 surrogate in a \\u escape") }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw fail("a lone UTF-16 surrogate in a \\u escape") }
                    output.append(contentsOf: UTF8.encode(scalar)!)
                default:
                    throw fail("unknown escape '\\\(String(decoding: [escape], as: UTF8.self))' in a string", at: index - 2)
                }
                run = index
            }
        }

        private mutating func hex4() throws(FormatError) -> UInt32 {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
                throw fail("\\u must be followed by four hexadecimal digits")
            }
            index += 4
            return value
        }
    }
}

/// JSON string literals, for every module that writes JSON by hand (field order and speed matter
/// more there than a generic encoder).
public enum JSONText {
    /// `text` as a quoted JSON string (RFC 8259), line and paragraph separators escaped too so
    /// the output is also valid JavaScript.
    public static func quoted(_ text: some StringProtocol) -> String {
        // Byte by byte: every character to escape is ASCII but the two separators (E2 80 A8,
        // E2 80 A9), and appending bytes costs a fraction of appending scalars to a String,
        // which was a quarter of the server's time for a summary.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        output.append(0x22)
        var bytes = text.utf8.makeIterator()
        func escape(_ escaped: StaticString) {
            escaped.withUTF8Buffer { output.append(contentsOf: $0) }
        }
        while let byte = bytes.next() {
            switch byte {
            case 0x22: escape("\\\"")
            case 0x5C: escape("\\\\")
            case 0x0A: escape("\\n")
            case 0x0D: escape("\\r")
            case 0x09: escape("\\t")
            case 0x00..<0x20:
                escape("\\u00")
                output.append(contentsOf: [hexDigit(byte >> 4), hexDigit(byte & 0xF)])
            case 0xE2:
                // A string is valid UTF-8: a lead byte E2 has two continuation bytes.
                let second = bytes.next() ?? 0x80, third = bytes.next() ?? 0x80
                if second == 0x80 && third == 0xA8 {
                    escape("\\u2028")
                } else if second == 0x80 && third == 0xA9 {
                    escape("\\u2029")
                } else {
                    output += [byte, second, third]
                }
            default: output.append(byte)
            }
        }
        output.append(0x22)
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }
}

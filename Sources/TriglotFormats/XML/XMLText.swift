/// Escaping for the XML Triglot writes (TBX, TMX).
public enum XMLText {
    /// `text` safe in element content and in attribute values of either quote: `& < > " '`
    /// escaped, a carriage return kept as `&#13;` (parsers would turn it into a line feed), and
    /// characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF) replaced by
    /// U+FFFD, as a note might hold one and the file must still parse.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            default:
                if isXMLCharacter(scalar.value) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\u{FFFD}"
                }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows the character at all.
    public static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

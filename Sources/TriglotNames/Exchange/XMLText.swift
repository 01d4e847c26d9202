/// Escaping for the XML the exporters write.
enum XMLText {
    /// `text` safe in element content and in attribute values of either quote: `& < > " '`
    /// escaped, and characters XML 1.0 cannot carry at all (C0 controls, U+FFFE, U+FFFF)
    /// replaced by U+FFFD, as a glossary note might hold one and the file must still parse.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                if SafeXMLReader.isXMLCharacter(scalar.value) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\u{FFFD}"
                }
            }
        }
        return result
    }
}

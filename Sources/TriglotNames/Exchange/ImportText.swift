import TriglotFormats
import TriglotText

/// What every import reader shares: the UTF-8 check, positions in messages, and the clean-up a
/// field needs before it can live in a glossary file (one line, no tabs, trimmed, NFC).
enum ImportText {
    /// Throws with line and column when `bytes` is not UTF-8 (naming UTF-16 when it looks like it).
    static func checkUTF8(_ bytes: [UInt8], file: String) throws(NamesError) {
        try NamesError.reading { () throws(FormatError) in try FormatError.checkUTF8(bytes, file: file) }
    }

    /// `text` as a glossary field: white space that holds a line break or tab becomes one space
    /// (XML writers wrap long notes), the ends are trimmed, non-ASCII text is NFC; nil when empty.
    static func field(_ text: String?) -> String? {
        guard let text else { return nil }
        var result = ""
        var pendingSpace = false
        var spaceRun = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if scalar == " " && !pendingSpace { spaceRun.unicodeScalars.append(scalar) } else { pendingSpace = true }
                continue
            }
            if !result.isEmpty {
                if pendingSpace { result += " " } else { result += spaceRun }
            }
            pendingSpace = false
            spaceRun = ""
            result.unicodeScalars.append(scalar)
        }
        guard !result.isEmpty else { return nil }
        return result.utf8.allSatisfy { $0 < 0x80 } ? result : result.nfc
    }
}

/// The lines of a text file written on any system: LF, CRLF or a lone CR each end a line, and a
/// leading byte-order mark is not part of the first line.
///
/// Splitting a `String` on "\n" does not do this: "\r\n" is one `Character`, so a CRLF file
/// would be one line; the work is done on Unicode scalars instead.
package enum TextLines {
    /// The byte-order mark some editors (Notepad, Excel) put at the start of UTF-8 files.
    package static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

    /// The lines of `text`, without their line ends or a leading byte-order mark; a final line
    /// end does not start an empty line of its own only when `omittingFinalEmptyLine` is true.
    /// Line N of the result (1-based) is the line an editor shows as line N.
    package static func split(_ text: String, omittingFinalEmptyLine: Bool = false) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        if scalars.first == byteOrderMark { start = scalars.index(after: start) }
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            // Scalar-aligned indices slice a String even inside a "\r\n" Character.
            lines.append(text[start..<index])
            var next = scalars.index(after: index)
            if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
            start = next
            index = next
        }
        if !(omittingFinalEmptyLine && start == scalars.endIndex && !lines.isEmpty) {
            lines.append(text[start..<scalars.endIndex])
        }
        return lines
    }

    /// The line end `text` uses (that of its first line), "\n" when it has none: what to write
    /// when adding lines to it, so a Windows file stays CRLF.
    package static func lineEnd(of text: String) -> String {
        let scalars = text.unicodeScalars
        guard let index = scalars.firstIndex(where: { $0 == "\n" || $0 == "\r" }) else { return "\n" }
        guard scalars[index] == "\r" else { return "\n" }
        let next = scalars.index(after: index)
        return next < scalars.endIndex && scalars[next] == "\n" ? "\r\n" : "\r"
    }

    /// Whether `text` ends with a line end (LF, CRLF or CR).
    package static func endsWithLineEnd(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "\n" || last == "\r"
    }
}

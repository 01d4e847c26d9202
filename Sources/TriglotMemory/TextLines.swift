/// Cuts text into lines at every line end in use: LF (Unix), CRLF (Windows) and CR (old Mac OS).
///
/// Splitting a `String` on the Character "\n" misses CRLF, which Swift reads as one Character
/// "\r\n", so a Windows file would be one long line; the cut is made on Unicode scalars instead.
enum TextLines {
    /// The lines of `text` without their line ends; text after the last line end (empty when
    /// the text ends with one) is the last line.
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            result.append(Substring(scalars[start..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        result.append(Substring(scalars[start..<scalars.endIndex]))
        return result
    }
}

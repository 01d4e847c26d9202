import Testing
import TriglotText

/// Lines of files written on any system: LF, CRLF, a lone CR, with or without a byte-order mark,
/// numbered as editors number them.
@Suite struct TextLinesTests {
    @Test(arguments: [
        ("a\nb\n", ["a", "b", ""]),
        ("a\r\nb\r\n", ["a", "b", ""]),
        ("a\rb\r", ["a", "b", ""]),
        ("\u{FEFF}a\r\nb", ["a", "b"]),
        ("a\r\n\r\nb\n\rc", ["a", "", "b", "", "c"]),
        ("", [""]),
        ("\u{FEFF}", [""]),
        ("é\r\n中", ["é", "中"]),
    ])
    func splitsOnEveryLineEnd(text: String, expected: [String]) {
        #expect(TextLines.split(text).map(String.init) == expected)
    }

    @Test func aFinalLineEndMayEndTheLastLine() {
        #expect(TextLines.split("a\r\nb\r\n", omittingFinalEmptyLine: true).map(String.init) == ["a", "b"])
        #expect(TextLines.split("a\r\nb", omittingFinalEmptyLine: true).map(String.init) == ["a", "b"])
        #expect(TextLines.split("", omittingFinalEmptyLine: true).map(String.init) == [""])
    }

    @Test func tellsTheLineEndAFileUses() {
        #expect(TextLines.lineEnd(of: "a\r\nb\n") == "\r\n")
        #expect(TextLines.lineEnd(of: "a\rb") == "\r")
        #expect(TextLines.lineEnd(of: "a\nb\r\n") == "\n")
        #expect(TextLines.lineEnd(of: "a") == "\n")
        #expect(TextLines.endsWithLineEnd("a\r\n") && TextLines.endsWithLineEnd("a\r") && !TextLines.endsWithLineEnd("a"))
    }

    @Test func locationsCountALoneCRAsALineEnd() {
        let bytes = Array("ab\rcd\r\nef\ng".utf8)
        #expect(TextLocation.of(3, in: bytes) == (2, 1))
        #expect(TextLocation.of(4, in: bytes) == (2, 2))
        #expect(TextLocation.of(7, in: bytes) == (3, 1))
        #expect(TextLocation.of(10, in: bytes) == (4, 1))
        #expect(TextLocation.of(5, in: [0xEF, 0xBB, 0xBF] + Array("a\rb".utf8)) == (2, 1))
    }
}

import Foundation
import Testing
@testable import TriglotFormats

/// The one JSON reader: RFC 8259 values with their positions and their text as written.
@Suite struct JSONValueTests {
    @Test func keepsEachMembersTextAsWritten() throws {
        let bytes = Array(#"{"a": 1.50, "b": "x\u0079\/", "c": true, "d": [1, {"e": null}]}"#.utf8)
        let value = try JSONValue.parse(bytes, file: "f")
        guard case let .object(members) = value.content else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b", "c", "d"])
        #expect(members.map { String(decoding: bytes[$0.value.offsets], as: UTF8.self) } == ["1.50", #""x\u0079\/""#, "true", #"[1, {"e": null}]"#])
        guard case let .string(text) = members[1].value.content else { Issue.record("not a string"); return }
        #expect(text == "xy/")
        #expect(members[2].value.column == 36)
    }

    @Test func readsNumbersAsRFC8259SpellsThem() throws {
        for number in ["0", "-0", "1.50", "2E+3", "-2.5e-3", "12345678901234567890123"] {
            let value = try JSONValue.parse(Array(number.utf8), file: "f")
            guard case let .number(text) = value.content else { Issue.record("\(number): not a number"); continue }
            #expect(text == number)
        }
        for malformed in ["01", "1.", "-", ".5", "1.2.3", "1e", "1e+", "+1", "-01"] {
            #expect(throws: FormatError.self, "\(malformed)") { try JSONValue.parse(Array(malformed.utf8), file: "f") }
        }
        let error = try #require(throws: FormatError.self) { try JSONValue.parse(Array("[1, 02]".utf8), file: "f") }
        #expect(error.column == 5 && error.reason.contains("malformed number"))
    }

    @Test func readsStringsAsFoundationsReaderDoes() throws {
        var random = SystemRandomNumberGenerator()
        // Escapes of every kind (\u with surrogate pairs), and raw text of each UTF-8 length.
        let pieces = [#"\""#, #"\\"#, #"\/"#, #"\b"#, #"\f"#, #"\n"#, #"\r"#, #"\t"#, #"\u0000"#, #"\u00e9"#, #"\u4E2D"#,
                      #"\ud83d\ude00"#, #"\u2028"#, "a", " ", "é", "ệ", "王", "😀", "/"]
        for _ in 0..<2_000 {
            let literal = "\"" + (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() + "\""
            let value = try JSONValue.parse(Array(literal.utf8), file: "f")
            guard case let .string(text) = value.content else { Issue.record("\(literal): not a string"); continue }
            let foundation = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
            #expect([text] == foundation, "\(literal)")
        }
        for malformed in [#""\x""#, #""\u12""#, #""\ud83d""#, #""\ud83dx""#, #""\ude00""#, "\"a\u{1}\"", #""open"#] {
            #expect(throws: FormatError.self, "\(malformed)") { try JSONValue.parse(Array(malformed.utf8), file: "f") }
        }
    }
}

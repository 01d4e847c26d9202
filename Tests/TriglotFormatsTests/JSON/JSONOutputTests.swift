import Testing
@testable import TriglotFormats

/// The one JSON writer: key order as given, one spacing, one escaping, records one per line.
@Suite struct JSONOutputTests {
    static let record = JSONOutput.object([
        ("z", .int(1)), ("a", .string("q\"\\\n\u{1}\u{2028}")), ("n", .null), ("b", .bool(false)),
        ("list", .strings(["x", "y"])), ("raw", .raw("1.50")), ("empty", .array([])),
    ])

    @Test func keepsKeyOrderAndEscapes() {
        #expect(Self.record.text == #"{"z": 1, "a": "q\"\\\n\u0001\u2028", "n": null, "b": false, "list": ["x", "y"], "raw": 1.50, "empty": []}"#)
    }

    @Test func writesRecordsOnePerLine() {
        #expect(JSONOutput.lines([.int(1), .object([("k", .int(2))])]).document == "[\n  1,\n  {\"k\": 2}\n]\n")
        #expect(JSONOutput.lines([]).document == "[]\n")
    }

    @Test func putsAMemberHoldingLinesOnALineOfItsOwn() {
        let value = JSONOutput.lines([.object([("file", .string("a")), ("items", .lines([.int(1), .int(2)])), ("after", .lines([]))])])
        #expect(value.document == "[\n  {\"file\": \"a\",\n    \"items\": [\n      1,\n      2\n    ],\n    \"after\": []}\n]\n")
    }

    @Test(arguments: [0, 1, 3])
    func streamingWritesWhatTheWholeDocumentWould(count: Int) {
        let elements = (0..<count).map { JSONOutput.object([("i", .int($0))]) }
        var streamed = ""
        JSONOutput.writeLines(elements) { streamed += $0 }
        #expect(streamed == JSONOutput.lines(elements).document)
    }

    @Test func whatIsWrittenParsesBack() throws {
        let parsed = try JSONValue.parse(Array(Self.record.text.utf8), file: "t.json")
        guard case let .object(members) = parsed.content, case let .string(text) = members[1].value.content else {
            Issue.record("not an object with a string")
            return
        }
        #expect(members.map(\.key) == ["z", "a", "n", "b", "list", "raw", "empty"])
        #expect(text == "q\"\\\n\u{1}\u{2028}")
    }

    @Test func theReaderGivesPositionsAndRefusesDepth() {
        #expect(throws: FormatError.malformed(file: "t.json", line: 2, column: 4, reason: "expected ',' or ']' in the array")) {
            try JSONValue.parse(Array("[1,\n 2 3]".utf8), file: "t.json")
        }
        #expect(throws: FormatError.self) { try JSONValue.parse(Array(String(repeating: "[", count: 100).utf8), file: "t.json") }
    }

    @Test func theReaderKeepsEachValuesTextAsWritten() throws {
        let bytes = Array("{\"id\": 1.50, \"k\\u0065y\": [1, {\"a\": \"007\"}]}".utf8)
        guard case let .object(members) = try JSONValue.parse(bytes, file: "t.json").content else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["id", "key"])
        #expect(members.map { String(decoding: bytes[$0.value.offsets], as: UTF8.self) } == ["1.50", "[1, {\"a\": \"007\"}]"])
    }
}

import Testing
@testable import TriglotFormats

/// The one CSV writer and reader (RFC 4180).
@Suite struct CSVTests {
    @Test func quotesEveryFieldOrOnlyThoseThatNeedIt() {
        let records = [["id", "text"], ["1", "a, \"b\"\nc"], ["2", "plain"]]
        #expect(CSVWriter.write(records, quoting: .whenNeeded) == "id,text\r\n1,\"a, \"\"b\"\"\nc\"\r\n2,plain\r\n")
        #expect(CSVWriter.write(records, quoting: .always).hasPrefix("\"id\",\"text\"\r\n\"1\","))
    }

    @Test(arguments: [CSVWriter.Quoting.always, .whenNeeded])
    func whatIsWrittenReadsBack(quoting: CSVWriter.Quoting) throws {
        let records = [["a", "b"], ["x\r\ny", ""], ["\"", ","]]
        let read = try CSVReader.records(Array(CSVWriter.write(records, quoting: quoting).utf8), file: "t.csv")
        #expect(read.map(\.fields) == records)
        #expect(read.map(\.line) == [1, 2, 4])
    }

    @Test func readsWhatSpreadsheetsWrite() throws {
        let read = try CSVReader.records(Array("\u{FEFF}a,b\r\r1,\"2\r3\"\r".utf8), file: "t.csv")
        #expect(read == [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 3, fields: ["1", "2\r3"])])
    }

    @Test(arguments: [
        ("a\n\"b,c\n", "t.csv:2:1: a quoted field is not closed"),
        ("a\nb\"c\n", "t.csv:2:2: a '\"' inside an unquoted field"),
        ("a\n\"b\"c\n", "t.csv:2:4: text after the closing quote"),
    ])
    func reportsMalformedRecordsWithAPosition(text: String, expected: String) {
        var message = "no error"
        do { _ = try CSVReader.records(Array(text.utf8), file: "t.csv") } catch { message = error.description }
        #expect(message.hasPrefix(expected), "got \(message)")
    }

    @Test func refusesInvalidUTF8WithAPosition() {
        #expect(throws: FormatError.invalidUTF8(file: "t.csv", offset: 4, line: 2, column: 3)) {
            try CSVReader.records([0x61, 0x0A, 0x62] + [0x62, 0xFF], file: "t.csv")
        }
    }
}

import Foundation
import Testing

/// End-to-end tests of `triglot names` reading names from standard input: an answer per line
/// as soon as the line is read, any line end, and errors that name the line.
@Suite struct NamesStreamingTests {
    @Test func eachLineIsAnsweredBeforeTheNextIsSent() throws {
        let session = try TriglotSession(["names", "--to", "vi"])
        try session.send("Wang Yi\n")
        // Standard input stays open: the answer must come without waiting for its end.
        #expect(session.nextLine(timeout: 20) == "Vương Nghị")
        try session.send("张东强\n")
        #expect(session.nextLine(timeout: 20) == "Trương Đông Cường")
        #expect(try session.finish() == 0)
    }

    @Test(arguments: ["王毅\r\n张东强\r\n", "王毅\r张东强\r", "王毅\r\n张东强", "\u{FEFF}王毅\n张东强\n"])
    func crlfCrAndAByteOrderMarkEndLinesAsLfDoes(input: String) throws {
        let result = try TriglotRunner.run(["names", "--to", "en"], stdin: Array(input.utf8), timeout: 20)
        #expect(result.status == 0)
        #expect(result.stdout == "Wang Yi\nZhang Dongqiang\n")
    }

    @Test func anEmptyLineBetweenCrlfLinesStaysOneEmptyAnswer() throws {
        let result = try TriglotRunner.run(["names", "--to", "en"], stdin: Array("王毅\r\n\r\n张东强\r\n".utf8), timeout: 20)
        #expect(result.stdout == "Wang Yi\n\nZhang Dongqiang\n")
    }

    @Test func aLineNotInUTF8StopsWithItsLineNumber() throws {
        let result = try TriglotRunner.run(["names", "--to", "en"], stdin: Array("王毅\n".utf8) + [0x57, 0xFF, 0x0A] + Array("张东强\n".utf8),
                                           timeout: 20)
        #expect(result.status == 65)
        #expect(result.stdout == "Wang Yi\n")  // the lines before were answered already
        #expect(result.stderr.hasPrefix("error: standard input:2: not valid UTF-8"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aLineOverOneMegabyteIsAnError() throws {
        let result = try TriglotRunner.run(["names"], stdin: [UInt8](repeating: 0x61, count: (1 << 20) + 10) + [0x0A], timeout: 20)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("error: standard input:1: line longer than 1 MB"))
    }
}

import Foundation
import Testing

/// Checks shared by the commands' `--jsonl` modes.
enum JSONLinesRun {
    /// The lines a run wrote.
    static func lines(_ result: TriglotRunner.Result) -> [String] { result.stdout.split(separator: "\n").map(String.init) }

    /// One JSON line of `fields` (keys in no set order).
    static func line(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    }

    /// Runs `arguments` on a good line, a malformed one and `last`: the two results come back
    /// around an error record for line 2, the run ends with exit 65 and says so, and with
    /// `--on-error stop` nothing follows the error record. The two results.
    static func goesOnPastAMalformedLine(_ arguments: [String], first: String, last: String) throws -> (String, String) {
        let input = first + "\n{\"id\": 2, \"text\": \"unfinished\n" + last + "\n"
        let result = try TriglotRunner.run(arguments, stdin: Array(input.utf8))
        #expect(result.status == 65)
        #expect(result.stderr == "error: 1 of 3 input lines failed (see the error records in the output)\n")
        let written = lines(result)
        #expect(written.count == 3)
        #expect(written.dropFirst().first == "{\"line\": 2, \"id\": null, \"error\": \"not a JSON object\"}")
        let stop = try TriglotRunner.run(arguments + ["--on-error", "stop"], stdin: Array(input.utf8))
        #expect(stop.status == 65)
        #expect(lines(stop) == Array(written.prefix(2)))
        return (written.first ?? "", written.last ?? "")
    }

    /// Runs `arguments` as a co-process: each answer must come while standard input stays open.
    static func answersBeforeTheInputEnds(_ arguments: [String], _ first: String, _ second: String) throws {
        let session = try TriglotSession(arguments)
        try session.send(first + "\n")
        #expect(session.nextLine(timeout: 30)?.hasPrefix("{\"id\": 1, ") == true)
        try session.send(second + "\n")
        #expect(session.nextLine(timeout: 30)?.hasPrefix("{\"id\": 2, ") == true)
        #expect(try session.finish() == 0)
    }
}

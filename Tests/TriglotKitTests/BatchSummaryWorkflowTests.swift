import Foundation
import Testing
import TriglotSummary
@testable import TriglotKit

@Suite struct BatchSummaryWorkflowTests {
    /// Collects what the workflow writes (its calls never overlap).
    final class Collected: @unchecked Sendable {
        var text = ""
    }

    @Test func writesOneLineEachInInputOrderWithErrorRecordsInPlace() throws {
        var lines: [BatchSummaryWorkflow.Line] = (1...40).map { number in
            .line(number: number, text: "{\"id\": \(number), \"text\": \"Article \(number) begins. It ends here.\", \"tag\": [\(number)]}")
        }
        lines.insert(.bad(number: 41, reason: "not valid UTF-8"), at: 10)
        lines.insert(.line(number: 42, text: "{oops"), at: 20)
        var remaining = lines[...]
        let collected = Collected()
        let outcome = BatchSummaryWorkflow(method: AutoMethod(), length: .sentences(1), language: .detect)
            .run(next: { remaining.popFirst() }, write: { collected.text += $0 }, flush: {})
        let written = collected.text.split(separator: "\n").map(String.init)
        #expect(outcome.lines == 42)
        #expect(outcome.failures == 2)
        #expect(written.count == 42)
        #expect(written[10] == "{\"line\": 41, \"id\": null, \"error\": \"not valid UTF-8\"}")
        #expect(written[20] == "{\"line\": 42, \"id\": null, \"error\": \"not a JSON object\"}")
        let ids = written.compactMap { line -> Int? in
            guard line.hasPrefix("{\"id\": ") else { return nil }
            return Int(line.dropFirst(7).prefix { $0.isNumber })
        }
        #expect(ids == Array(1...40))
        #expect(written[0].hasPrefix("{\"id\": 1, \"tag\": [1], \"language\": \"en\""))
    }

    @Test func readsTheMembersOfAJSONObjectAsWritten() throws {
        let record = try JSONLinesRecord(line: 3, text: #"{"id": 1.50, "a": {"b": [1, "}"]}, "s": "x\"y", "t": true}"#)
        #expect(record.id == "1.50" && record.line == 3)
        #expect(record.members.map(\.key) == ["id", "a", "s", "t"])
        #expect(record.passThrough(except: ["id"]).map(\.raw) == [#"{"b": [1, "}"]}"#, #""x\"y""#, "true"])
        #expect(record.text("s") == "x\"y" && record.text("t") == nil && record.has("t"))
        #expect(throws: JSONLinesRecord.Unreadable.self) { try JSONLinesRecord(line: 1, text: "[1, 2]") }
    }
}

import Foundation
import Testing
import TriglotFormats
import TriglotNames
import TriglotSummary
import TriglotText
@testable import TriglotKit

@Suite struct EventBatchTaskTests {
    /// Collects what the batch writes (its calls never overlap).
    final class Collected: @unchecked Sendable {
        var text = ""
        var lines: [String] { text.split(separator: "\n").map(String.init) }
    }

    /// The bundled report `name` (`lmc-2022-foreign-ministers-meeting.en.txt`…), name and text.
    private func report(_ name: String) throws -> (name: String, text: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (name, try String(contentsOf: root.appendingPathComponent("examples/" + name), encoding: .utf8))
    }

    /// The six bundled reports: the Bagan meeting of the six ministers and Wang Yi's meeting with
    /// Bui Thanh Son, each in English, Chinese and Vietnamese.
    private func reports() throws -> [(name: String, text: String)] {
        try ["foreign-ministers-meeting", "wang-yi-bui-thanh-son"].flatMap { event in
            try ["en", "zh", "vi"].map { try report("lmc-2022-\(event).\($0).txt") }
        }
    }

    private func glossary() throws -> Glossary {
        try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: try NameFolder(), trusted: true)
    }

    /// A cluster's line: `reports` as {"name", "text"}, and `extra` members as written.
    private func line(id: String, _ reports: [(name: String, text: String)], extra: String = "") -> String {
        let array = reports.map { #"{"name": \#(JSONText.quoted($0.name)), "text": \#(JSONText.quoted($0.text))}"# }
        return #"{"id": \#(id), "reports": [\#(array.joined(separator: ", "))]\#(extra)}"#
    }

    /// Runs `task` over `lines` (numbered from 1) on two workers.
    private func run(_ task: EventBatchTask, _ lines: [String]) -> (JSONLinesBatch.Outcome, [String]) {
        var remaining = lines.enumerated().map { JSONLinesBatch.Line.line(number: $0.offset + 1, text: $0.element) }[...]
        let collected = Collected()
        let outcome = JSONLinesBatch(workers: 2).run(task, next: { remaining.popFirst() }, write: { collected.text += $0 }, flush: {})
        return (outcome, collected.lines)
    }

    /// What `--event --format json` prints for `reports`, on one line after `id`.
    private func expected(id: String, _ reports: [(name: String, text: String)], glossary: Glossary, to language: Language? = nil,
                          length: SummaryLength = .automatic, names: Bool = false) throws -> String {
        let summary = try EventSummaryWorkflow(length: length, glossary: glossary).run(reports, to: language)
        let members = EventSummaryJSON.members(summary, names: names ? EventBriefNames(summary, glossary: glossary) : nil)
        return JSONOutput.object([("id", .raw(id))] + members).oneLine.text
    }

    @Test func eachClusterGivesItsBriefInInputOrderAsTheSingleBriefWouldBe() throws {
        let glossary = try glossary()
        let all = try reports()
        // Clusters of different sizes, so later lines may finish first on two workers.
        let clusters = [all, Array(all.prefix(3)), Array(all.suffix(3)), [all[0], all[3]], all.reversed()]
        let lines = clusters.enumerated().map { line(id: "\"c\($0.offset)\"", $0.element, extra: #", "tag": [\#($0.offset)]"#) }
        let (outcome, written) = run(EventBatchTask(length: .sentences(2), glossary: glossary), lines)
        #expect(outcome.lines == 5 && outcome.failures == 0)
        #expect(written.count == 5)
        for (number, cluster) in clusters.enumerated() {
            let brief = try expected(id: "\"c\(number)\"", cluster, glossary: glossary, length: .sentences(2))
            // The id, the field passed through, then the brief's members as --format json writes them.
            let shown = brief.replacingOccurrences(of: "{\"id\": \"c\(number)\", ", with: "{\"id\": \"c\(number)\", \"tag\": [\(number)], ")
            #expect(written[number] == shown, "cluster \(number)")
        }
        // One line each: a JSON object, nothing spread over lines.
        for text in written {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect((object["sentences"] as? [Any])?.count == 2)
        }
    }

    @Test func aBadLineIsAnErrorRecordInItsPlaceAndTheRunGoesOn() throws {
        let glossary = try glossary()
        let all = try reports()
        let lines = [
            line(id: "1", Array(all.prefix(3))),
            "{\"id\": 2, \"reports\": [",
            "{\"id\": 3}",
            #"{"id": 4, "reports": [{"name": "a.txt"}]}"#,
            line(id: "5", Array(all.prefix(3)), extra: #", "to": "fr""#),
            // Asked in Chinese, with no Chinese report: the summarizer's error, after the id.
            line(id: "6", [all[0], all[2]], extra: #", "to": "zh""#),
            line(id: "7", Array(all.suffix(3))),
        ]
        let (outcome, written) = run(EventBatchTask(length: .automatic, glossary: glossary), lines)
        #expect(outcome.lines == 7 && outcome.failures == 5)
        #expect(written.count == 7)
        #expect(written[0] == (try expected(id: "1", Array(all.prefix(3)), glossary: glossary)))
        #expect(written[1] == #"{"line": 2, "id": null, "error": "not a JSON object"}"#)
        #expect(written[2] == #"{"line": 3, "id": 3, "error": "missing \"reports\" (an array of {\"name\", \"text\"})"}"#)
        #expect(written[3] == #"{"line": 4, "id": 4, "error": "report 1: missing \"text\" (a string)"}"#)
        #expect(written[4] == #"{"line": 5, "id": 5, "error": "\"to\" must be en, zh or vi (got \"fr\")"}"#)
        #expect(written[5].hasPrefix(#"{"id": 6, "error": "no report is in zh"#))
        #expect(written[6] == (try expected(id: "7", Array(all.suffix(3)), glossary: glossary)))

        // Stopping at the first error: the error record is the last line.
        var remaining = lines.enumerated().map { JSONLinesBatch.Line.line(number: $0.offset + 1, text: $0.element) }[...]
        let collected = Collected()
        let stopped = JSONLinesBatch(stopAtFirstError: true, workers: 2)
            .run(EventBatchTask(length: .automatic, glossary: glossary), next: { remaining.popFirst() }, write: { collected.text += $0 }, flush: {})
        #expect(collected.lines == Array(written.prefix(2)))
        #expect(stopped.failures == 1)
    }

    @Test func namesAndTheLanguageAskedForComeAsForOneBrief() throws {
        let glossary = try glossary()
        let all = try reports()
        // A report without a name is cited by its position.
        let unnamed = #"{"id": "u", "reports": [{"text": \#(JSONText.quoted(all[1].text))}, {"text": \#(JSONText.quoted(all[4].text))}]}"#
        let lines = [line(id: "\"vi\"", all, extra: #", "to": "vi""#), line(id: "\"batch\"", all), unnamed]
        let task = EventBatchTask(length: .sentences(3), glossary: glossary, to: .chinese, names: true)
        let (outcome, written) = run(task, lines)
        #expect(outcome.failures == 0)
        #expect(written[0] == (try expected(id: "\"vi\"", all, glossary: glossary, to: .vietnamese, length: .sentences(3), names: true)))
        #expect(written[1] == (try expected(id: "\"batch\"", all, glossary: glossary, to: .chinese, length: .sentences(3), names: true)))
        let names = try #require(try JSONSerialization.jsonObject(with: Data(written[1].utf8)) as? [String: Any])
        #expect(names["language"] as? String == "zh")
        let sentences = try #require(names["sentences"] as? [[String: Any]])
        let found = sentences.flatMap { ($0["names"] as? [[String: Any]]) ?? [] }
        #expect(found.contains { $0["text"] as? String == "王毅" && ($0["forms"] as? [String: String])?["en"] == "Wang Yi" })
        let cited = try #require(try JSONSerialization.jsonObject(with: Data(written[2].utf8)) as? [String: Any])
        #expect((cited["reports"] as? [[String: Any]])?.compactMap { $0["file"] as? String } == ["1", "2"])
    }
}

import Foundation
import Testing

/// `triglot summarize --event --jsonl`: a batch of clusters, one brief each.
extension SummarizeCommandTests {
    /// The bundled reports of the two Bagan events, in English, Chinese and Vietnamese.
    static let eventReports = ["foreign-ministers-meeting", "wang-yi-bui-thanh-son"].flatMap { event in
        ["en", "zh", "vi"].map { "examples/lmc-2022-\(event).\($0).txt" }
    }

    /// A cluster's line: each of `files` as {"name": its path, "text": its text}, then `extra`.
    static func clusterLine(id: String, _ files: [String], extra: String = "") throws -> String {
        let reports = try files.map { file -> [String: String] in
            ["name": file, "text": try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)]
        }
        let array = String(decoding: try JSONSerialization.data(withJSONObject: reports), as: UTF8.self)
        return #"{"id": \#(id), "reports": \#(array)\#(extra)}"#
    }

    /// A JSON object's members, `id` left out.
    private func object(_ text: some StringProtocol, without key: String = "id") throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        object[key] = nil
        return object as NSDictionary
    }

    @Test func eventBatchGivesEachClustersBriefAsTheFilesWouldAndGoesOnPastABadLine() throws {
        let options = ["--names", "--to", "vi", "--sentences", "2"]
        let files = Self.eventReports, some = Array(Self.eventReports.suffix(3))
        let (first, last) = try JSONLinesRun.goesOnPastAMalformedLine(
            ["summarize", "--event", "--jsonl"] + options,
            first: try Self.clusterLine(id: "\"all\"", files), last: try Self.clusterLine(id: "3", some))
        #expect(first.hasPrefix(#"{"id": "all", "language": "vi", "reports": [{"file": "examples/"#))
        #expect(last.hasPrefix(#"{"id": 3, "language": "vi", "#))
        // The same brief as `--event --format json` of the files, on one line.
        for (line, cluster) in [(first, files), (last, some)] {
            let single = try TriglotRunner.run(["summarize", "--event", "--format", "json"] + options + cluster)
            #expect(single.status == 0)
            #expect(try object(line) == (try object(single.stdout)))
        }
        // A cluster's own "to" wins; one with no report in it is an error in its place.
        let input = try Self.clusterLine(id: "1", files, extra: #", "to": "zh""#) + "\n"
            + (try Self.clusterLine(id: "2", Array(files.prefix(1)), extra: #", "to": "zh""#)) + "\n"
        let result = try TriglotRunner.run(["summarize", "--event", "--jsonl", "--to", "en"], stdin: Array(input.utf8))
        #expect(result.status == 65)
        let written = JSONLinesRun.lines(result)
        #expect(written.count == 2)
        #expect(written.first?.hasPrefix(#"{"id": 1, "language": "zh", "#) == true)
        #expect(written.last?.hasPrefix(#"{"id": 2, "error": "no report is in zh"#) == true)
    }

    @Test func eventBatchAnswersBeforeTheInputEnds() throws {
        try JSONLinesRun.answersBeforeTheInputEnds(["summarize", "--event", "--jsonl"], try Self.clusterLine(id: "1", Self.eventReports),
                                                   try Self.clusterLine(id: "2", Array(Self.eventReports.prefix(2))))
    }

    @Test func eventBatchRefusesFilesAndOtherFormats() throws {
        for arguments in [["summarize", "--event", "--jsonl", english], ["summarize", "--event", "--jsonl", "--format", "json"],
                          ["summarize", "--event", "--jsonl", "--method", "lead"]] {
            let result = try TriglotRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        let help = try TriglotRunner.run(["summarize", "--help"])
        #expect(help.stdout.contains("triglot summarize --event --jsonl < clusters.jsonl"))
    }
}

import Foundation
import Testing

/// `triglot names --jsonl`: each line's answer is what `names --format json` (or `names --in`)
/// gives, after the line's id.
extension NamesCommandTests {
    @Test func jsonLinesModeAnswersAsTheJSONFormatAndGoesOnPastABadLine() throws {
        let text = "Wang Yi met Bui Thanh Son in Bagan."
        let (first, last) = try JSONLinesRun.goesOnPastAMalformedLine(
            ["names", "--jsonl", "--to", "zh,vi"], first: #"{"id": 1, "name": "Wang Yi", "desk": "asia"}"#,
            last: try JSONLinesRun.line(["id": "t", "text": text]))
        let lookup = try TriglotRunner.run(["names", "--format", "json", "--to", "zh,vi", "Wang Yi"]).stdout
        #expect(first + "\n" == #"{"id": 1, "desk": "asia", "# + lookup.dropFirst())
        let found = try TriglotRunner.run(["names", "--in", "-", "--format", "json", "--to", "zh,vi"], stdin: Array(text.utf8)).stdout
        #expect(found.hasPrefix(#"{"file": "<stdin>", "known": ["#))
        #expect(last + "\n" == #"{"id": "t", "# + found.dropFirst(#"{"file": "<stdin>", "#.count))
    }

    @Test func jsonLinesModeWantsANameOrAText() throws {
        let result = try TriglotRunner.run(["names", "--jsonl"], stdin: Array(#"{"id": 1, "name": "Wang Yi", "text": "Wang Yi."}"#.utf8))
        #expect(result.status == 65)
        #expect(result.stdout == #"{"line": 1, "id": 1, "error": "give \"name\" or \"text\", not both"}"# + "\n")
        let zh = try TriglotRunner.run(["names", "--jsonl", "--to", "en"], stdin: Array(#"{"id": 1, "name": "裴青山", "language": "zh"}"#.utf8))
        #expect(zh.stdout.contains(#""from": "zh""#) && zh.stdout.contains(#""best": {"en": "Bui Thanh Son"}"#))
    }

    @Test func jsonLinesModeAnswersBeforeTheInputEnds() throws {
        try JSONLinesRun.answersBeforeTheInputEnds(["names", "--jsonl"], #"{"id": 1, "name": "Wang Yi"}"#, #"{"id": 2, "name": "裴青山"}"#)
    }

    @Test func jsonLinesModeRefusesNamesAndOtherFormats() throws {
        for arguments in [["names", "--jsonl", "Wang Yi"], ["names", "--jsonl", "--in", "-"], ["names", "--jsonl", "--format", "json"]] {
            #expect(try TriglotRunner.run(arguments).status == 64, "\(arguments)")
        }
        #expect(try TriglotRunner.run(["names", "--help"]).stdout.contains("triglot names --jsonl"))
    }
}

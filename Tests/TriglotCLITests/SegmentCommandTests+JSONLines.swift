import Foundation
import Testing

/// `triglot segment --jsonl`.
extension SegmentCommandTests {
    @Test func jsonLinesModeGivesEachTextsSentencesAndGoesOnPastABadLine() throws {
        let (first, last) = try JSONLinesRun.goesOnPastAMalformedLine(
            ["segment", "--jsonl"], first: #"{"id": "a", "text": "Wang Yi met Son.\nThey  talked.", "batch": [7]}"#,
            last: #"{"id": 3.0, "text": "王毅会见裴青山。双方同意。"}"#)
        #expect(first == #"{"id": "a", "batch": [7], "sentences": ["Wang Yi met Son.", "They talked."]}"#)
        #expect(last == #"{"id": 3.0, "sentences": ["王毅会见裴青山。", "双方同意。"]}"#)
        let words = try TriglotRunner.run(["segment", "--jsonl", "--unit", "word", "--lang", "vi"],
                                          stdin: Array(#"{"id": true, "text": "Bộ trưởng Bùi Thanh Sơn."}"#.utf8))
        #expect(words.stdout == #"{"id": true, "words": ["Bộ", "trưởng", "Bùi", "Thanh", "Sơn", "."]}"# + "\n")
    }

    @Test func jsonLinesModeAnswersBeforeTheInputEnds() throws {
        try JSONLinesRun.answersBeforeTheInputEnds(["segment", "--jsonl"], #"{"id": 1, "text": "One. Two."}"#, #"{"id": 2, "text": "Three."}"#)
    }

    @Test func jsonLinesModeTakesMaxInputAsTheLongestLine() throws {
        let long = "{\"id\": 1, \"text\": \"" + String(repeating: "Long. ", count: 30) + "\"}"
        let result = try TriglotRunner.run(["segment", "--jsonl", "--max-input", "100"],
                                           stdin: Array((long + "\n{\"id\": 2, \"text\": \"Short.\"}\n").utf8))
        #expect(result.status == 65)
        #expect(JSONLinesRun.lines(result) == ["{\"line\": 1, \"id\": null, \"error\": \"line longer than 100 bytes\"}",
                                               "{\"id\": 2, \"sentences\": [\"Short.\"]}"])
        #expect(try TriglotRunner.run(["segment", "--jsonl"], stdin: Array(long.utf8)).status == 0)
    }

    @Test func jsonLinesModeRefusesFilesAndOtherFormats() throws {
        for arguments in [["segment", "--jsonl", english], ["segment", "--jsonl", "--format", "json"]] {
            let result = try TriglotRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("--jsonl"), "\(arguments)")
        }
        #expect(try TriglotRunner.run(["segment", "--help"]).stdout.contains("triglot segment --jsonl"))
    }
}

import Foundation
import Testing

/// `triglot align --jsonl`: each line's answer is what `align --format json` gives, after the
/// line's id.
extension AlignCommandTests {
    private func text(_ path: String) throws -> String {
        try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func jsonLinesModeAlignsAsTheJSONFormatAndGoesOnPastABadLine() throws {
        let (first, last) = try JSONLinesRun.goesOnPastAMalformedLine(
            ["align", "--jsonl", "--names"], first: try JSONLinesRun.line(["id": 1, "source": try text(english), "target": try text(chinese)]),
            last: try JSONLinesRun.line(["id": 3, "source": try text(english), "target": try text(vietnamese), "langs": "en,vi"]))
        let chineseAlignment = try TriglotRunner.run(["align", "--format", "json", "--names", english, chinese]).stdout
        #expect(first + "\n" == #"{"id": 1, "# + chineseAlignment.dropFirst())
        let vietnameseAlignment = try TriglotRunner.run(["align", "--format", "json", "--names", "--langs", "en,vi", english, vietnamese]).stdout
        #expect(last + "\n" == #"{"id": 3, "# + vietnameseAlignment.dropFirst())
    }

    @Test func jsonLinesModeChecksEachLinesLanguages() throws {
        let input = [#"{"id": 1, "source": "Hello there.", "target": "你好。", "langs": "zh,en"}"#,
                     #"{"id": 2, "source": "Hello there.", "target": "你好。", "langs": "en"}"#].joined(separator: "\n")
        let result = try TriglotRunner.run(["align", "--jsonl"], stdin: Array(input.utf8))
        #expect(result.status == 65)
        #expect(JSONLinesRun.lines(result) == [
            #"{"id": 1, "error": "\"langs\" names the source zh, but it reads as English (en); give the codes in the order of \"source\" and \"target\""}"#,
            #"{"line": 2, "id": 2, "error": "\"langs\" takes two language codes separated by a comma, e.g. en,zh (got 'en')"}"#,
        ])
    }

    @Test func jsonLinesModeAnswersBeforeTheInputEnds() throws {
        try JSONLinesRun.answersBeforeTheInputEnds(["align", "--jsonl"], #"{"id": 1, "source": "Wang Yi met Son.", "target": "王毅会见裴青山。"}"#,
                                                   #"{"id": 2, "source": "They talked.", "target": "他们交谈了。"}"#)
    }

    @Test func jsonLinesModeRefusesFilesAndWantsTwoFilesWithout() throws {
        for arguments in [["align", "--jsonl", english, chinese], ["align", "--jsonl", "--format", "tmx"], ["align", "--jsonl", "--learn", "x.tsv"],
                          ["align", english], ["align"]] {
            #expect(try TriglotRunner.run(arguments).status == 64, "\(arguments)")
        }
        #expect(try TriglotRunner.run(["align", "--help"]).stdout.contains("triglot align --jsonl"))
    }
}

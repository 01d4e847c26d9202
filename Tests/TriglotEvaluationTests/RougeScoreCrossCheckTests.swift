import Foundation
import Testing
@testable import TriglotEvaluation

/// Writes Swift's ROUGE on every GUM (first three sentences, human summary) pair to the TSV
/// named by TRIGLOT_ROUGE_TSV, for tools/check_rouge_against_rouge_score.py to recompute with
/// rouge-score. Skipped unless that variable is set, since it needs ../shared/data.
@Suite struct RougeScoreCrossCheckTests {
    private static let outputPath = ProcessInfo.processInfo.environment["TRIGLOT_ROUGE_TSV"]

    private static var gumPath: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/data/summ-en-gum60/gum_all60_summaries.jsonl")
            .standardizedFileURL
    }

    private struct Document: Decodable {
        let doc_id: String
        let summaries: [String]
        let paragraphs: [[String]]
    }

    // "(human3) This paper ..." → "This paper ...": the label is not part of the summary.
    private static func withoutLabel(_ summary: String) -> String {
        guard summary.hasPrefix("(human"), let close = summary.firstIndex(of: ")") else { return summary }
        return summary[summary.index(after: close)...].trimmingCharacters(in: .whitespaces)
    }

    // Tabs and newlines would break the TSV; both tokenizers treat them as spaces anyway.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    @Test(.enabled(if: outputPath != nil, "set TRIGLOT_ROUGE_TSV to a path to write the cross-check TSV"))
    func writeGUMScoresForRougeScore() throws {
        let path = try #require(Self.outputPath)
        let lines = try String(contentsOf: Self.gumPath, encoding: .utf8).split(separator: "\n")
        let scorer = RougeScorer(language: .english)
        var tsv = ["candidate", "reference"] + ["rouge1", "rouge2", "rougeL"].flatMap { ["\($0)_p", "\($0)_r", "\($0)_f"] }
        var out = tsv.joined(separator: "\t") + "\n"
        var pairs = 0
        for line in lines where !line.isEmpty {
            let document = try JSONDecoder().decode(Document.self, from: Data(line.utf8))
            let candidate = Self.oneLine(document.paragraphs.joined().prefix(3).joined(separator: " "))
            for summary in document.summaries {
                let reference = Self.oneLine(Self.withoutLabel(summary))
                let s = scorer.score(candidate: candidate, reference: reference)
                tsv = [candidate, reference] + [s.rouge1, s.rouge2, s.rougeL].flatMap {
                    ["\($0.precision)", "\($0.recall)", "\($0.f1)"]
                }
                out += tsv.joined(separator: "\t") + "\n"
                pairs += 1
            }
        }
        #expect(pairs == 300)
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

import Foundation
import Testing
@testable import TriglotEvaluation

@Test(.enabled(if: ProcessInfo.processInfo.environment["TRIGLOT_PAIRS"] != nil))
func temporaryPairsDump() throws {
    let lines = try String(contentsOfFile: ProcessInfo.processInfo.environment["TRIGLOT_PAIRS"]!, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    let scorer = RougeScorer(language: .english)
    var out = "candidate\treference\trouge1_p\trouge1_r\trouge1_f\trouge2_p\trouge2_r\trouge2_f\trougeL_p\trougeL_r\trougeL_f\n"
    for line in lines where line.contains("\t") {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let s = scorer.score(candidate: parts[0], reference: parts[1])
        out += ([parts[0], parts[1]] + [s.rouge1, s.rouge2, s.rougeL].flatMap { ["\($0.precision)", "\($0.recall)", "\($0.f1)"] }).joined(separator: "\t") + "\n"
    }
    try out.write(toFile: "/tmp/eval_pairs_scored.tsv", atomically: true, encoding: .utf8)
}

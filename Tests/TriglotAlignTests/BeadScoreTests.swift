import Testing
@testable import TriglotAlign

/// The vecalign scorer's counts on hand-worked cases.
@Suite struct BeadScoreTests {
    func link(_ source: [Int], _ target: [Int]) -> BeadScore.Link { BeadScore.Link(source: source, target: target) }

    @Test func perfectAlignmentScoresOne() {
        let gold = [link([0], [0]), link([1, 2], [1]), link([3], [])]
        let score = BeadScore(gold: [gold], test: [gold])
        #expect(score.strict.f1 == 1 && score.lax.f1 == 1)
    }

    @Test func strictAndLaxDiffer() {
        let gold = [link([0], [0]), link([1, 2], [1])]
        let test = [link([0], [0]), link([1], [1]), link([2], [])]
        let score = BeadScore(gold: [gold], test: [test])
        // Precision: 1 of 3 strict, 2 of 3 lax ([1]:[1] overlaps, [2]:[] does not).
        #expect(abs(score.strict.precision - 1.0 / 3) < 1e-9)
        #expect(abs(score.lax.precision - 2.0 / 3) < 1e-9)
        // Recall: gold beads against test beads without deletions: [0]:[0] strict, [1, 2]:[1] lax.
        #expect(score.strict.recall == 0.5)
        #expect(score.lax.recall == 1)
    }
}

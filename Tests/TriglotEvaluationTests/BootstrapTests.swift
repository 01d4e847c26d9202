import Testing
@testable import TriglotEvaluation

@Suite struct BootstrapTests {
    private let scores: [Double] = (0..<60).map { Double(($0 * 37) % 101) / 100 }

    @Test func identicalSystemsGiveZero() throws {
        let b = try #require(PairedBootstrap(a: scores, b: scores))
        #expect(b.meanDifference == 0)
        #expect(b.lower == 0 && b.upper == 0)
    }

    @Test func noisyTieStraddlesZero() throws {
        // A beats B on half the documents and loses by as much on the other half.
        let a = scores.indices.map { scores[$0] + ($0 % 2 == 0 ? 0.05 : -0.05) }
        let b = try #require(PairedBootstrap(a: a, b: scores))
        #expect(abs(b.meanDifference) < 1e-12)
        #expect(b.lower < 0 && b.upper > 0)
    }

    @Test func betterOnEveryDocumentLiesAboveZero() throws {
        let a = scores.indices.map { scores[$0] + 0.01 + Double($0 % 5) * 0.01 }
        let b = try #require(PairedBootstrap(a: a, b: scores))
        #expect(b.lower > 0)
        #expect(b.lower <= b.meanDifference && b.meanDifference <= b.upper)
        #expect(abs(b.meanDifference - 0.03) < 1e-12)
        let reversed = try #require(PairedBootstrap(a: scores, b: a))
        #expect(reversed.upper < 0)
    }

    @Test func sameSeedSameInterval() throws {
        let a = scores.map { $0 * 0.9 + 0.05 }
        let first = try #require(PairedBootstrap(a: a, b: scores, resamples: 500, seed: 7))
        let second = try #require(PairedBootstrap(a: a, b: scores, resamples: 500, seed: 7))
        #expect(first == second)
        #expect(first.resamples == 500 && first.confidence == 0.95)
        // A wider confidence level cannot give a narrower interval.
        let wide = try #require(PairedBootstrap(a: a, b: scores, resamples: 500, confidence: 0.99, seed: 7))
        #expect(wide.lower <= first.lower && wide.upper >= first.upper)
    }

    @Test func noDocumentsNoResult() {
        #expect(PairedBootstrap(a: [], b: []) == nil)
    }

    @Test func indicesStayInRangeAndSpread() {
        var generator = SplitMix64(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let i = generator.index(below: 7)
            #expect((0..<7).contains(i))
            seen.insert(i)
        }
        #expect(seen.count == 7)
    }
}

import Testing
@testable import TriglotAlign

/// Punctuation counts per sentence and per bead, and their share of a bead's cost.
@Suite struct PunctuationProfileTests {
    func count(_ sentence: String, _ kind: PunctuationProfile.Kind) -> Int32 {
        PunctuationProfile.counts(sentence)[kind.rawValue]
    }

    @Test func countsMarksOfEveryScript() {
        #expect(count("Qui a dit « non » ?", .question) == 1)
        #expect(count("Qui a dit « non » ?", .quote) == 2)
        #expect(count("Wer sagte „nein“?", .quote) == 2)
        #expect(count("他说：“不！”", .colon) == 1)
        #expect(count("他说：“不！”", .exclamation) == 1)
        #expect(count("他说：“不！”", .quote) == 2)
        #expect(count("Lúc đầu (năm 1990), tôi nghĩ vậy; rồi thôi.", .bracket) == 2)
        #expect(count("Lúc đầu (năm 1990), tôi nghĩ vậy; rồi thôi.", .semicolon) == 1)
        #expect(count("l'été, l'hiver", .quote) == 0)  // apostrophes are elision, not quotation
    }

    @Test func countsSentenceEnds() {
        #expect(count("One sentence.", .sentenceEnd) == 1)
        #expect(count("A heading without a full stop", .sentenceEnd) == 1)
        #expect(count("It is cold. Is it? Yes!", .sentenceEnd) == 3)
        #expect(count("Wait... What?!", .sentenceEnd) == 2)
        #expect(count("Wait... What?!", .question) == 1 && count("Wait... What?!", .exclamation) == 1)
        #expect(count("\"Come on.\" She left.", .sentenceEnd) == 2)
        #expect(count("It cost 1.5 million, i.e. a lot.", .sentenceEnd) == 1)  // a decimal point, an abbreviation
        #expect(count("我们到了。他们走了。", .sentenceEnd) == 2)  // no space after Chinese full stops
    }

    @Test func sumsSentencesOfABead() {
        let profile = PunctuationProfile(["Why?", "Because.", "Really? Yes!"])
        let all = profile.counts(in: 0..<3)
        #expect(all[PunctuationProfile.Kind.question.rawValue] == 2)
        #expect(all[PunctuationProfile.Kind.sentenceEnd.rawValue] == 4)
        #expect(profile.counts(in: 1..<2)[PunctuationProfile.Kind.question.rawValue] == 0)
        #expect(profile.counts(in: 1..<1) == .zero)
    }

    @Test func sameMarksCostLessThanDifferentOnes() {
        // Two target lines of one length: the question goes with the question.
        let source = ["Wer hat das gesagt?"], target = ["Qui a dit cela ?", "Il a dit cela ."]
        let problem = AlignmentProblem(
            sourceLengths: [16], targetLengths: [13, 13], model: LengthModel(source: [16], target: [13, 13]),
            sourceAnchors: [[]], targetAnchors: [[], []], anchorWeights: [], weights: SentenceAligner.Weights(),
            sourcePunctuation: PunctuationProfile(source), targetPunctuation: PunctuationProfile(target))
        #expect(problem.punctuationCost(0..<1, 0..<1) < 0)
        #expect(problem.punctuationCost(0..<1, 1..<2) > 0)
        #expect(problem.punctuationCost(0..<1, 1..<1) == 0)  // an unpaired sentence has nothing to compare
        #expect(problem.beadCost(0..<1, 0..<1) < problem.beadCost(0..<1, 1..<2))
    }
}

import Foundation
import TriglotNames
import TriglotText

/// Aligns the sentences of a document with those of its translation: Gale and Church's
/// dynamic programme over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 2-3, 3-2, 1-4 and 4-1,
/// each bead's cost the sum of its prior, its length cost (``LengthModel``), its anchors
/// (``AnchorExtractor``) and its punctuation (``PunctuationProfile``): shared anchors lower the
/// cost, anchors found on one side of a bead only (but somewhere in the other document) raise
/// it (common words of ``BilingualLexicon`` count too, between English, Vietnamese and Chinese, if less), so a sentence is drawn towards the one with its numbers and names; likewise a question
/// towards a question, a quotation towards a quotation, and a line holding two sentences
/// towards two.
///
/// Only a band around the diagonal is searched, so time grows with n × band rather than n × m;
/// when the best path touches the band's edge, the band was too narrow for this pair (a long
/// passage missing on one side) and the search is repeated with a band twice as wide.
///
/// Not thread-safe (see ``AnchorExtractor``); make one per thread.
public final class SentenceAligner {
    /// Tuning of the bead costs.
    public struct Weights: Sendable {
        /// −log prior of each bead shape: deletions and merges likelier than in Gale and Church's
        /// parliamentary proceedings, as news and web translations are edited more freely; 2-2
        /// rarer, as a 2-2 bead also fits two 1-1 beads whose lengths happen to even out; and
        /// the wide beads (2-3, 3-2, 1-4, 4-1) of hand-made gold rarer still (chosen on the
        /// development sets that `triglot-bench align` scores).
        public var oneOne = -log(0.86), deletion = -log(0.04), merge = -log(0.08), twoTwo = -log(0.005),
                   threeOne = -log(0.005), wide = -log(0.0003)
        /// Cost lowered per unit of shared anchor weight.
        public var shared = 5.0
        /// Cost raised per unit of anchor weight on one side of a bead only.
        public var unmatched = 1.5
        /// The factor of a common word's anchor weight (``BilingualLexicon``) when shared:
        /// below a name's or a number's, as a word has several translations and recurs.
        public var words = 0.3
        /// The factor of a common word's anchor weight on one side only: lower still, as a
        /// translator often renders a word otherwise or leaves it out.
        public var wordsUnmatched = 0.3
        /// The common words' factor between Chinese and an alphabetic language: a Chinese form
        /// found as a substring is looser evidence, and on the freely translated Wikipedia zh–en
        /// development articles fuller weights draw two sentence pairs into one 2-2 bead by the
        /// words each pair shares with the other.
        public var crossScriptWords = 1.0 / 3
        /// Variance of the length difference per character (Gale and Church: 6.8).
        public var variance = 6.8
        /// The variance's factor between Chinese and an alphabetic language: a count of Chinese
        /// characters against one of letters varies several times as much as two counts of
        /// letters (on the Wikipedia zh–en development articles, 5 × 6.8 fits as 6.8 fits en–vi).
        public var crossScriptVariance = 5.0
        /// The length cost of a bead holding a sentence far too long to be prose (a base64
        /// chunk: see ``LengthOutliers``), whose length cannot be priced: about a 2σ deviation,
        /// so such a sentence still pairs with its counterpart rather than with a neighbour.
        public var outlierLength = 2.5
        /// Half-width of the first band, in sentences.
        public var band = 30
        /// Cost of a punctuation mark on one side of a bead only (see ``PunctuationProfile``).
        public var punctuation = 0.5
        /// Reward for a mark on both sides of a bead, as a share of ``punctuation``.
        public var punctuationReward = 0.5
        /// Commas' share of ``punctuation``: translators add, drop and move them freely.
        public var commaFactor = 0.3
        /// Sentence ends' share of ``punctuation``.
        public var sentenceEndFactor = 1.0
        /// The punctuation's factor between Chinese and an alphabetic language, whose marks
        /// correspond less closely (《》 for titles English puts in italics, 、 in lists,
        /// ， between clauses English makes sentences of).
        public var crossScriptPunctuation = 0.8

        /// The weights used unless told otherwise.
        public init() {}
    }

    /// The weights in use.
    public let weights: Weights
    private let anchors: AnchorExtractor

    /// An aligner using `glossary`'s names as anchors (none: numbers, transliteration and cognates only).
    public init(glossary: Glossary? = nil, weights: Weights = Weights()) throws(TriglotTextError) {
        anchors = try AnchorExtractor(glossary: glossary)
        self.weights = weights
    }

    /// The beads pairing the sentences of `source` with those of `target` (documents read once,
    /// by one language policy), in order, covering every sentence of both once.
    public func align(source: Document, target: Document) -> [Bead] {
        align(source: source.lineTexts, target: target.lineTexts,
              sourceLanguage: source.alignmentLanguage, targetLanguage: target.alignmentLanguage)
    }

    /// The beads pairing `source` with `target`, in order, covering every sentence of both
    /// once. A nil language is a language written in the Latin alphabet other than English and
    /// Vietnamese (German, French): anchors then include identical words and cognates.
    public func align(source: [String], target: [String], sourceLanguage: Language?, targetLanguage: Language?) -> [Bead] {
        let lengths = SentenceLength.lengths(source: source, target: target)
        let sourceScript = Self.script(sourceLanguage), targetScript = Self.script(targetLanguage)
        let crossScript = (sourceScript == .chinese) != (targetScript == .chinese)
        var weights = weights
        if crossScript {
            weights.punctuation *= weights.crossScriptPunctuation
            weights.words *= weights.crossScriptWords
            weights.wordsUnmatched *= weights.crossScriptWords
        }
        // An outlier sentence's anchors come from its prose only (see ``LengthOutliers/prose(_:)``).
        let sourceProse = zip(source, LengthOutliers.flags(lengths.source)).map { $1 ? LengthOutliers.prose($0) : $0 }
        let targetProse = zip(target, LengthOutliers.flags(lengths.target)).map { $1 ? LengthOutliers.prose($0) : $0 }
        let found = anchors.anchors(source: sourceProse, sourceScript: sourceScript, target: targetProse, targetScript: targetScript,
                                    words: weights.words, wordsUnmatched: weights.wordsUnmatched)
        let model = LengthModel(source: lengths.source, target: lengths.target,
                                variance: crossScript ? weights.variance * weights.crossScriptVariance : weights.variance)
        let problem = AlignmentProblem(
            sourceLengths: lengths.source, targetLengths: lengths.target, model: model,
            sourceAnchors: found.source, targetAnchors: found.target, anchorWeights: found.weights, unmatchedWeights: found.unmatchedWeights, weights: weights,
            sourcePunctuation: PunctuationProfile(sourceProse), targetPunctuation: PunctuationProfile(targetProse))
        return problem.solve()
    }

    static func script(_ language: Language?) -> AnchorExtractor.Script {
        switch language {
        case .chinese: return .chinese
        case .vietnamese: return .vietnamese
        case .english: return .english
        case nil: return .otherLatin
        }
    }
}

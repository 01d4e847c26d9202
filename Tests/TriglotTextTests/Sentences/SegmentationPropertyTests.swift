import Testing
@testable import TriglotText

/// Invariants that hold on any input: sentences and tokens cover the text in order, with only
/// white space between them, and their byte ranges agree with their String ranges.
@Suite struct SegmentationPropertyTests {
    static let pieces = [
        "Gen. Smith", " arrived", ". ", "王毅说：", "“我们", "支持。”", "Bộ trưởng", " TS. Lê", "!", "? ",
        "\n\n", "\n", "3.14", " e.g. ", "U.S.", "...", "…", "(LMC)", "《宣言》", "😀", "\r\n", "Đà Nẵng",
        " -- ", "\u{301}", "a", " ", ".", "\t", "”", "「", "」", "１２３", "Q. 1", " v.v. ",
    ]

    /// Deterministic pseudo-random texts built from awkward pieces.
    static func texts(count: Int) -> [String] {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(pieces.count))
        }
        return (0..<count).map { _ in (0..<(next() * 2 + 1)).map { _ in pieces[next()] }.joined() }
    }

    static func checkCover(_ text: String, ranges: [Range<String.Index>], utf8Ranges: [Range<Int>]) {
        var position = text.startIndex
        for (range, utf8Range) in zip(ranges, utf8Ranges) {
            #expect(range.lowerBound >= position, "ranges overlap or go back in \(text.debugDescription)")
            #expect(text[position..<range.lowerBound].allSatisfy { $0.isWhitespace })
            #expect(text.utf8.distance(from: text.startIndex, to: range.lowerBound) == utf8Range.lowerBound)
            #expect(text.utf8.distance(from: text.startIndex, to: range.upperBound) == utf8Range.upperBound)
            #expect(!range.isEmpty)
            position = range.upperBound
        }
        #expect(text[position...].allSatisfy { $0.isWhitespace })
    }

    @Test func sentencesCoverTheTextInOrder() throws {
        for language in [nil] + Language.allCases.map(Optional.some) {
            let segmenter = try SentenceSegmenter(language: language)
            for text in Self.texts(count: 300) {
                let sentences = try segmenter.sentences(in: text)
                Self.checkCover(text, ranges: sentences.map(\.range), utf8Ranges: sentences.map(\.utf8Range))
            }
        }
    }

    @Test func tokensWithWhitespaceConcatenateBackToTheInput() throws {
        let segmenter = try WordSegmenter(terms: TermSet(["王毅", "Bộ trưởng", "U.S."]))
        for text in Self.texts(count: 300) {
            let tokens = try segmenter.tokens(in: text, includeWhitespace: true)
            #expect(tokens.map { String(text[$0.range]) }.joined() == text)
            #expect(tokens.allSatisfy { !$0.range.isEmpty })
            let content = tokens.filter { $0.kind != .whitespace }
            Self.checkCover(text, ranges: content.map(\.range), utf8Ranges: content.map(\.utf8Range))
        }
    }

    @Test func emptyTextHasNoSentencesOrTokens() throws {
        #expect(try SentenceSegmenter().sentences(in: "").isEmpty)
        #expect(try SentenceSegmenter().sentences(in: " \n\t ").isEmpty)
        #expect(try WordSegmenter().tokens(in: "").isEmpty)
    }
}

import Testing
@testable import TriglotText

/// Cleaning web, CAT-tool and PDF debris, and the map back to the original.
@Suite struct TextCleanerTests {
    func cleaned(_ text: String, pdf: Bool = false) -> String { TextCleaner.clean(text, pdf: pdf).text }
    func sentences(_ text: String, pdf: Bool = false) throws -> [String] {
        try SentenceSegmenter(language: .english).cleanSentences(in: text, pdf: pdf).map(\.text)
    }

    @Test func plainTextIsLeftAsItIs() {
        let text = "Wang Yi met Bui Thanh Son in Bagan. They agreed to 3 < 4 things, e.g. trade & travel.\nNext line."
        #expect(cleaned(text) == text)
    }

    @Test func tagsGoAndBlockTagsBreakParagraphs() throws {
        #expect(try sentences("This is the U.S. Senate my friends. <em>Yes.</em> <em>It is</em>!")
                == ["This is the U.S. Senate my friends.", "Yes.", "It is!"])
        #expect(try sentences("<h2 class=\"lined\">Hello</h2><p>This is a test. Another test.</p>") == ["Hello", "This is a test.", "Another test."])
        #expect(cleaned("<script>var a = '<p>';</script>Text") == "Text")
        #expect(cleaned("a <b^} b") == "a <b^} b")  // no tag name ends with '^'
    }

    @Test func entitiesAndEscapedTags() {
        #expect(cleaned("Tom &amp; Jerry &#8220;said&#x201D;") == "Tom & Jerry \u{201C}said\u{201D}")
        #expect(cleaned("<bpt i=\"0\">&lt;b&gt;</bpt>J1.txt<ept i=\"1\">&lt;/b&gt;</ept>") == "J1.txt")
        #expect(cleaned("&unknown; stays") == "&unknown; stays")
        #expect(cleaned("a&#0;b") == "a&#0;b")
    }

    @Test func literalLineBreakEscapes() throws {
        #expect(try sentences("Hello World. \\r\\n Hello.") == ["Hello World.", "Hello."])
        #expect(try sentences("Hello World. \\ r \\ nHello.") == ["Hello World.", "Hello."])
        #expect(cleaned("C:\\new") == "C:\\new")  // not after white space: a path
    }

    @Test func backtickQuotesBecomeQuotes() throws {
        #expect(cleaned("`So what?' asks Rep. Dicks. ``Yes,'' he said.") == "'So what?' asks Rep. Dicks. \"Yes,'' he said.")
        #expect(try sentences("Later, he recalls his mentor: `The people! Theft! The holy fire!'")
                == ["Later, he recalls his mentor: 'The people! Theft! The holy fire!'"])
        let text = "A ``b'' c"
        let cleanedText = TextCleaner.clean(text)
        #expect(cleanedText.text == "A \"b'' c")
    }

    @Test func decorationsGo() {
        #expect(cleaned("Remove long strings of dots........please.") == "Remove long strings of dots please.")
        #expect(cleaned("Wait.... what?") == "Wait.... what?")  // a four-dot ellipsis stays
        #expect(cleaned("//////Header starts here\r//////") == "Header starts here\r")
        #expect(cleaned("See https://example.com/a") == "See https://example.com/a")
    }

    @Test func brokenLinesAreRepaired() throws {
        #expect(try sentences("\nW\nA\nRN\nI\nNG\n") == ["WARNING"])
        #expect(try sentences("\n3\n\nIntroduction\n\n") == ["Introduction"])
        #expect(try sentences("contact us for pricing\n.\n\n\nPricing Info\n") == ["contact us for pricing.", "Pricing Info"])
        #expect(try sentences("\nW\nA\nRN\nI\nNG\n \n/\n \nA\nV\nE\nR\nT\n") == ["WARNING", "AVERT"])
    }

    @Test func pdfJoinsWrappedLinesOnly() {
        #expect(cleaned("a line that was\nwrapped here.\n\nNew paragraph.", pdf: true) == "a line that was wrapped here.\n\nNew paragraph.")
        #expect(cleaned("a line that was\nwrapped here.") == "a line that was\nwrapped here.")
    }

    @Test func crlfIsOneLineBreak() throws {
        // Not a line and an empty one: wrapped lines still join, a number inside a paragraph stays.
        #expect(cleaned("a line that was\r\nwrapped here.\r\n\r\nNew paragraph.", pdf: true) == "a line that was wrapped here.\n\nNew paragraph.")
        #expect(cleaned("Scores were\r\n42\r\nand rising.") == "Scores were\n42\nand rising.")
        #expect(cleaned("Intro\r\n\r\n3\r\n\r\nText") == "Intro\n\n\n\nText")
    }

    @Test func anUnclosedAngleBracketStillLetsTheTextBeChunked() {
        let paragraph = "x <y and more words here.\n\n"
        let text = String(repeating: paragraph, count: 400)
        #expect(TextCleaner.chunks(of: Array(text.utf8), size: 500).count > 5)
    }

    @Test func sentencesPointIntoTheOriginal() throws {
        let text = "<p>Wang Yi met <b>Bui Thanh Son</b>.</p>\n<p>They &amp; aides talked.</p>"
        let found = try SentenceSegmenter(language: .english).cleanSentences(in: text)
        #expect(found.map(\.text) == ["Wang Yi met Bui Thanh Son.", "They & aides talked."])
        let utf8 = Array(text.utf8)
        #expect(String(decoding: utf8[found[0].utf8Range], as: UTF8.self) == "Wang Yi met <b>Bui Thanh Son</b>.")
        #expect(String(decoding: utf8[found[1].utf8Range], as: UTF8.self) == "They &amp; aides talked.")
    }

    @Test(arguments: ["", "<p></p>", "&amp;", "\\n", "<", "a <b", "<!-- x -->y", "....../////", "\n\n1\n\n", "é<br/>ü"])
    func rangesStayInsideTheOriginalAndInOrder(text: String) throws {
        let cleaned = TextCleaner.clean(text)
        let count = text.utf8.count
        var previous = 0
        for end in 0...cleaned.text.utf8.count {
            let range = cleaned.originalRange(ofUTF8: 0..<end)
            #expect(range.lowerBound >= 0 && range.upperBound <= count)
            #expect(range.upperBound >= previous)
            previous = range.upperBound
        }
        for sentence in try SentenceSegmenter(language: .english).cleanSentences(in: text) {
            #expect(sentence.utf8Range.upperBound <= count)
        }
    }
    @Test func aLargeTextIsCleanedAFewParagraphsAtATimeWithTheSameResult() throws {
        let page = "<p>Wang Yi met <b>Bui\nThanh Son</b>.</p>\n<div>They &amp; aides talked.<br>\nA list:</div>\n\n"
            + "<script>\nvar a = '<p>';\n\n</script>\n<p>Page\n\n3\n\nends here.</p>\n"
        let text = String(repeating: page, count: 40)
        let segmenter = try SentenceSegmenter(language: .english)
        let whole = try segmenter.cleanSentences(in: text, pdf: false, chunkSize: Int.max)
        for size in [1, 64, 500] {
            let chunks = TextCleaner.chunks(of: Array(text.utf8), size: size)
            #expect(chunks.count > 1)
            #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == text.utf8.count)
            #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(try segmenter.cleanSentences(in: text, pdf: false, chunkSize: size) == whole)
            // PDF joins stop at the same places: block tags leave blank lines.
            #expect(try segmenter.cleanSentences(in: text, pdf: true, chunkSize: size)
                    == segmenter.cleanSentences(in: text, pdf: true, chunkSize: Int.max))
        }
        #expect(!whole.contains { $0.text.contains("var a") })
    }
}

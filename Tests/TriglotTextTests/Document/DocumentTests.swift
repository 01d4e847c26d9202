import Testing
@testable import TriglotText

@Suite struct DocumentTests {
    @Test func aHeadlineLineIsTheTitleAndNeverChosen() throws {
        let text = "China, Vietnam agree to deepen cooperation\n\nBAGAN, July 4 -- The ministers met. They agreed."
        let document = try Document(text: text)
        #expect(document.title == "China, Vietnam agree to deepen cooperation")
        #expect(document.sentences.map(\.role) == [.title, .body, .body])
        #expect(document.eligible.count == 2)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func theHeadlineAndParagraphsAreFoundWhateverTheLineEnds(lineEnd: String) throws {
        let text = ["China, Vietnam agree to deepen cooperation", "", "BAGAN, July 4 -- The ministers met. They agreed.", "",
                    "Talks go on."].joined(separator: lineEnd)
        let document = try Document(text: text)
        #expect(document.title == "China, Vietnam agree to deepen cooperation")
        #expect(document.sentences.map(\.role) == [.title, .body, .body, .body])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1, 2])
        // A headline is one line, whichever line end breaks it.
        #expect(!ParagraphLayout.looksLikeHeadline("China, Vietnam agree\(lineEnd)to deepen cooperation", sentenceCount: 1))
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func aHeadlineOnItsOwnLineWithoutABlankLineIsTheTitleToo(lineEnd: String) throws {
        let text = "China, Vietnam agree to deepen cooperation" + lineEnd + "BAGAN, July 4 -- The ministers met. They agreed."
        let document = try Document(text: text)
        #expect(document.title == "China, Vietnam agree to deepen cooperation")
        #expect(document.sentences.first?.role == .title)
        #expect(document.eligible.count == 2)
        // A sentence that goes on past the line end, or a lone line, is no headline.
        #expect(try Document(text: "The ministers met on Monday.\nThey agreed.").sentences.first?.role == .body)
        #expect(try Document(text: "China, Vietnam agree to deepen cooperation").sentences.first?.role == .body)
    }

    @Test func aGivenTitleWinsButTheHeadlineStaysIneligible() throws {
        let document = try Document(text: "Headline here\n\nBody one. Body two.", title: "My title")
        #expect(document.title == "My title")
        #expect(document.sentences.first?.role == .title)
    }

    @Test func aFirstParagraphThatIsASentenceIsNotAHeadline() throws {
        let document = try Document(text: "The ministers met on Monday.\n\nThey agreed.")
        #expect(document.title == nil)
        #expect(document.sentences.allSatisfy { $0.role == .body })
    }

    @Test func photoCaptionsAreNeverChosen() throws {
        let text = """
            China, Vietnam agree to maintain strategic communication

            Wang Yi meets Bui Thanh Son in Bagan, Myanmar, on July 4, 2022. (Xinhua/Zhang Dongqiang)

            BAGAN, Myanmar, July 4 (Xinhua) -- Wang Yi and Bui Thanh Son met here Monday. Both sides agreed.
            """
        let document = try Document(text: text)
        #expect(document.sentences.map(\.role) == [.title, .caption, .caption, .body, .body])
        let chinese = try Document(text: "王毅会见裴青山。（新华社记者张东强摄）\n\n双方同意加强合作。两国外长交换了意见。")
        #expect(chinese.sentences.filter { $0.role == .caption }.count >= 1)
        #expect(chinese.eligible.count == 2)
    }

    @Test func preSplitSentencesAreAllBody() {
        let document = Document(sentences: ["One.", "Two."], language: .english, title: "T")
        #expect(document.sentences.map(\.role) == [.body, .body])
        #expect(document.sentences.map(\.utf8Range) == [nil, nil])
        #expect(document.title == "T")
    }

    @Test func paragraphsAreCounted() throws {
        let document = try Document(text: "One. Two.\n\nThree.\n \nFour.")
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1, 2])
    }
}

@Suite struct DocumentPolicyTests {
    @Test func preSplitLinesAreSentencesAsGivenEachWithItsLanguage() {
        let document = Document(lines: "  The ministers met in Hanoi today.\r\n\n王毅会见了裴青山。\n", policy: .detect)
        #expect(document.sentences.map(\.text) == ["The ministers met in Hanoi today.", "王毅会见了裴青山。"])
        #expect(document.sentences.map(\.language) == [.english, .chinese])
        #expect(document.preSplit && document.sentences.allSatisfy { $0.utf8Range == nil && $0.role == .body })
        #expect(document.lineTexts == document.sentences.map(\.text))
    }

    @Test func theLanguageTagIsTheCodeGivenTheOneDetectedOrUnd() throws {
        #expect(try Document(text: "Hello there, friends.").languageTag == "en")
        #expect(try Document(text: "12 34.").languageTag == "und")
        #expect(try Document(text: "12 34.").language == .english)
        let german = try Document(text: "Herr Wang traf Herrn Son.\n  Sie sprachen.", policy: .otherLatin("de"))
        #expect(german.languageTag == "de" && german.alignmentLanguage == nil && german.language == .english)
        #expect(german.lineTexts == ["Herr Wang traf Herrn Son.", "Sie sprachen."])
        #expect(try Document(text: "Xin chào.", policy: .given(.vietnamese)).alignmentLanguage == .vietnamese)
    }
}

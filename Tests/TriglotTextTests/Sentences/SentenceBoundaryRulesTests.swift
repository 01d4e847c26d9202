import Testing
@testable import TriglotText

/// One case per rule of `SentenceBoundaryRules`: text ICU splits wrongly and the expected split.
@Suite struct SentenceBoundaryRulesTests {
    private func split(_ text: String, _ language: Language = .english) throws -> [String] {
        try SentenceSegmenter(language: language).sentences(in: text).map { String(text[$0.range]) }
    }

    // MARK: Line breaks

    @Test func wrappedProseGoesOnAcrossALineBreak() throws {
        // ICU ends a sentence at every line break.
        #expect(try split("It was a cold \nnight in the city.") == ["It was a cold \nnight in the city."])
        #expect(try split("The ministers agreed to keep\nworking together. They left.")
                == ["The ministers agreed to keep\nworking together.", "They left."])
        #expect(try split("It could fight at up to 400 yd\n(365.8 m). It was heavy.")
                == ["It could fight at up to 400 yd\n(365.8 m).", "It was heavy."])
    }

    @Test func shortLinesTerminatorsAndBlankLinesStillEndSentences() throws {
        #expect(try split("features\ncontact manager\nevents, activities\n") == ["features", "contact manager", "events, activities"])
        #expect(try split("They met on Monday.\nthe talks went on.") == ["They met on Monday.", "the talks went on."])
        #expect(try split("A headline without a stop\n\nthe story starts here.") == ["A headline without a stop", "the story starts here."])
        #expect(try split("The ministers said this:\nwe agree.") == ["The ministers said this:", "we agree."])
    }

    @Test(arguments: ["\r\n", "\r"])
    func crlfAndLoneCRBreakLinesAsLFDoes(lineEnd: String) throws {
        for text in ["It was a cold \nnight in the city.", "It could fight at up to 400 yd\n(365.8 m). It was heavy.",
                     "features\ncontact manager\nevents, activities\n", "A headline without a stop\n\nthe story starts here.",
                     "1. The first item\n\n2. Stop smoking", "He met (the minister\n\n) of trade."] {
            let converted = text.replacingOccurrences(of: "\n", with: lineEnd)
            #expect(try split(converted) == split(text).map { $0.replacingOccurrences(of: "\n", with: lineEnd) }, "\(text)")
        }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndsAreCountedOnceEach(lineEnd: String) {
        let bytes = Array("a\(lineEnd)b\(lineEnd)\(lineEnd)c".utf8)
        var lines: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            TextLines.forEachLine(in: buffer) { lines.append(String(decoding: bytes[$0], as: UTF8.self)) }
            #expect(TextLines.count(in: buffer, 0..<buffer.count) == 3)
        }
        #expect(lines == ["a", "b", "", "c"])
        #expect(TextLocation.of(bytes.count - 1, in: bytes) == (4, 1))
    }

    @Test func sentencesAreShownOnOneLine() {
        #expect("It was a cold \nnight  in\tthe city.".collapsingWhitespace == "It was a cold night in the city.")
        #expect("  \n ".collapsingWhitespace == "")
        #expect("王毅\n说".collapsingWhitespace == "王毅 说")
    }

    @Test func punctuationIndexFindsEveryIndexedByte() {
        let text = Array("Wang (王毅) met Son.\n[1] 《宣言》（草案）．end".utf8)
        let index = text.withUnsafeBufferPointer { PunctuationIndex($0) }
        let expected = text.indices.filter { PunctuationIndex.isIndexed(text[$0]) }
        #expect(index.offsets == expected)
        #expect(index.first(atOrAfter: 0) == 0)
        #expect(index.first(atOrAfter: text.count) == index.offsets.count)
    }

    // MARK: English abbreviations, initials, numbers

    @Test func titleBeforeName() throws {
        #expect(try split("Gen. Smith arrived. Sen. Jones left.") == ["Gen. Smith arrived.", "Sen. Jones left."])
    }

    @Test func nonFinalAbbreviations() throws {
        #expect(try split("Bring fruit, e.g. Apples from Kent. Or vegetables, i.e. Carrots.")
                == ["Bring fruit, e.g. Apples from Kent.", "Or vegetables, i.e. Carrots."])
        #expect(try split("This is e.g. Mr. Smith, who talks slowly... And this is another sentence.")
                == ["This is e.g. Mr. Smith, who talks slowly...", "And this is another sentence."])
    }

    @Test func dottedAcronym() throws {
        #expect(try split("I work for the U.S. Government in Virginia.") == ["I work for the U.S. Government in Virginia."])
        #expect(try split("I live in the U.S. How about you?") == ["I live in the U.S.", "How about you?"])
    }

    @Test func numberPrefixAndMonth() throws {
        #expect(try split("Turn to No. 5 now. It opens Jan. 20 at noon.") == ["Turn to No. 5 now.", "It opens Jan. 20 at noon."])
        #expect(try split("He wrote the Slavonic Dances, Op. 46. They sold well.")
                == ["He wrote the Slavonic Dances, Op. 46.", "They sold well."])
    }

    @Test func initials() throws {
        #expect(try split("My name is Jonas E. Smith. I work here.") == ["My name is Jonas E. Smith.", "I work here."])
    }

    @Test func decimals() throws {
        #expect(try split("Pi is about 3.14 in value. It never ends.") == ["Pi is about 3.14 in value.", "It never ends."])
    }

    @Test func letterWordAfterLowercaseWord() throws {
        #expect(try split("We make a good team, you and I. Did you see Albert I. Jones yesterday?")
                == ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"])
    }

    @Test func timeOfDayEnds() throws {
        #expect(try split("He left at 6 p.m. Travelers who stayed left at 7 p.m. Tuesday.")
                == ["He left at 6 p.m.", "Travelers who stayed left at 7 p.m. Tuesday."])
    }

    @Test func dateline() throws {
        let text = "BAGAN, Myanmar, July 4 (Xinhua) -- Chinese State Councilor Wang Yi met Vietnamese Foreign Minister Bui Thanh Son. They talked."
        #expect(try split(text) == [
            "BAGAN, Myanmar, July 4 (Xinhua) -- Chinese State Councilor Wang Yi met Vietnamese Foreign Minister Bui Thanh Son.",
            "They talked.",
        ])
    }

    @Test func noSpaceAfterPeriod() throws {
        #expect(try split("Hello world.Today is Tuesday.Mr. Smith went home.")
                == ["Hello world.", "Today is Tuesday.", "Mr. Smith went home."])
    }

    @Test func fullWidthFullStop() throws {
        #expect(try split("Test strange period．Does it segment correctly．")
                == ["Test strange period．", "Does it segment correctly．"])
    }

    // MARK: Ellipses

    @Test func ellipsisBeforeLowercase() throws {
        #expect(try split("I mean...see what I say. I never meant that.... She left.")
                == ["I mean...see what I say.", "I never meant that....", "She left."])
    }

    @Test func spacedEllipsisInsideSentence() throws {
        #expect(try split("The thing is . . . I didn’t mean it.") == ["The thing is . . . I didn’t mean it."])
    }

    @Test func ellipsisAfterSentencePeriod() throws {
        #expect(try split("It was weakened. . . . The practice was not abandoned.")
                == ["It was weakened.", ". . . The practice was not abandoned."])
    }

    @Test func bracketedMarks() throws {
        #expect(try split("\"Bohr [...] used the analogy [...]\" (Smith 55).") == ["\"Bohr [...] used the analogy [...]\" (Smith 55)."])
        #expect(try split("[?][footnoteRef:6] This is a footnote.") == ["[?][footnoteRef:6] This is a footnote."])
    }

    // MARK: Punctuation runs, brackets, notes

    @Test func doubledTerminators() throws {
        #expect(try split("Hello?! Is that you? Hello!! Long time no see.")
                == ["Hello?!", "Is that you?", "Hello!!", "Long time no see."])
    }

    @Test func exclamationInsideWord() throws {
        #expect(try split("He speaks !Xũ and !Kung.") == ["He speaks !Xũ and !Kung."])
    }

    @Test func endInsideSquareBrackets() throws {
        #expect(try split("[15:  12:32]  [16:  firma? 13:28]") == ["[15:  12:32]  [16:  firma? 13:28]"])
    }

    @Test func citationsStayWithSentence() throws {
        #expect(try split("He toured Moscow and Saint Petersburg. [3] Then he went home.[4][5] He rested.")
                == ["He toured Moscow and Saint Petersburg. [3]", "Then he went home.[4][5]", "He rested."])
    }

    @Test func noteNumbersAfterPeriod() throws {
        #expect(try split("It creates a gap in a consultation.11 12 Take the common cold.")
                == ["It creates a gap in a consultation.11 12", "Take the common cold."])
    }

    @Test func closingQuoteAfterTerminator() throws {
        #expect(try split("She turned to him, \"This is great.\" She held the book out.")
                == ["She turned to him, \"This is great.\"", "She held the book out."])
    }

    // MARK: Lists

    @Test func numberedList() throws {
        #expect(try split("1. The first item 2. The second item") == ["1. The first item", "2. The second item"])
        #expect(try split("1.) The first item. 2.) The second item.") == ["1.) The first item.", "2.) The second item."])
        #expect(try split("• 9. The first item • 10. The second item") == ["• 9. The first item", "• 10. The second item"])
    }

    @Test func aListThatStartsAgainStartsASentence() throws {
        #expect(try split("1.) The first item 2.) The second item 1.) The first item. 2.) The second item.")
                == ["1.) The first item", "2.) The second item", "1.) The first item.", "2.) The second item."])
    }

    @Test func letteredAndRomanLists() throws {
        #expect(try split("a) The first item b) The second item") == ["a) The first item", "b) The second item"])
        #expect(try split("(a) Hello world. (b) Hello world.") == ["(a) Hello world.", "(b) Hello world."])
        #expect(try split("(ii) Second point (iii) Third point") == ["(ii) Second point", "(iii) Third point"])
    }

    @Test func listAfterSentence() throws {
        #expect(try split("They went to the store. w) hello x) hello") == ["They went to the store.", "w) hello", "x) hello"])
    }

    @Test func markerAloneIsNoSentence() throws {
        #expect(try split("Q. What is his name? A. His name is Alfred E. Sloan.")
                == ["Q. What is his name?", "A. His name is Alfred E. Sloan."])
    }

    @Test func optionsInsideSentenceAreNoList() throws {
        #expect(try split("Choose options a) and b) before noon.") == ["Choose options a) and b) before noon."])
    }

    // MARK: English quotations

    @Test func quotationThatClosesOnItsLineIsOneSentence() throws {
        // ICU ends a sentence at every terminator inside a quotation.
        #expect(try split("\"We will deepen cooperation. We are ready,\" Wang said. He left.")
                == ["\"We will deepen cooperation. We are ready,\" Wang said.", "He left."])
        #expect(try split("He said, \u{201C}I am here. You are there.\u{201D} Then he left.")
                == ["He said, \u{201C}I am here. You are there.\u{201D}", "Then he left."])
        #expect(try split("For example, \u{2018}it is said that it grows in dragon\u{2019}s blood. It grows on mountains\u{2019} (p. 154). Next.")
                == ["For example, \u{2018}it is said that it grows in dragon\u{2019}s blood. It grows on mountains\u{2019} (p. 154).", "Next."])
        // Apostrophes open and close nothing.
        #expect(try split("'Well!' thought Alice, 'they'll all think me brave! Why, I wouldn't say a thing!' She fell.")
                == ["'Well!' thought Alice, 'they'll all think me brave! Why, I wouldn't say a thing!'", "She fell."])
    }

    @Test func quotationThatRunsOffItsLineIsLeftToTheOtherRules() throws {
        #expect(try split("He said: \"We agree. We will work.\nThen they signed.") == ["He said: \"We agree.", "We will work.", "Then they signed."])
        #expect(try split("\"We agree. We will work. They signed.") == ["\"We agree.", "We will work.", "They signed."])
    }

    @Test func inchMarksAndUnclosedQuotationsJoinNothing() throws {
        #expect(try split("He is 6'2\" tall. He plays. \"We won.\" He left.")
                == ["He is 6'2\" tall.", "He plays.", "\"We won.\"", "He left."])
        // The first quotation is never closed: the next one opening does not close it.
        #expect(try split("\"We agree. He left. Then \"Go,\" she said.")
                == ["\"We agree.", "He left.", "Then \"Go,\" she said."])
        #expect(try split("\u{201C}We agree. He left. Then \u{201C}Go,\u{201D} she said.")
                == ["\u{201C}We agree.", "He left.", "Then \u{201C}Go,\u{201D} she said."])
    }

    @Test func straightQuoteRoleFromItsNeighbours() {
        func role(_ text: String, _ index: Int) -> QuotationScan.Role {
            Array(text.utf8).withUnsafeBufferPointer { QuotationScan.straightQuoteRole(at: index, in: ByteText($0)) }
        }
        #expect(role("say \"go", 4) == .opens)
        #expect(role("go.\" He", 3) == .closes)
        #expect(role("6'2\" tall", 3) == .neither)
        #expect(role("a\"b", 1) == .either)
    }

    @Test func bracketedRemarkAfterEmbeddedQuotation() throws {
        #expect(try split("'Well!' thought Alice, 'I shall think nothing of it!' (Which was true.) Then she fell.")
                == ["'Well!' thought Alice, 'I shall think nothing of it!' (Which was true.)", "Then she fell."])
        // A quotation that is the whole sentence still ends it.
        #expect(try split("\"Dinah'll miss me, I should think!\" (Dinah was the cat.) \"I hope so.\"")
                == ["\"Dinah'll miss me, I should think!\"", "(Dinah was the cat.)", "\"I hope so.\""])
    }

    @Test func quotationStackNestsAndClosesInnerQuotationsWithOuterOnes() {
        var stack = QuotationScan.Stack()
        #expect(stack.isEmpty && stack.last == nil)
        stack.push(.double)
        stack.push(.single)
        stack.push(.curlyDouble)
        #expect(stack.count == 3 && stack.last == .curlyDouble && stack.contains(.single))
        stack.pop(through: .single)  // closes the “ opened inside it too
        #expect(stack.count == 1 && stack.last == .double && !stack.contains(.single))
        stack.pop(through: .curlyDouble)  // not open: nothing changes
        #expect(stack.count == 1)
        for _ in 0..<10 { stack.push(.single) }
        #expect(stack.count == 8)
        stack.pop(through: .double)
        #expect(stack.isEmpty)
    }

    @Test func onlyEnglishKeepsQuotationsWhole() throws {
        #expect(try split("Ông nói: \"Tôi đồng ý. Chúng ta đi.\" Họ đi.", .vietnamese).count == 3)
        #expect(SentenceRules.shipped(for: .english).keepsQuotationsWhole)
        #expect(!SentenceRules.shipped(for: .vietnamese).keepsQuotationsWhole)
    }

    @Test func unknownSettingIsRefusedWithItsLine() {
        #expect(throws: TriglotTextError.malformedRules(file: "x.txt", line: 4, reason: "unknown setting quotes-always")) {
            try SentenceRules(parsing: "[titles]\nmr\n[settings]\nquotes-always\n", file: "x.txt")
        }
    }

    // MARK: Chinese

    @Test func chineseOpeningQuoteStartsSentence() throws {
        #expect(try split("他说。“你好。”", .chinese) == ["他说。", "“你好。”"])
    }

    @Test func chineseTitleMarksHoldTerminator() throws {
        #expect(try split("我们去看《摔跤吧！爸爸》好吗？", .chinese) == ["我们去看《摔跤吧！爸爸》好吗？"])
    }

    // MARK: Vietnamese

    @Test func vietnameseTitles() throws {
        #expect(try split("TS. Nguyễn Văn A phát biểu. Ông nói rõ.", .vietnamese) == ["TS. Nguyễn Văn A phát biểu.", "Ông nói rõ."])
        #expect(try split("Ông đến TP. Hồ Chí Minh hôm qua. Trời mưa.", .vietnamese) == ["Ông đến TP. Hồ Chí Minh hôm qua.", "Trời mưa."])
    }

    @Test func vietnameseEtCetera() throws {
        #expect(try split("Họ bán gạo, muối v.v. cho dân. Giá rẻ.", .vietnamese) == ["Họ bán gạo, muối v.v. cho dân.", "Giá rẻ."])
    }

    @Test func vietnameseSentenceStartsWithNumberOrQuote() throws {
        #expect(try split("Một quán cà phê nhận Vy vào làm. 16 tuổi, Vy vào Sài Gòn.", .vietnamese)
                == ["Một quán cà phê nhận Vy vào làm.", "16 tuổi, Vy vào Sài Gòn."])
        #expect(try split("Họ khóa cửa. \"tôi muốn bỏ trốn\", cô nói.", .vietnamese)
                == ["Họ khóa cửa.", "\"tôi muốn bỏ trốn\", cô nói."])
    }
}

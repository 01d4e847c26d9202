import Foundation
import Testing
import TriglotNames
import TriglotText
@testable import TriglotAlign

/// Small built documents, one per bead shape and per kind of anchor.
@Suite struct SentenceAlignerTests {
    let aligner: SentenceAligner

    init() throws {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        aligner = try SentenceAligner(glossary: glossary)
    }

    /// English sentences of clearly different lengths, so the length model alone can tell them apart.
    let english = [
        "The meeting began at nine.",
        "The two ministers discussed trade, investment, infrastructure and the security of the shipping lanes in the region for more than two hours.",
        "They agreed.",
        "A joint statement on cooperation in agriculture, energy and public health was published by both foreign ministries after the talks ended.",
        "Reporters waited outside.",
        "The next round of consultations will take place in the capital before the end of the year, officials from both sides said on Monday evening.",
    ]

    /// Their Vietnamese translations.
    let vietnamese = [
        "Cuộc gặp bắt đầu lúc chín giờ.",
        "Hai bộ trưởng đã thảo luận về thương mại, đầu tư, cơ sở hạ tầng và an ninh các tuyến hàng hải trong khu vực trong hơn hai giờ.",
        "Họ đã nhất trí.",
        "Một tuyên bố chung về hợp tác nông nghiệp, năng lượng và y tế công cộng đã được hai bộ ngoại giao công bố sau khi hội đàm kết thúc.",
        "Các phóng viên chờ bên ngoài.",
        "Vòng tham vấn tiếp theo sẽ diễn ra tại thủ đô trước cuối năm, các quan chức hai bên cho biết vào tối thứ Hai.",
    ]

    func align(_ source: [String], _ target: [String], _ sourceLanguage: Language? = .english,
               _ targetLanguage: Language? = .vietnamese) -> [Bead] {
        aligner.align(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// Every sentence of both sides once, in order.
    func expectCovers(_ beads: [Bead], _ n: Int, _ m: Int) {
        var i = 0, j = 0
        for bead in beads {
            #expect(bead.source.lowerBound == i && bead.target.lowerBound == j)
            #expect(!(bead.source.isEmpty && bead.target.isEmpty))
            #expect((0...1).contains(bead.score))
            i = bead.source.upperBound
            j = bead.target.upperBound
        }
        #expect(i == n && j == m)
    }

    @Test func pairsParallelSentencesOneToOne() {
        let beads = align(english, vietnamese)
        expectCovers(beads, 6, 6)
        #expect(beads.allSatisfy { $0.kind == "1-1" && $0.source == $0.target })
    }

    @Test func findsASentenceSplitInTwo() {
        // The second English sentence is two Vietnamese ones: a 1-2 bead.
        var target = vietnamese
        target.replaceSubrange(1...1, with: ["Hai bộ trưởng đã thảo luận về thương mại, đầu tư và cơ sở hạ tầng.",
                                              "Họ cũng bàn về an ninh các tuyến hàng hải trong khu vực trong hơn hai giờ."])
        let beads = align(english, target)
        expectCovers(beads, 6, 7)
        #expect(beads.contains { $0.source == 1..<2 && $0.target == 1..<3 })
    }

    @Test func findsTwoSentencesJoinedInOne() {
        // English 3 and 4 are one Vietnamese sentence: a 2-1 bead.
        var target = vietnamese
        target.replaceSubrange(3...4, with: [vietnamese[3] + " " + vietnamese[4]])
        let beads = align(english, target)
        expectCovers(beads, 6, 5)
        #expect(beads.contains { $0.source == 3..<5 && $0.target == 3..<4 })
    }

    @Test func findsThreeSentencesJoinedInOne() {
        // English 2, 3 and 4 are one Vietnamese sentence: a 3-1 bead.
        var target = vietnamese
        target.replaceSubrange(2...4, with: [vietnamese[2] + " " + vietnamese[3] + " " + vietnamese[4]])
        let beads = align(english, target)
        expectCovers(beads, 6, 4)
        #expect(beads.contains { $0.source == 2..<5 && $0.target == 2..<3 }, "\(beads.map(\.vecalignNotation))")
    }

    @Test func leavesASentenceWithoutCounterpartAlone() {
        var target = vietnamese
        target.remove(at: 3)
        let beads = align(english, target)
        expectCovers(beads, 6, 5)
        #expect(beads.contains { $0.source == 3..<4 && $0.target.isEmpty })
        #expect(beads.first { $0.source == 5..<6 }?.target == 4..<5)
        #expect(Bead(source: 3..<4, target: 3..<3).vecalignNotation == "[3]:[]")
    }

    @Test func takesAnExtraTargetSentenceAsZeroToOne() {
        var target = vietnamese
        target.insert("Ảnh: Thông tấn xã Việt Nam phát hành ngày hôm sau, kèm theo chú thích dài về toàn bộ buổi làm việc của hai đoàn.", at: 2)
        let beads = align(english, target)
        expectCovers(beads, 6, 7)
        #expect(beads.contains { $0.source.isEmpty && $0.target == 2..<3 })
    }

    @Test func findsTwoToTwoBeads() {
        // Two sentences cut at a different place on each side.
        let source = ["Short one.", "The delegations met at the palace and talked about trade, energy and the river for a long time", "and then they ate.",
                      "After lunch the ministers held a press conference in the garden of the old palace of the city."]
        let target = ["Câu ngắn.", "Các phái đoàn gặp nhau tại cung điện.", "Họ bàn về thương mại, năng lượng và dòng sông rất lâu rồi ăn trưa.",
                      "Sau bữa trưa các bộ trưởng họp báo trong khu vườn của cung điện cũ của thành phố."]
        let beads = align(source, target)
        expectCovers(beads, 4, 4)
        #expect(beads.contains { $0.source == 1..<3 && $0.target == 1..<3 })
    }

    @Test func numbersPullSentencesTogether() {
        // Equal lengths: only the figures tell which sentence goes where after a deletion (the
        // diagonal would pair 35 with 48 and 48 with 77). Whether the sentence without a
        // counterpart stands alone or joins its neighbour is the length model's call.
        let source = ["Exports rose 12 percent.", "Imports rose 35 percent.", "Tariffs fell 48 percent.", "Visitors rose 77 percent."]
        let target = ["Xuất khẩu tăng 12 phần trăm.", "Thuế quan giảm 48 phần trăm.", "Du khách tăng 77 phần trăm."]
        let beads = align(source, target)
        expectCovers(beads, 4, 3)
        #expect(!beads.contains { $0.source.contains(1) && $0.target.contains(1) }, "\(beads.map(\.vecalignNotation))")
        #expect(beads.contains { $0.source == 2..<3 && $0.target == 1..<2 })
    }

    @Test func glossaryNamesAnchorChineseSentences() {
        let source = ["Wang Yi met Bui Thanh Son in Bagan.", "Wang Yi spoke about the Lancang-Mekong Cooperation.", "The talks were friendly."]
        let target = ["王毅在蒲甘会见裴青山。", "会谈气氛友好。"]
        // Three sentences against two: the Chinese sentence naming Wang Yi takes the English one that does.
        let beads = align(source, target, .english, .chinese)
        expectCovers(beads, 3, 2)
        #expect(beads.contains { $0.source.contains(0) && $0.target == 0..<1 }, "\(beads.map(\.vecalignNotation))")
        #expect(beads.contains { $0.source == 2..<3 && $0.target == 1..<2 })
    }

    @Test func pinyinAnchorsAnEnglishNameToItsCharacters() throws {
        let extractor = try AnchorExtractor(glossary: nil)
        let english = extractor.keys(of: "Photographer Zhang Dongqiang took the pictures.", script: .english, other: .chinese)
        let chinese = extractor.keys(of: "摄影记者张东强拍摄了照片。", script: .chinese, other: .english)
        #expect(english.contains("p:dongqiang"))
        #expect(!english.isDisjoint(with: chinese))
    }

    @Test func hanVietAnchorsAVietnameseNameToItsCharacters() throws {
        let extractor = try AnchorExtractor(glossary: nil)
        let vietnamese = extractor.keys(of: "Bộ trưởng Bùi Thanh Sơn phát biểu.", script: .vietnamese, other: .chinese)
        let chinese = extractor.keys(of: "外长裴青山发言。", script: .chinese, other: .vietnamese)
        #expect(vietnamese.contains("h:thanh son"))
        #expect(chinese.contains("h:thanh son"))
    }

    @Test func cognatesAnchorOtherLatinLanguages() throws {
        let extractor = try AnchorExtractor(glossary: nil)
        let german = extractor.keys(of: "Die internationale Konferenz in Zermatt", script: .otherLatin, other: .otherLatin)
        let french = extractor.keys(of: "La conférence internationale à Zermatt", script: .otherLatin, other: .otherLatin)
        #expect(!french.contains("w:konfer"))  // Konferenz and conférence differ from the first letter
        #expect(german.intersection(french).isSuperset(of: ["w:intern", "w:zermat"]))
    }

    @Test func punctuationPlacesAnUnpairedSentence() {
        // Three closing sentences of like lengths, without anchors, the middle one untranslated:
        // only the question mark and the quotation marks say which (by lengths alone, any of
        // the three could be the one).
        let source = english + ["Where did the two delegations go after the long talks in the palace?",
                                "They walked together to the old harbour and looked at the ships there.",
                                "The minister said: \"We will come back to this beautiful city soon.\""]
        let target = vietnamese + ["Hai phái đoàn đã đi đâu sau cuộc hội đàm dài trong cung điện?",
                                   "Bộ trưởng nói: \"Chúng tôi sẽ sớm trở lại thành phố xinh đẹp này.\""]
        let beads = align(source, target)
        expectCovers(beads, 9, 8)
        #expect(beads.contains { $0.source == 6..<7 && $0.target == 6..<7 }, "\(beads.map(\.vecalignNotation))")
        #expect(beads.contains { $0.source == 7..<8 && $0.target.isEmpty })
        #expect(beads.contains { $0.source == 8..<9 && $0.target == 7..<8 })
        var weights = SentenceAligner.Weights()
        weights.punctuation = 0
        weights.words = 0  // "minister" and "city" would place it too
        let blind = try! SentenceAligner(weights: weights).align(source: source, target: target, sourceLanguage: .english, targetLanguage: .vietnamese)
        // The premise: blind to punctuation, the aligner pairs the plain sentence with the quotation.
        #expect(blind.contains { $0.source == 7..<8 && $0.target == 7..<8 }, "\(blind.map(\.vecalignNotation))")
    }

    @Test func findsAWideBead() {
        // One English sentence told in four short Vietnamese ones: a 1-4 bead.
        var target = vietnamese
        target.replaceSubrange(3...3, with: ["Một tuyên bố chung đã được công bố.", "Nó nói về hợp tác nông nghiệp.",
                                              "Nó cũng nói về năng lượng và y tế công cộng.", "Hai bộ ngoại giao công bố sau khi hội đàm kết thúc."])
        let beads = align(english, target)
        expectCovers(beads, 6, 9)
        #expect(beads.contains { $0.source == 3..<4 && $0.target == 3..<7 }, "\(beads.map(\.vecalignNotation))")
    }

    @Test func acronymsAnchorDespiteTheirLength() throws {
        let extractor = try AnchorExtractor(glossary: nil)
        let english = extractor.keys(of: "He spoke at TED about DNA and the UN.", script: .english, other: .vietnamese)
        let vietnamese = extractor.keys(of: "Ông nói tại TED về DNA và Liên Hợp Quốc.", script: .vietnamese, other: .english)
        #expect(english.intersection(vietnamese).isSuperset(of: ["w:ted", "w:dna"]))
        #expect(!vietnamese.contains("w:và") && !vietnamese.contains("w:va"))  // short lower-case words match by chance
    }

    @Test func emptySidesGiveDeletionsOnly() {
        let beads = align(english, [])
        expectCovers(beads, 6, 0)
        #expect(align([], []).isEmpty)
    }

    /// The sentences of an example article (parallel sentence by sentence, 15 a side).
    private func example(_ language: String) throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("examples/lmc-2022-wang-yi-bui-thanh-son.\(language).txt"), encoding: .utf8)
        return try SentenceSegmenter().sentences(in: text).map { text[$0.range].collapsingWhitespace }
    }

    @Test(arguments: [("en", "vi"), ("en", "zh"), ("vi", "en"), ("zh", "en")])
    func oneHugeSentenceLeavesTheOthersPaired(_ languages: (String, String)) throws {
        let (sourceLanguage, targetLanguage) = (Language(rawValue: languages.0), Language(rawValue: languages.1))
        var base64 = ""
        var state: UInt64 = 42
        for _ in 0..<10_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            base64.append(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")[Int(state >> 58)])
        }
        for blob in [String(repeating: "x", count: 10_000), base64] {
            var source = try example(languages.0)
            let target = try example(languages.1)
            #expect(source.count == 15 && target.count == 15)
            source[2] += " " + blob
            let beads = align(source, target, sourceLanguage, targetLanguage)
            let pairs = beads.filter { $0.kind == "1-1" }.map { ($0.source.lowerBound, $0.target.lowerBound) }
            // The other 14 pairs, 1-1; the blob's sentence too, placed by its anchors.
            #expect(pairs.filter { $0.0 != 2 }.count == 14, "\(languages) \(beads.map(\.vecalignNotation))")
            #expect(pairs.allSatisfy { $0.0 == $0.1 })
            #expect(pairs.contains { $0 == (2, 2) })
        }
    }

    @Test func outliersAreSentencesFarLongerThanTheirDocuments() {
        let lengths = [120.0, 90, 150, 10_200, 130, 2_000]
        #expect(LengthOutliers.flags(lengths) == [false, false, false, true, false, true])
        #expect(LengthOutliers.tamed(lengths, LengthOutliers.flags(lengths)) == [120, 90, 150, 140, 130, 140])
        // A document of short lines keeps its one long (but natural) sentence.
        #expect(LengthOutliers.flags([10, 12, 8, 600]) == [false, false, false, false])
        let model = LengthModel(source: [100, 100, 100, 20_000], target: [120, 120, 120, 120])
        #expect(abs(model.ratio - 1.2) < 1e-9)
        // Anchors of an outlier come from its prose: not the digits of a blob, but Chinese text.
        let blob = String(repeating: "Qx4R7z", count: 20)
        #expect(LengthOutliers.prose("They met on July 4 \(blob) in Bagan.") == "They met on July 4   in Bagan.")
        #expect(LengthOutliers.prose("双方同意加强在经济、贸易、投资等领域的务实合作，推动两国关系不断向前发展，造福两国人民。")
                == "双方同意加强在经济、贸易、投资等领域的务实合作，推动两国关系不断向前发展，造福两国人民。")
    }

    @Test func aLongDocumentStaysInOrderAndPairsItsSentences() {
        // 600 sentences, one missing on the target side: the band must follow the shift.
        let source = (0..<600).map { "Sentence number \($0) says something of length \(String(repeating: "x", count: $0 % 37))." }
        var target = (0..<600).map { "Câu số \($0) nói điều gì đó dài \(String(repeating: "x", count: $0 % 37))." }
        target.remove(at: 100)
        let beads = align(source, target)
        expectCovers(beads, 600, 599)
        #expect(beads.filter { $0.kind == "1-1" }.count >= 595)
    }
}

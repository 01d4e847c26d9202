import Testing
import TriglotNames
import TriglotText
@testable import TriglotAlign

/// Name pairs inside aligned sentences: glossary pairs and proposals by rule.
@Suite struct NameAlignerTests {
    let names: NameAligner

    init() throws {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        names = try NameAligner(glossary: glossary)
    }

    func pairs(_ source: [String], _ target: [String], _ from: Language, _ to: Language) -> [NamePair] {
        let beads = (0..<source.count).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
        return names.pairs(beads: beads, source: source, target: target, sourceLanguage: from, targetLanguage: to)
    }

    @Test func proposesAnEnglishNameByItsPinyin() {
        let found = pairs(["Xinhua photographer Zhang Dongqiang took pictures.", "Zhang Dongqiang left."],
                          ["新华社摄影记者张东强拍摄了照片。", "张东强离开了。"], .english, .chinese)
        let proposal = found.first { $0.rule == .pinyin }
        #expect(proposal?.source == "Zhang Dongqiang")
        #expect(proposal?.target == "张东强")
        #expect(proposal?.beads == [0, 1])
        #expect(proposal?.count == 2)
        #expect((proposal?.score ?? 0) > NameAligner.confidence[.pinyin]!)
        #expect(found.contains { $0.rule == .glossary && $0.conceptID == "org-xinhua" })
        #expect(found.filter { $0.rule == .pinyin }.count == 1)  // not "Dongqiang" ↔ 东强 as well
    }

    @Test func proposesAVietnameseNameByItsHanVietReading() {
        // Bùi Thanh Sơn is in the glossary: take it out of the way with a glossary-free aligner.
        let aligner = try! NameAligner(glossary: Glossary(concepts: [], folder: try! NameFolder()))
        let beads = [Bead(source: 0..<1, target: 0..<1)]
        let found = aligner.pairs(beads: beads, source: ["Bộ trưởng Bùi Thanh Sơn phát biểu."], target: ["外长裴青山发言。"],
                                  sourceLanguage: .vietnamese, targetLanguage: .chinese)
        #expect(found.contains { $0.rule == .hanViet && $0.source == "Bùi Thanh Sơn" && $0.target == "裴青山" })
    }

    @Test func pairsAVietnamesePersonWrittenInChineseWithTheUnaccentedEnglish() {
        // 阮维玉 read in pinyin is "Ruan Weiyu"; English writes the Vietnamese name, Nguyen Duy Ngoc.
        let found = pairs(["Vietnamese official Nguyen Duy Ngoc met the delegation."], ["越南官员阮维玉会见了代表团。"], .english, .chinese)
        #expect(found.contains { $0.rule == .hanVietUnaccented && $0.source == "Nguyen Duy Ngoc" && $0.target == "阮维玉" })
        #expect(!found.contains { $0.rule == .pinyin && $0.target == "阮维玉" })
    }

    @Test func pairsGlossaryNamesOfOneConcept() {
        let found = pairs(["Wang Yi met Bui Thanh Son."], ["王毅会见裴青山。"], .english, .chinese)
        #expect(found.contains { $0.isKnown && $0.conceptID == "person-wang-yi" && $0.source == "Wang Yi" && $0.target == "王毅" })
        #expect(found.contains { $0.isKnown && $0.conceptID == "person-bui-thanh-son" && $0.target == "裴青山" })
        #expect(found.allSatisfy { $0.score == 1 })
    }

    @Test func proposesAnUnaccentedEnglishNameForAnAccentedVietnameseOne() {
        let found = pairs(["Deputy Minister Nguyen Minh Vu spoke."], ["Thứ trưởng Nguyễn Minh Vũ phát biểu."], .english, .vietnamese)
        #expect(found.contains { $0.rule == .unaccented && $0.source == "Nguyen Minh Vu" && $0.target == "Nguyễn Minh Vũ" })
    }

    @Test func unpairedSentencesGiveNoPairs() {
        let beads = [Bead(source: 0..<1, target: 0..<0), Bead(source: 1..<1, target: 0..<1)]
        let found = names.pairs(beads: beads, source: ["Zhang Dongqiang left."], target: ["张东强离开了。"],
                                sourceLanguage: .english, targetLanguage: .chinese)
        #expect(found.isEmpty)
    }
}

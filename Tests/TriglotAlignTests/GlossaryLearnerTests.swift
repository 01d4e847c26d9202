import Testing
import TriglotNames
import TriglotText
@testable import TriglotAlign

/// Proposals turned into glossary concepts.
@Suite struct GlossaryLearnerTests {
    let folder: NameFolder
    let glossary: Glossary

    init() throws {
        folder = try NameFolder()
        glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
    }

    func pair(_ source: String, _ target: String, _ rule: NamePair.Rule, _ score: Double) -> NamePair {
        NamePair(source: source, target: target, rule: rule, conceptID: rule == .glossary ? "x" : nil, score: score, beads: [0])
    }

    @Test func keepsProposalsAtOrAboveTheThresholdBestFirst() {
        let pairs = [pair("Zhang Dongqiang", "张东强", .pinyin, 0.7), pair("Li Ming", "李明", .pinyin, 0.91),
                     pair("Zhou Xiaoyu", "周小雨", .pinyin, 0.5), pair("Wang Yi", "王毅", .glossary, 1)]
        let kept = GlossaryLearner(threshold: 0.6).proposals(pairs, glossary: glossary, folder: folder)
        #expect(kept.map(\.source) == ["Li Ming", "Zhang Dongqiang"])
    }

    @Test func keepsOnlyTheBestPairForAForm() {
        let pairs = [pair("Zhang Dongqiang", "张东强", .pinyin, 0.7), pair("Zhang Dongqiang", "张栋强", .pinyin, 0.91)]
        let kept = GlossaryLearner(threshold: 0).proposals(pairs, glossary: glossary, folder: folder)
        #expect(kept.map(\.target) == ["张栋强"])
    }

    @Test func skipsAFormTheGlossaryAlreadyHas() {
        // 王毅 is Wang Yi's: a concept for "Wang I" would share it.
        let kept = GlossaryLearner(threshold: 0).proposals([pair("Wang I", "王毅", .pinyin, 0.9)], glossary: glossary, folder: folder)
        #expect(kept.isEmpty)
    }

    @Test func makesAConceptWithBothFormsAndAFreshID() {
        var used: Set<String> = ["person-zhang-dongqiang"]
        let learner = GlossaryLearner(kind: .person)
        let concept = learner.concept(for: pair("Trương Đông Cường", "张东强", .hanViet, 0.7), sourceLanguage: .vietnamese,
                                      targetLanguage: .chinese, usedIDs: &used, note: "from a.vi and a.zh")
        #expect(concept.id == "person-truong-dong-cuong")
        #expect(concept.vietnamese == "Trương Đông Cường")
        #expect(concept.chinese == "张东强")
        #expect(concept.english == nil)
        #expect(concept.note == "from a.vi and a.zh")
        let second = learner.concept(for: pair("Zhang Dongqiang", "张东强", .pinyin, 0.7), sourceLanguage: .english,
                                     targetLanguage: .chinese, usedIDs: &used, note: "")
        #expect(second.id == "person-zhang-dongqiang-2")
        #expect(used.contains("person-zhang-dongqiang-2"))
    }

    @Test func aPairThroughChineseBringsItsCharacters() {
        var used = Set<String>()
        let pair = NamePair(source: "Zhang Dongqiang", target: "Trương Đông Cường", rule: .throughChinese, conceptID: nil,
                            score: 0.5, beads: [3], via: "张东强")
        let concept = GlossaryLearner().concept(for: pair, sourceLanguage: .english, targetLanguage: .vietnamese, usedIDs: &used, note: "")
        #expect(concept.english == "Zhang Dongqiang")
        #expect(concept.chinese == "张东强")
        #expect(concept.vietnamese == "Trương Đông Cường")
        // 王毅 is Wang Yi's: a pair tied by it is not a new concept.
        let taken = NamePair(source: "Wang I", target: "Vuong Nghi", rule: .throughChinese, conceptID: nil, score: 0.9, beads: [0], via: "王毅")
        #expect(GlossaryLearner(threshold: 0).proposals([taken], glossary: glossary, folder: folder).isEmpty)
    }

    @Test func aProposalForAConceptAddsTheFormItLacks() throws {
        let text = GlossaryFile.columns.joined(separator: "\t") + "\n"
            + "person-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t\t\t\t\t\tphotographer\tmine\n"
        let mine = try Glossary.load([("mine.tsv", text)], folder: folder)
        let concept = try #require(mine.concept(id: "person-zhang-dongqiang"))
        let pair = NamePair(source: "Zhang Dongqiang", target: "Trương Đông Cường", rule: .hanViet,
                            conceptID: concept.id, score: 0.7, beads: [14])
        let learner = GlossaryLearner()
        #expect(learner.proposals([pair], glossary: mine, folder: folder).count == 1)
        let updated = learner.concept(concept, extendedBy: pair, languages: (.english, .vietnamese), glossary: mine,
                                      folder: folder, note: "from a and b")
        #expect(updated.id == concept.id)
        #expect(updated.vietnamese == "Trương Đông Cường")
        #expect(updated.english == "Zhang Dongqiang" && updated.chinese == "张东强")
        #expect(updated.note == "photographer; vi form learnt by triglot align (han-viet rule), from a and b")
        // Two forms proposed for one concept in one run: only the better one.
        let other = NamePair(source: "Zhang Dongqiang", target: "Trương Đông Cương", rule: .hanViet,
                             conceptID: concept.id, score: 0.5, beads: [3])
        #expect(learner.proposals([other, pair], glossary: mine, folder: folder).map(\.target) == ["Trương Đông Cường"])
    }

    @Test func slugsAreLowerCaseASCII() {
        #expect(GlossaryLearner.slug("Đặng Thị Ngọc Thịnh") == "dang-thi-ngoc-thinh")
        #expect(GlossaryLearner.slug("Xi'an") == "xi-an")
        #expect(GlossaryLearner.slug("张东强") == "learnt")
    }
}

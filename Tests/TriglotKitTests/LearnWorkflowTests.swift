import Foundation
import Testing
import TriglotAlign
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct LearnWorkflowTests {
    static let own = GlossarySetTests.header + "# mine\n" + "person-tran-van-an\tperson\tTran Van An\t\t\tTrần Văn An\t\t\t\t\t\n"

    private func glossary(_ files: [(String, String)], folder: NameFolder) throws -> Glossary {
        try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)] + files, folder: folder)
    }

    @Test func aProposalForAConceptOfTheFileRewritesTheLineItsOriginNames() throws {
        let path = try GlossarySetTests.folder(["mine.tsv": Self.own]) + "/mine.tsv"
        let folder = try NameFolder()
        let glossary = try glossary([(path, Self.own)], folder: folder)
        #expect(glossary.concept(id: "person-tran-van-an")?.origin == ConceptOrigin(file: path, line: 3))
        let pair = NamePair(source: "Tran Van An", target: "陈文安", rule: .hanViet, conceptID: "person-tran-van-an", score: 0.9, beads: [0])
        let workflow = LearnWorkflow()
        let outcome = try workflow.learn([pair], into: path, existing: Self.own, context: [(ShippedGlossary.name, ShippedGlossary.text)],
                                         glossary: glossary, folder: folder, languages: (.english, .chinese), note: "test")
        #expect(outcome == .learnt(kept: [pair], skipped: []))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2].hasPrefix("person-tran-van-an\tperson\tTran Van An\t陈文安\t"))
    }

    @Test func aNewPairBecomesANewConceptAndOneOfAnotherGlossaryIsSkipped() throws {
        let path = try GlossarySetTests.folder([:]) + "/new.tsv"
        let folder = try NameFolder()
        let glossary = try glossary([], folder: folder)
        let new = NamePair(source: "Zhang Dongqiang", target: "张东强", rule: .pinyin, conceptID: nil, score: 0.9, beads: [0])
        let shipped = NamePair(source: "Wang Yi", target: "王毅", rule: .pinyin, conceptID: "person-wang-yi", score: 0.9, beads: [1])
        let outcome = try LearnWorkflow().learn([new, shipped], into: path, existing: nil, context: [(ShippedGlossary.name, ShippedGlossary.text)],
                                                glossary: glossary, folder: folder, languages: (.english, .chinese), note: "test")
        guard case let .learnt(kept, skipped) = outcome else { Issue.record("\(outcome)"); return }
        #expect(kept == [new])
        #expect(skipped.count == 1 && skipped[0].contains("person-wang-yi"))
        let concepts = GlossaryFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: path).concepts
        #expect(concepts.map(\.id) == ["person-zhang-dongqiang"])
        #expect(concepts[0].chinese == "张东强")
    }

    @Test func nothingToLearnLeavesTheFileAlone() throws {
        let path = try GlossarySetTests.folder([:]) + "/none.tsv"
        let folder = try NameFolder()
        let outcome = try LearnWorkflow().learn([], into: path, existing: nil, context: [], glossary: try glossary([], folder: folder),
                                                folder: folder, languages: (.english, .chinese), note: "test")
        #expect(outcome == .nothingToLearn)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

@Suite struct LearnLanguagesTests {
    @Test func namesAreLearntBetweenTheThreeLanguagesOnly() throws {
        let english = try Document(text: "Wang Yi met the minister today."), chinese = try Document(text: "王毅今天会见了外长。")
        #expect(LearnWorkflow.languages(english, chinese).map { [$0.0, $0.1] } == [.english, .chinese])
        #expect(LearnWorkflow.languages(try Document(text: "Herr Wang kam.", policy: .otherLatin("de")), chinese) == nil)
        #expect(LearnWorkflow.languages(english, try Document(text: "12 34.")) == nil)
    }
}

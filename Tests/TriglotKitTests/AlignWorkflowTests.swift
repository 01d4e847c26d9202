import Foundation
import Testing
import TriglotAlign
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct AlignWorkflowTests {
    private func example(_ language: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("examples/lmc-2022-wang-yi-bui-thanh-son.\(language).txt"), encoding: .utf8)
    }

    private func workflow() throws -> AlignWorkflow {
        let folder = try NameFolder()
        return AlignWorkflow(glossary: try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true))
    }

    @Test func alignsTheExampleSentenceBySentenceWithItsNames() throws {
        let alignment = try workflow().run(sourceText: try example("en"), targetText: try example("zh"),
                                           policies: (.given(.english), .given(.chinese)), names: true)
        #expect(alignment.source.count == alignment.target.count)
        #expect(alignment.beads.allSatisfy { $0.source.count == 1 && $0.target.count == 1 })
        #expect(alignment.pairs.contains { $0.conceptID == "person-wang-yi" })
        #expect(alignment.pairs.contains { $0.rule == .pinyin && $0.source == "Zhang Dongqiang" && $0.target == "张东强" })
    }

    @Test func linesAreSentencesWhenAsked() throws {
        let alignment = try workflow().run(sourceText: "One line. Two sentences.\r\nAnother line.\n", targetText: "一行。两句。\r\n另一行。\n",
                                           policies: (.given(.english), .given(.chinese)), lines: true)
        #expect(alignment.source == ["One line. Two sentences.", "Another line."])
        #expect(alignment.pairs.isEmpty)
    }
}

@Suite struct AlignWorkflowPolicyTests {
    private func workflow() throws -> AlignWorkflow {
        let folder = try NameFolder()
        return AlignWorkflow(glossary: try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true))
    }

    @Test func anotherLatinLanguageIsSplitByEnglishRulesAndPairsNoNames() throws {
        let alignment = try workflow().run(sourceText: "Herr Wang traf Herrn Son. Sie sprachen.", targetText: "M. Wang a rencontré M. Son. Ils ont parlé.",
                                           policies: (.otherLatin("de"), .otherLatin("fr")), names: true)
        #expect(alignment.sourceDocument.alignmentLanguage == nil && alignment.sourceDocument.languageTag == "de")
        #expect(alignment.source.count == 2 && alignment.target.count == 2)
        #expect(alignment.pairs.isEmpty)
    }

    @Test func detectedTextsAreReadAsSummarizeParallelReadsThem() throws {
        let alignment = try workflow().run(sourceText: "Wang Yi met Bui Thanh Son.\n\nThey agreed.", targetText: "王毅会见裴青山。\n\n双方同意。")
        #expect(alignment.sourceDocument.policy == .detect && alignment.sourceDocument.language == .english)
        #expect(alignment.targetDocument.language == .chinese && alignment.targetDocument.languageTag == "zh")
        #expect(alignment.source == alignment.sourceDocument.sentences.map(\.text.collapsingWhitespace))
        #expect(alignment.beads.count == 2)
    }
}

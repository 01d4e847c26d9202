import Testing
import TriglotText
@testable import TriglotKit

@Suite struct SegmentWorkflowTests {
    @Test func sentencesKeepTheirPlaceInTheText() throws {
        let text = "  He left. She stayed.\n"
        let items = try SegmentWorkflow().run(text, unit: .sentence)
        #expect(items.map { String(text[$0.range]) } == ["He left.", "She stayed."])
        #expect(items.map(\.utf8Range) == [2..<10, 11..<22])
        #expect(items.allSatisfy { $0.language == .english && $0.kind == nil })
    }

    @Test func wordsAreTheTokensOfEachSentenceWithItsLanguage() throws {
        let text = "Xin chào. 你好。"
        let items = try SegmentWorkflow().run(text, unit: .word)
        #expect(items.map { String(text[$0.range]) }.contains("你好"))
        #expect(items.allSatisfy { $0.kind != nil })
        #expect(items.allSatisfy { String(text[$0.range]) == String(decoding: Array(text.utf8)[$0.utf8Range], as: UTF8.self) })
    }

    @Test func aGivenLanguageIsEverySentences() throws {
        let items = try SegmentWorkflow(policy: .given(.vietnamese)).run("The ministers met. They agreed.", unit: .sentence)
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0.language == .vietnamese })
    }

    @Test func cleanedSentencesAreShownCleanedAtTheirPlace() throws {
        let text = "<p>The ministers met.</p>"
        let items = try SegmentWorkflow().cleanSentences(text, pdf: false)
        #expect(items.map(\.shown) == ["The ministers met."])
        #expect(text[items[0].range].contains("ministers"))
    }
}

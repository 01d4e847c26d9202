import Foundation
import Testing
import TriglotNames
import TriglotSummary
import TriglotText
@testable import TriglotKit

@Suite struct BilingualSummaryWorkflowTests {
    /// The bundled example in `language`.
    private func example(_ language: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("examples/lmc-2022-wang-yi-bui-thanh-son.\(language).txt"), encoding: .utf8)
    }

    @Test func summarizesAnArticleAndItsTranslationAsPairs() throws {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        let summary = try BilingualSummaryWorkflow(glossary: glossary)
            .run(source: try example("en"), target: try example("zh"), method: AutoMethod(), length: .sentences(2))
        #expect(summary.selected.count == 2)
        #expect(summary.selected.allSatisfy { !$0.pairing.source.isEmpty && !$0.pairing.target.isEmpty })
        let first = try #require(summary.selected.first)
        #expect(summary.source.sentences[first.pairing.source.lowerBound].text.contains("Wang Yi"))
        #expect(summary.target.sentences[first.pairing.target.lowerBound].text.contains("王毅"))
    }
}

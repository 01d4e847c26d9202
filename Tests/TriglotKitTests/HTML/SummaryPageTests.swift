import Foundation
import Testing
import TriglotNames
import TriglotSummary
import TriglotText
@testable import TriglotKit

@Suite struct SummaryPageTests {
    static func example(_ language: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("examples/lmc-2022-wang-yi-bui-thanh-son.\(language).txt"), encoding: .utf8)
    }

    static func names(_ glossary: Glossary) throws -> NamesInTextWorkflow {
        NamesInTextWorkflow(resolver: NameResolver(glossary: glossary, folder: try NameFolder()))
    }

    static func shipped() throws -> Glossary {
        try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: try NameFolder(), trusted: true)
    }

    /// How often `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The numbers following `prefix` up to the next quote (`id="s3"` → 3), in order.
    static func ids(_ prefix: String, in text: String) -> [Int] {
        text.components(separatedBy: prefix).dropFirst().compactMap { Int($0.prefix { $0 != "\"" }) }
    }

    @Test func theShadedSentencesAreTheChosenOnesAndTheNamesAreUnderlinedWithTheirForms() throws {
        let summary = try SummaryWorkflow(method: AutoMethod(), length: .automatic).run(try Self.example("en"))
        let report = try Self.names(try Self.shipped()).run(summary.document, targets: [])
        let html = SummaryPage(summary: summary, name: "a.en.txt", names: report).html()
        #expect(Self.ids("<mark class=\"chosen\" id=\"s", in: html) == summary.selected.map(\.index))
        #expect(!summary.selected.isEmpty)
        let occurrences = report.known.reduce(0) { $0 + $1.occurrences.count }
        #expect(occurrences > 0)
        #expect(Self.count("<span class=\"name\" tabindex=\"0\"", in: html) == occurrences)
        #expect(html.contains("title=\"en: Wang Yi · zh: 王毅 · vi: Vương Nghị\""))
        #expect(html.contains("<span lang=\"zh-Hans\">zh: 王毅</span>"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!html.contains("<script") && !html.contains("http"))
    }

    @Test func aChineseArticleIsTaggedAsSimplifiedChinese() throws {
        let summary = try SummaryWorkflow(method: AutoMethod(), length: .automatic).run(try Self.example("zh"))
        let html = SummaryPage(summary: summary, name: "a.zh.txt").html()
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        #expect(html.contains("<article lang=\"zh-Hans\">"))
        #expect(Self.count("class=\"name\" tabindex", in: html) == 0)
    }

    @Test func markupInTheArticleTheTitleAndTheGlossaryIsText() throws {
        let folder = try NameFolder()
        let concept = Concept(id: "person-\"onmouseover=alert(1)", kind: .person, english: "Li Jinshi",
                              chinese: "<script>alert(1)</script>", vietnamese: "\"onmouseover=\"alert(2)")
        let glossary = Glossary(concepts: [concept], folder: folder)
        let text = "Li Jinshi wrote <script>alert(3)</script> in Hanoi today.\n\nHe said \"onmouseover=alert(4)\" twice, and left.\n"
        let summary = try SummaryWorkflow(method: AutoMethod(), length: .sentences(5))
            .run(text, policy: .given(.english), title: "<script>alert(5)</script>")
        let report = try Self.names(glossary).run(summary.document, targets: [])
        let html = SummaryPage(summary: summary, name: "<b>\".txt", names: report).html()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("\"onmouseover"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"))
        #expect(html.contains("&quot;onmouseover=alert(4)&quot;"))
        #expect(html.contains("zh: &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("vi: &quot;onmouseover=&quot;alert(2)"))
        #expect(Self.count("class=\"name\" tabindex", in: html) == 1)
    }

    @Test func escapingCoversTheFiveCharacters() {
        #expect(HTMLPage.escape("<a href=\"x\" title='y'>&</a>") == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTMLPage.escape("王毅 Vương Nghị") == "王毅 Vương Nghị")
    }
}

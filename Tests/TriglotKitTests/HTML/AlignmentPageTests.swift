import Foundation
import Testing
import TriglotAlign
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct AlignmentPageTests {
    private func page(_ target: String) throws -> (AlignWorkflow.Alignment, String) {
        let glossary = try SummaryPageTests.shipped()
        let alignment = try AlignWorkflow(glossary: glossary).run(sourceText: try SummaryPageTests.example("en"),
                                                                 targetText: try SummaryPageTests.example(target), names: true)
        let names = try SummaryPageTests.names(glossary)
        let html = AlignmentPage(alignment: alignment, names: ("a.en.txt", "a.\(target).txt"),
                                 sourceNames: try names.run(alignment.sourceDocument, targets: []),
                                 targetNames: try names.run(alignment.targetDocument, targets: [])).html()
        return (alignment, html)
    }

    @Test func oneRowPerBeadEachSideInItsLanguage() throws {
        let (alignment, html) = try page("zh")
        #expect(SummaryPageTests.ids("<tr id=\"b", in: html) == Array(alignment.beads.indices))
        #expect(SummaryPageTests.count("<td lang=\"en\"", in: html) == alignment.beads.count)
        #expect(SummaryPageTests.count("<td lang=\"zh-Hans\"", in: html) == alignment.beads.count)
        #expect(html.contains("title=\"en: Wang Yi · zh: 王毅 · vi: Vương Nghị\""))
        #expect(html.contains(">王毅<span class=\"forms\">"))
        #expect(html.contains("@media (max-width: 40rem)"))
    }

    @Test func knownAndProposedPairsAreMarkedApartInTheirBeads() throws {
        let (alignment, html) = try page("zh")
        let known = alignment.pairs.filter(\.isKnown), proposed = alignment.pairs.filter { !$0.isKnown }
        #expect(!known.isEmpty && !proposed.isEmpty)
        #expect(SummaryPageTests.count("<li class=\"known\"", in: html) == known.reduce(0) { $0 + $1.beads.count })
        #expect(SummaryPageTests.count("<li class=\"proposed\"", in: html) == proposed.reduce(0) { $0 + $1.beads.count })
        let zhang = try #require(proposed.first { $0.source == "Zhang Dongqiang" })
        let row = try #require(html.components(separatedBy: "<tr id=\"b\(zhang.beads[0])\">").dropFirst().first?
            .components(separatedBy: "</tr>").first)
        #expect(row.contains("<li class=\"proposed\"><span class=\"tagword\">proposed</span> <span class=\"pair\"><span lang=\"en\">Zhang Dongqiang</span> ↔ <span lang=\"zh-Hans\">张东强</span></span> <span class=\"meta\">(pinyin "))
    }

    @Test func theVietnameseSideIsTaggedVi() throws {
        let (_, html) = try page("vi")
        #expect(html.contains("<td lang=\"vi\""))
        #expect(html.contains("<html lang=\"en\">"))
    }
}

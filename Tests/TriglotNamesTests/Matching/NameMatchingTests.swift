import Testing
import TriglotText
@testable import TriglotNames

/// NameMatcher, FoldedText and MatchEvidence: names found in text by their folded forms.
@Suite struct NameMatchingTests {
    private let folder = try! NameFolder()

    /// A matcher over `names` (folded here), each name's value its index.
    private func matcher(_ names: [String]) -> NameMatcher {
        NameMatcher(patterns: names.enumerated().map { (folder.key($0.element), $0.offset) })
    }

    /// The matched slices of `text` with their values.
    private func found(_ names: [String], in text: String) -> [(String, Int)] {
        let utf8 = Array(text.utf8)
        return matcher(names).matches(in: text).map { (String(decoding: utf8[$0.utf8Range], as: UTF8.self), $0.value) }
    }

    @Test func theLongestMatchWins() {
        let result = found(["South China", "South China Sea", "China"], in: "In the South China Sea and South China, China.")
        #expect(result.map(\.0) == ["South China Sea", "South China", "China"])
        #expect(result.map(\.1) == [1, 0, 2])
    }

    @Test func latinNamesMatchOnWordBoundariesOnly() {
        #expect(found(["Son"], in: "Sonnet, Grandson, Son's and Son.").map(\.0) == ["Son", "Son"])
        #expect(found(["LMC"], in: "LMCs LMC-based (LMC)").map(\.0) == ["LMC", "LMC"])
        // A longer name failing its boundary leaves room for a shorter one.
        #expect(found(["South China", "South China Sea"], in: "South China Seas").map(\.0) == ["South China"])
    }

    @Test func chineseNamesMatchInsideText() {
        let result = found(["王毅", "裴青山", "澜湄合作"], in: "国务委员兼外长王毅4日会见越南外长裴青山。澜湄合作第七次外长会")
        #expect(result.map(\.0) == ["王毅", "裴青山", "澜湄合作"])
        // Next to Latin letters too.
        #expect(found(["王毅", "Wang Yi"], in: "Wang Yi王毅Wang Yi").map(\.0) == ["Wang Yi", "王毅", "Wang Yi"])
    }

    @Test func foldedMatchesReportOriginalOffsets() {
        let text = "Ông BÙI THANH SƠN, bui-thanh  son và 習近平 gặp Bùi Thanh Sơn."
        let result = found(["Bùi Thanh Sơn", "习近平"], in: text)
        #expect(result.map(\.0) == ["BÙI THANH SƠN", "bui-thanh  son", "習近平", "Bùi Thanh Sơn"])
        // Decomposed diacritics and the other tone-mark placement fold alike; the marks after
        // the last letter belong to the match.
        let decomposed = "Hoa\u{0300} Bi\u{0300}nh, Hòa Bình, Hoà Bình."
        #expect(found(["Hòa Bình"], in: decomposed).map(\.0) == ["Hoa\u{0300} Bi\u{0300}nh", "Hòa Bình", "Hoà Bình"])
    }

    @Test func offsetsIndexTheOriginalText() {
        let text = "—  Đà Nẵng, DA NANG;\n\tda-nang"
        let matches = matcher(["Đà Nẵng"]).matches(in: text)
        let utf8 = Array(text.utf8)
        #expect(matches.map { String(decoding: utf8[$0.utf8Range], as: UTF8.self) } == ["Đà Nẵng", "DA NANG", "da-nang"])
        // No separator is taken in at either end, even at the end of the text.
        let trailing = "Da Nang \n"
        #expect(matcher(["Đà Nẵng"]).matches(in: trailing).map(\.utf8Range) == [0..<7])
    }

    @Test func overlappingPatternsDoNotOverlapInResults() {
        // "abc de" and "de fg" overlap; the leftmost wins and the scan resumes after it.
        #expect(found(["abc de", "de fg", "fg"], in: "abc de fg").map(\.0) == ["abc de", "fg"])
        #expect(found(["de fg", "abc de"], in: "x de fg abc de").map(\.0) == ["de fg", "abc de"])
        #expect(found(["李克强", "克强"], in: "李克强克强").map(\.0) == ["李克强", "克强"])
    }

    @Test func emptyPatternSetsAndEmptyTextsFindNothing() {
        #expect(NameMatcher(patterns: []).matches(in: "Wang Yi").isEmpty)
        #expect(NameMatcher(patterns: [("", 0)]).matches(in: "Wang Yi").isEmpty)
        #expect(matcher(["Wang Yi"]).matches(in: "").isEmpty)
        #expect(NameMatcher(patterns: []).patternCount == 0)
    }

    @Test func repeatedKeysKeepTheSmallestValue() {
        let matcher = NameMatcher(patterns: [("wang yi", 5), ("wang yi", 2), ("wang yi", 9)])
        #expect(matcher.patternCount == 1)
        #expect(matcher.matches(in: "Wang Yi").map(\.value) == [2])
    }

    @Test func manyPatternsStillFindTheRightOnes() {
        // Enough patterns for dense rows deep in the trie.
        var names = (0..<2000).map { "name\($0) x" }
        names.append("name1")
        let result = found(names, in: "name1 name1999 x name12 x name20001 x")
        #expect(result.map(\.0) == ["name1", "name1999 x", "name12 x"])
    }

    @Test func foldingTextAgreesWithTheFolderOnEveryShippedForm() throws {
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        for concept in glossary.concepts {
            for (form, _) in concept.allForms {
                #expect(String(decoding: FoldedText(form).bytes, as: UTF8.self) == folder.key(form), "\(form)")
            }
        }
    }

    @Test func theShippedGlossaryFindsItsOwnForms() throws {
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        let matcher = NameMatcher(glossary: glossary)
        for concept in glossary.concepts.prefix(200) {
            let form = try #require(concept.allForms.first?.form)
            let text = "« " + form + " »"
            let matches = matcher.matches(in: text)
            #expect(matches.count == 1 && glossary.concepts[matches[0].value].id == concept.id, "\(form)")
        }
    }

    @Test func evidenceRejectsVietnameseCommonWords() throws {
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        let uk = try #require(glossary.concept(id: "place-united-kingdom"))
        #expect(MatchEvidence.isPlausible("Anh", names: uk))
        #expect(!MatchEvidence.isPlausible("ảnh", names: uk))
        #expect(!MatchEvidence.isPlausible("anh", names: uk))
        let son = try #require(glossary.concept(id: "person-bui-thanh-son"))
        #expect(MatchEvidence.isPlausible("BUI THANH SON", names: son))
        #expect(MatchEvidence.isPlausible("Bùi Thanh Sơn", names: son))
        #expect(!MatchEvidence.isPlausible("Bùi Thanh Sởn", names: son))
        #expect(MatchEvidence.isPlausible("裴青山", names: son))
    }
}

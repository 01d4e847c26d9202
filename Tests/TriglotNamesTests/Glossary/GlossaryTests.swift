import Testing
import TriglotText
@testable import TriglotNames

@Suite struct GlossaryTests {
    static let header = GlossaryFile.columns.joined(separator: "\t")
    static let sample = """
        # a comment
        \(header)
        person-wang-yi\tperson\tWang Yi\t王毅\t\tVương Nghị\t\t\t\t\tChinese MFA
        org-lmc\torganisation\tLancang-Mekong Cooperation\t澜沧江－湄公河合作\t瀾滄江－湄公河合作\tHợp tác Mekong - Lan Thương\tLMC\t澜湄合作\tHợp tác Lan Thương - Mekong\t\tChinese MFA; VNA
        place-scs\tplace\tSouth China Sea\t南海\t\tBiển Đông\t\t\t\tEach side's usage.\tXinhua; VNA

        """

    private func load(_ text: String) throws -> Glossary {
        try Glossary.load([("test.tsv", text)], folder: try NameFolder())
    }

    @Test func parsesConceptsWithAliasesAndOrigins() throws {
        let glossary = try load(Self.sample)
        #expect(glossary.concepts.count == 3)
        let lmc = try #require(glossary.concept(id: "org-lmc"))
        #expect(lmc.kind == .organisation)
        #expect(lmc.aliases[.english] == ["LMC"])
        #expect(lmc.chineseTraditional == "瀾滄江－湄公河合作")
        #expect(lmc.origin == "test.tsv:4")
        #expect(glossary.concept(id: "place-scs")?.note == "Each side's usage.")
    }

    @Test(arguments: ["Wang Yi", "wang yi", "WANG  YI", "王毅", "Vương Nghị", "vuong nghi", "Vương Nghị"])
    func findsAConceptByAnyFormLoosely(query: String) throws {
        let glossary = try load(Self.sample)
        #expect(glossary.concepts(named: query, folder: try NameFolder()).map(\.id) == ["person-wang-yi"])
    }

    @Test(arguments: ["LMC", "澜湄合作", "瀾滄江－湄公河合作", "Hợp tác Mekong-Lan Thương", "hop tac mekong - lan thuong", "Lancang Mekong Cooperation"])
    func findsByAliasTraditionalAndHyphenation(query: String) throws {
        let glossary = try load(Self.sample)
        #expect(glossary.concepts(named: query, folder: try NameFolder()).map(\.id) == ["org-lmc"])
    }

    @Test func writingAndReadingAgainKeepsEveryField() throws {
        let glossary = try load(Self.sample)
        let again = try load("# written\n" + GlossaryFile.write(glossary.concepts))
        #expect(again.concepts.map(\.id) == glossary.concepts.map(\.id))
        for (a, b) in zip(again.concepts, glossary.concepts) {
            #expect(a.english == b.english && a.chinese == b.chinese && a.chineseTraditional == b.chineseTraditional)
            #expect(a.vietnamese == b.vietnamese && a.aliases == b.aliases && a.note == b.note && a.source == b.source)
        }
    }

    @Test func reportsEveryProblemWithItsLine() throws {
        let bad = """
            \(Self.header)
            person-wang-yi\tperson\tWang Yi\t王毅\t\tVương Nghị\t\t\t\t\t
            person-wang-yi\tperson\tWang Y.\t王毅\t\tVương Nghị\t\t\t\t\t
            Bad ID\tperson\tX\tY\t\tZ\t\t\t\t\t
            place-x\tcity\tX\t\t\tX\t\t\t\t\t
            only-english\tplace\tNowhere\t\t\t\t\t\t\t\t
            short\tplace\tToo few
            place-hanoi\tplace\tHanoi\tHanoi\t\tHà Nội\t\t\t\t\t

            """
        do {
            _ = try load(bad)
            Issue.record("a bad glossary must not load")
        } catch let NamesError.invalidGlossary(problems) {
            let lines = problems.map(\.description)
            #expect(lines.contains { $0.hasPrefix("test.tsv:3: duplicate id 'person-wang-yi' (first at test.tsv:2)") })
            #expect(lines.contains { $0.hasPrefix("test.tsv:3: form 'Vương Nghị'") == false && $0.hasPrefix("test.tsv:3:") })
            #expect(lines.contains { $0.hasPrefix("test.tsv:4: id 'Bad ID'") })
            #expect(lines.contains { $0.hasPrefix("test.tsv:5: unknown kind 'city'") })
            #expect(lines.contains { $0.hasPrefix("test.tsv:6: 'only-english' needs at least two") })
            #expect(lines.contains { $0.hasPrefix("test.tsv:7: expected 11 tab-separated fields, found 3") })
            #expect(lines.contains { $0.hasPrefix("test.tsv:8: Chinese form 'Hanoi' has no Chinese characters") == false })
        }
    }

    @Test func aFormMayNameOneConceptOnly() throws {
        let clash = """
            \(Self.header)
            place-mekong\tplace\tMekong\t湄公河\t\tsông Mê Kông\tMekong River\t\t\t\t
            org-mekong\torganisation\tMekong River Commission\t湄公河委员会\t\tỦy hội sông Mê Kông\tMekong\t\t\t\t

            """
        #expect(throws: NamesError.self) { try load(clash) }
        do { _ = try load(clash) } catch {
            #expect(String(describing: error).contains("test.tsv:3: form 'Mekong' also names 'place-mekong' (test.tsv:2)"))
        }
    }

    @Test func aWrongHeaderOrAnEmptyFileIsRefused() throws {
        #expect(throws: NamesError.self) { try load("id\tkind\ten\n") }
        #expect(throws: NamesError.self) { try load("# nothing\n") }
    }
}

@Suite struct ShippedGlossaryTests {
    @Test func theShippedGlossaryIsNFCAndValid() throws {
        // Start-up reads it without normalising or checking it: this test is what makes that safe.
        let text = ShippedGlossary.text
        #expect(text.nfc.utf8.elementsEqual(text.utf8))
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, text)], folder: folder)
        #expect(glossary.concepts.count >= 300)
        let trusted = try Glossary.load([(ShippedGlossary.name, text)], folder: folder, trusted: true)
        #expect(trusted.concepts == glossary.concepts)
    }
}

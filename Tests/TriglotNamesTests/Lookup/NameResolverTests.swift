import Testing
import TriglotText
@testable import TriglotNames

@Suite struct NameResolverTests {
    private func resolver() throws -> NameResolver {
        let folder = try NameFolder()
        let text = GlossaryFile.columns.joined(separator: "\t") + "\n"
            + "person-bui-thanh-son\tperson\tBui Thanh Son\t裴青山\t\tBùi Thanh Sơn\t\t\t\t\tVNA\n"
        return NameResolver(glossary: try Glossary.load([("t.tsv", text)], folder: folder), folder: folder)
    }

    @Test(arguments: ["Bui Thanh Son", "裴青山", "Bùi Thanh Sơn", "bui thanh son"])
    func theGlossaryAnswersFirst(query: String) throws {
        let found = try resolver().lookup(query)
        #expect(found.concept?.id == "person-bui-thanh-son")
        #expect(found.best(in: .english)?.text == "Bui Thanh Son")
        #expect(found.best(in: .chinese)?.text == "裴青山")
        #expect(found.best(in: .vietnamese)?.text == "Bùi Thanh Sơn")
        #expect(found.best(in: .chinese)?.source == "glossary")
    }

    @Test func unknownChineseNamesGetRuleForms() throws {
        let found = try resolver().lookup("张东强")
        #expect(found.concept == nil)
        #expect(found.language == .chinese)
        #expect(found.best(in: .english)?.text == "Zhang Dongqiang")
        #expect(found.best(in: .english)?.source == "pinyin")
        #expect(found.best(in: .vietnamese)?.text == "Trương Đông Cường")
        #expect((found.best(in: .vietnamese)?.confidence ?? 1) < 1)
    }

    @Test func englishNamesInPinyinGetChineseAndVietnameseCandidates() throws {
        let found = try resolver().lookup("Zhang Dongqiang")
        #expect(found.concept == nil)
        #expect(found.best(in: .chinese)?.text == "张东强")
        #expect(found.best(in: .chinese)?.source == "pinyin-reverse")
        #expect(found.best(in: .vietnamese)?.text == "Trương Đông Cường")
        #expect((found.best(in: .vietnamese)?.confidence ?? 1) <= 0.3)
    }

    @Test func unknownEnglishNamesGetNothingByRule() throws {
        let found = try resolver().lookup("John Smith")
        #expect(found.language == .english)
        #expect(found.best(in: .chinese) == nil)
        #expect(found.best(in: .vietnamese) == nil)
    }

    @Test func theLanguageOfALoneName() {
        #expect(NameResolver.language(of: "王毅") == .chinese)
        #expect(NameResolver.language(of: "Vương Nghị") == .vietnamese)
        #expect(NameResolver.language(of: "Wang Yi") == .english)
    }
}

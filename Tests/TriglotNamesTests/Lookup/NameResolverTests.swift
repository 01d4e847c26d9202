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

    @Test func englishNamesInUnaccentedVietnameseGetTheirDiacriticsBackAndChineseCandidates() throws {
        let found = try resolver().lookup("Tran Quang Phuong")
        #expect(found.concept == nil)
        #expect(found.language == .english)
        #expect(found.best(in: .vietnamese)?.text == "Trần Quang Phương")
        #expect(found.best(in: .vietnamese)?.source == "accents-restored")
        #expect(found.best(in: .chinese)?.text == "陈光方" || found.best(in: .chinese)?.text == "陈光芳")
        #expect(found.best(in: .chinese)?.source == "accents-restored+han-viet-reverse")
        let spellings = found.forms[.vietnamese] ?? []
        #expect(spellings.allSatisfy { $0.confidence <= 0.4 })
        #expect(spellings.map(\.confidence) == spellings.map(\.confidence).sorted(by: >))
    }

    @Test func theFirstWordOfAnUnaccentedNameReadsAsASurname() {
        // "nguyen" is nguyên (元, 原) more often than nguyễn (阮) in text, but 阮 is the surname.
        #expect(HanVietIndex.shared.accented("Nguyen Van An").first?.text.hasPrefix("Nguyễn ") == true)
        #expect(HanVietIndex.shared.readsAsUnaccentedVietnamese("Bui Thanh Son"))
        #expect(!HanVietIndex.shared.readsAsUnaccentedVietnamese("John Smith"))
        #expect(!HanVietIndex.shared.readsAsUnaccentedVietnamese("Nguyen"))  // one word: not a full name
        #expect(HanVietIndex.shared.accented("Zhang Dongqiang").isEmpty)
    }

    @Test func aWesternNameKeepsItsEnglishFormInVietnameseAndGetsNoChineseByRule() throws {
        // Vietnamese writes foreign names as English does; Chinese press forms only a dictionary knows.
        let found = try resolver().lookup("John Smith")
        #expect(found.language == .english)
        #expect(found.origin?.origin == .western)
        #expect(found.best(in: .chinese) == nil)
        #expect(found.best(in: .vietnamese)?.text == "John Smith")
        #expect(found.best(in: .vietnamese)?.source == "as-written")
    }

    @Test func theLanguageOfALoneName() {
        #expect(NameResolver.language(of: "王毅") == .chinese)
        #expect(NameResolver.language(of: "Vương Nghị") == .vietnamese)
        #expect(NameResolver.language(of: "Wang Yi") == .english)
    }
}

@Suite struct NameSizeTests {
    @Test(arguments: ["张东强", "Zhang Dongqiang", "Hợp tác Mekong - Lan Thương", "中国共产党中央委员会对外联络部",
                      "Bo Ngoai giao nuoc Cong hoa xa hoi chu nghia Viet Nam"])
    func namesAreReadable(name: String) {
        #expect(NameSize.isReadable(name))
    }

    @Test func longerTextIsNot() {
        #expect(!NameSize.isReadable(String(repeating: "张", count: NameSize.maxSyllables + 1)))
        #expect(!NameSize.isReadable(String(repeating: "a", count: NameSize.maxLetters + 1)))
        #expect(!NameSize.isReadable(Array(repeating: "Wang", count: NameSize.maxSyllables + 1).joined(separator: " ")))
        #expect(NameSize.isReadable(String(repeating: "a", count: NameSize.maxLetters)))
    }

    @Test(arguments: [String(repeating: "zhangwang", count: 1_000), String(repeating: "张东强", count: 1_000),
                      String(repeating: "Nguyễn", count: 1_000), String(repeating: "Nguyen ", count: 1_000)])
    func textTooLongForANameGetsNoRuleForms(text: String) throws {
        let folder = try NameFolder()
        let resolver = NameResolver(glossary: try Glossary.load([], folder: folder), folder: folder)
        let found = resolver.lookup(text)
        #expect(found.concept == nil)
        #expect(found.forms.values.flatMap { $0 }.allSatisfy { $0.source == "query" })
    }
}

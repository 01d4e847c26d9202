import Testing
import TriglotText
@testable import TriglotNames

/// Names beyond the glossary, one class of failure each (the cases failed before origins,
/// dictionaries and the reading fixes).
@Suite struct NameRoutingTests {
    /// A resolver over a glossary of one name, so that the dictionaries and rules answer.
    private func resolver() throws -> NameResolver {
        let folder = try NameFolder()
        let text = GlossaryFile.columns.joined(separator: "\t") + "\n"
            + "person-bui-thanh-son\tperson\tBui Thanh Son\t裴青山\t\tBùi Thanh Sơn\t\t\t\t\tVNA\n"
        return NameResolver(glossary: try Glossary.load([("t.tsv", text)], folder: folder), folder: folder)
    }

    // MARK: Origin

    @Test func aVietnamesePersonInChineseIsReadInHanVietAndUnaccentedInEnglish() throws {
        let found = try resolver().lookup("阮维玉")
        #expect(found.best(in: .vietnamese)?.text == "Nguyễn Duy Ngọc")
        #expect(found.best(in: .english)?.text == "Nguyen Duy Ngoc")  // was "Ruan Weiyu"
        #expect(found.origin?.origin == .vietnamese)
    }

    @Test func aChinesePersonInVietnameseGoesThroughCharactersToPinyin() throws {
        let found = try resolver().lookup("Trần Mẫn Nhĩ")
        #expect(found.best(in: .english)?.text == "Chen Min'er")  // was "Tran Man Nhi"
        #expect(found.forms[.chinese]?.prefix(3).contains { $0.text == "陈敏尔" } == true)
    }

    @Test func aForeignNameKeepsItsEnglishFormInVietnamese() throws {
        let found = try resolver().lookup("Thongloun Sisoulith")
        #expect(found.best(in: .vietnamese)?.text == "Thongloun Sisoulith")  // was nothing
    }

    // MARK: Places

    @Test func aChinesePlaceIsOneEnglishWord() throws {
        #expect(try resolver().lookup("福州").best(in: .english)?.text == "Fuzhou")  // was "Fu Zhou"
        #expect(try resolver().lookup("南昌").best(in: .vietnamese)?.text == "Nam Xương")  // was nothing
    }

    @Test func genericPartsAreTranslatedAndPlacedByEachLanguage() throws {
        #expect(try resolver().lookup("吉婆岛").best(in: .vietnamese)?.text == "đảo Cát Bà")  // was "Cát Bà Đảo"
    }

    @Test func lookupsWithAndWithoutTheGenericPartMeet() throws {
        let resolver = try resolver()
        for query in ["河内市", "河内", "thành phố Hà Nội", "Hà Nội"] {
            let found = resolver.lookup(query)
            #expect(found.forms[.english]?.contains { $0.text == "Hanoi" } == true, "\(query)")
        }
        #expect(resolver.lookup("河内市").best(in: .vietnamese)?.text.hasPrefix("thành phố") == true)
    }

    @Test func vietnameseProvincesInChineseAndChineseCitiesInVietnamese() throws {
        let resolver = try resolver()
        #expect(resolver.lookup("谅山").best(in: .vietnamese)?.text == "Lạng Sơn")
        #expect(resolver.lookup("Lạng Sơn").best(in: .chinese)?.text == "谅山")
        #expect(resolver.lookup("Phúc Châu").best(in: .english)?.text == "Fuzhou")  // was "Phuc Chau"
        #expect(resolver.lookup("福州").best(in: .vietnamese)?.text == "Phúc Châu")
    }

    @Test func aDictionaryAnswerSaysItsSource() throws {
        let found = try resolver().lookup("洪森")
        #expect(found.best(in: .english)?.text == "Hun Sen")
        #expect(found.best(in: .english)?.source == "dictionary cc-cedict")
        #expect(found.best(in: .vietnamese)?.text == "Hun Sen")
        #expect(found.origin?.certain == true)
    }

    // MARK: Readings

    @Test func aCharacterKnownOnlyThroughItsTraditionalFormStillGetsAReading() throws {
        // 概 and 维: no kVietnamese in Unihan 15.0; a curated reading now.
        #expect(try resolver().lookup("黎明概").best(in: .vietnamese)?.text == "Lê Minh Khái")  // was nothing
    }

    @Test func namesUseTheReadingNamesUse() throws {
        #expect(try resolver().lookup("张兴华").best(in: .vietnamese)?.text == "Trương Hưng Hoa")  // was Hứng
        #expect(try resolver().lookup("湛若水").best(in: .vietnamese)?.text == "Trạm Nhược Thủy")  // was the Nôm Đậm
    }

    // MARK: Restoration and ranking

    @Test func unaccentedVietnameseGetsNameSyllables() throws {
        let found = try resolver().lookup("Dang Thi Ngoc Thinh")
        #expect(found.best(in: .vietnamese)?.text == "Đặng Thị Ngọc Thịnh")  // was "Đặng Thi …"
        #expect(found.best(in: .chinese)?.text.hasPrefix("邓氏") == true)  // Thị is 氏 in a name, not 市
    }

    @Test func pinyinGivenNamesRankNameCharacters() throws {
        let candidates = try resolver().lookup("Ma Zhaoxu").forms[.chinese]?.prefix(3).map(\.text) ?? []
        #expect(candidates.contains("马朝旭"))  // was 马赵许 first
        #expect(candidates.first != "马赵许")
    }

    @Test func everyCandidateIsCheapForTextTooLongForAName() throws {
        let found = try resolver().lookup(String(repeating: "阮", count: 500))
        #expect(found.forms.count == 1)
    }
}

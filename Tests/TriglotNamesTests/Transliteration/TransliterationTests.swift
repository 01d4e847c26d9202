import Testing
import TriglotText
@testable import TriglotNames

@Suite struct PinyinRomanizerTests {
    @Test(arguments: [
        ("习近平", "Xi Jinping"), ("张东强", "Zhang Dongqiang"), ("王毅", "Wang Yi"), ("李强", "Li Qiang"),
        ("曾国藩", "Zeng Guofan"), ("单雄信", "Shan Xiongxin"), ("欧阳修", "Ouyang Xiu"), ("司马光", "Sima Guang"),
        ("诸葛亮", "Zhuge Liang"),
    ])
    func personalNamesAreSurnameThenGivenNameJoined(name: String, expected: String) throws {
        #expect(try PinyinRomanizer().romanize(name).text == expected)
    }

    @Test(arguments: [("广东", "Guangdong"), ("西安", "Xi'an"), ("北京", "Beijing")])
    func otherNamesAreJoinedWithApostrophesWhereNeeded(name: String, expected: String) throws {
        let romanized = try PinyinRomanizer().romanize(name)
        #expect(romanized.text == expected)
        #expect(romanized.rule == "pinyin")
    }

    @Test func surnamesAreFoundOnlyInPersonalNames() throws {
        let romanizer = try PinyinRomanizer()
        #expect(romanizer.surname(of: "欧阳修") == "欧阳")
        #expect(romanizer.surname(of: "王毅") == "王")
        #expect(romanizer.surname(of: "中华人民共和国") == nil)
        #expect(romanizer.surname(of: "Wang") == nil)
    }

    @Test func joiningAddsApostrophesBeforeAOE() {
        #expect(PinyinRomanizer.join(["xi", "an"]) == "xi'an")
        #expect(PinyinRomanizer.join(["tian", "e"]) == "tian'e")
        #expect(PinyinRomanizer.join(["an", "hui"]) == "anhui")
    }
}

@Suite struct HanVietTests {
    private func read(_ name: String) throws -> String? {
        let romanizer = try PinyinRomanizer()
        return HanVietReader().read(name, pinyin: romanizer.readings(name))?.text
    }

    @Test(arguments: [("习近平", "Tập Cận Bình"), ("王毅", "Vương Nghị"), ("张东强", "Trương Đông Cường"),
                      ("李强", "Lý Cường"), ("范明政", "Phạm Minh Chính")])
    func chineseNamesReadInHanViet(name: String, expected: String) throws {
        #expect(try read(name) == expected)
    }

    @Test func theReadingFollowsTheMandarinReading() {
        let reader = HanVietReader()
        #expect(reader.reading(of: "长", pinyin: "zhǎng") == "trưởng")
        #expect(reader.reading(of: "长", pinyin: "cháng") == "trường")
        #expect(reader.reading(of: "重", pinyin: "zhòng") == "trọng")
        #expect(reader.reading(of: "重", pinyin: "chóng") == "trùng")
    }

    @Test func simplifiedCharactersReachUnihanThroughTraditionalForms() {
        // 贤 has no kVietnamese of its own; 賢 does.
        #expect(HanVietReader().reading(of: "贤", pinyin: "xián") != nil)
    }

    @Test func vietnameseNamesLoseTheirDiacritics() {
        #expect(VietnameseRomanizer.romanize("Bùi Thanh Sơn").text == "Bui Thanh Son")
        #expect(VietnameseRomanizer.romanize("Đỗ Văn Đức").text == "Do Van Duc")
        #expect(VietnameseRomanizer.romanize("Nguyễn Phú Trọng").text == "Nguyen Phu Trong")
    }

    @Test func vietnameseNamesGetChineseCandidates() {
        let candidates = HanVietIndex.shared.candidates(for: "Trương Đông Cường")
        #expect(candidates.first?.text == "张东强")
        #expect(candidates.allSatisfy { $0.confidence <= 0.4 && $0.rule == "han-viet-reverse" })
        #expect(HanVietIndex.shared.candidates(for: "Bùi Thanh Sơn", limit: 5).contains { $0.text == "裴青山" })
        #expect(HanVietIndex.shared.candidates(for: "Xyzzy").isEmpty)
    }
}

@Suite struct PinyinIndexTests {
    @Test func wordsSplitIntoPinyinSyllables() {
        #expect(PinyinIndex.shared.syllables(of: "Dongqiang") == ["dong", "qiang"])
        #expect(PinyinIndex.shared.syllables(of: "Xi'an") == ["xi", "an"])
        #expect(PinyinIndex.shared.syllables(of: "Smith") == nil)
    }

    @Test func aLongWordSplitsAsItsPartsDo() {
        // Linear in the word: a copy of the split so far per position once made it quadratic.
        let word = String(repeating: "Zhangdongqiang", count: 500)
        let split = PinyinIndex.shared.syllables(of: word)
        #expect(split?.count == 1_500)
        #expect(split?.prefix(3) == ["zhang", "dong", "qiang"])
        #expect(PinyinIndex.shared.syllables(of: word + "x") == nil)
        // Among splits into as few syllables, the same one as before: the longest last syllable.
        #expect(PinyinIndex.shared.syllables(of: "xian") == ["xian"])
        #expect(PinyinIndex.shared.syllables(of: "changan") == ["chan", "gan"])
    }

    @Test func pinyinNamesGetChineseCandidates() {
        let candidates = PinyinIndex.shared.candidates(for: "Zhang Dongqiang")
        #expect(candidates.first?.text == "张东强")
        #expect(candidates.allSatisfy { $0.rule == "pinyin-reverse" && $0.confidence <= 0.3 })
        #expect(PinyinIndex.shared.candidates(for: "John Smith").isEmpty)
        #expect(PinyinIndex.shared.candidates(for: "Beijing Shanghai Guangzhou Shenzhen Wuhan").isEmpty)  // too long for a name
    }
}

import Testing
import TriglotText
@testable import TriglotNames

/// Personal-name hints, curated words (`curated/words.tsv`) and the choice among Unihan's
/// Vietnamese readings.
@Suite struct PersonalNameHintTests {
    @Test func aKnownPersonalNameSplitsAfterAnySurname() throws {
        let romanizer = try PinyinRomanizer()
        // 展 is not a common surname: alone the name reads as one word.
        #expect(romanizer.romanize("展昭").text == "Zhanzhao")
        #expect(romanizer.romanize("展昭", personal: true).text == "Zhan Zhao")
        #expect(romanizer.surname(of: "展昭", personal: true) == "展")
        #expect(romanizer.romanize("王毅", personal: false).text == "Wangyi")
        #expect(romanizer.surname(of: "王毅", personal: false) == nil)
        #expect(romanizer.surname(of: "王", personal: true) == nil)
    }

    @Test func surnamesWinOverCuratedWordsAtTheStart() throws {
        let romanizer = try PinyinRomanizer()
        #expect(romanizer.romanize("长孙无忌").text == "Zhangsun Wuji")
        #expect(romanizer.romanize("李长春").text == "Li Changchun")
    }

    @Test(arguments: [("爱新觉罗溥仪", "Aixinjueluo Puyi"), ("耶律阿保机", "Yelu Abaoji"), ("完颜宗弼", "Wanyan Zongbi")])
    func compoundSurnamesOfNonHanOrigin(name: String, expected: String) throws {
        let romanizer = try PinyinRomanizer()
        #expect(romanizer.romanize(name).text == expected)
    }

    @Test func particleCharactersTakeTheirFullReadingInNames() throws {
        let romanizer = try PinyinRomanizer()
        #expect(romanizer.readings("张地平", personal: true)[1] == "dì")
        #expect(romanizer.readings("王得胜", personal: true)[1] == "dé")
    }
}

@Suite struct CuratedWordTests {
    @Test(arguments: [("长沙", "Changsha"), ("重庆", "Chongqing"), ("厦门", "Xiamen"), ("成都", "Chengdu"),
                      ("西藏", "Xizang"), ("沈阳", "Shenyang"), ("六安", "Lu'an"), ("蚌埠", "Bengbu")])
    func placeNamesWithAPolyphonicCharacter(name: String, expected: String) throws {
        #expect(try PinyinRomanizer().romanize(name, personal: false).text == expected)
    }

    private func read(_ name: String, personal: Bool? = nil) throws -> String? {
        let romanizer = try PinyinRomanizer()
        return HanVietReader().read(name, pinyin: romanizer.readings(name, personal: personal))?.text
    }

    @Test(arguments: [("长沙", "Trường Sa"), ("重庆", "Trùng Khánh"), ("西藏", "Tây Tạng"), ("厦门", "Hạ Môn"),
                      ("诸葛亮", "Gia Cát Lượng"), ("諸葛亮", "Gia Cát Lượng"), ("长孙无忌", "Trưởng Tôn Vô Kỵ")])
    func wordsReadAsAWholeInHanViet(name: String, expected: String) throws {
        let got = try read(name)
        #expect(got.map(MatchKey.strict) == MatchKey.strict(expected))
    }

    @Test func provinceAbbreviationsAndNameCharacters() throws {
        let reader = HanVietReader()
        #expect(reader.reading(of: "闽", pinyin: "mǐn") == "mân")
        #expect(reader.reading(of: "沪", pinyin: "hù") == "hỗ")
        #expect(try read("彭丽媛") == "Bành Lệ Viện")
        #expect(try read("何炜") == "Hà Vĩ")
    }

    @Test func wordsAreMatchedLongestFirstWithoutOverlap() {
        let matches = HanTables.shared.wordMatches(in: Array("长沙长城"))
        #expect(matches.map(\.start) == [0, 2])
        #expect(matches.first?.pinyin == ["cháng", "shā"])
    }
}

@Suite struct UnihanReadingChoiceTests {
    @Test func theReadingThatFitsTheMandarinReadingIsChosen() {
        // kVietnamese lists a Nôm reading first for 瓊 (sừng quỳnh): s- does not answer Mandarin q-.
        #expect(HanVietReader.fit("quỳnh", pinyin: "qióng") > HanVietReader.fit("sừng", pinyin: "qióng"))
        #expect(HanVietReader().reading(of: "瓊", pinyin: "qióng") == "quỳnh")
    }

    @Test(arguments: [("quốc", "guó", 0), ("trung", "zhōng", 0), ("hải", "hǎi", 0), ("bình", "píng", 0),
                      ("lập", "lì", 0), ("trung", "zhòng", -1), ("xanh", "qīng", 0), ("bình", "pín", -1)])
    func regularCorrespondencesScoreZero(vietnamese: String, pinyin: String, expected: Int) {
        #expect(HanVietReader.fit(vietnamese, pinyin: pinyin) == expected)
    }

    @Test func unihanSpellingBecomesTheSpellingOfNames() {
        #expect(HanVietReader.nameSpelling("hi") == "hy")
        #expect(HanVietReader.nameSpelling("lí") == "lý")
        #expect(HanVietReader.nameSpelling("kì") == "kỳ")
        #expect(HanVietReader.nameSpelling("mĩ") == "mỹ")
        #expect(HanVietReader.nameSpelling("khi") == "khi")
        #expect(HanVietReader.nameSpelling("thi") == "thi")
        #expect(HanVietReader.nameSpelling("sĩ") == "sĩ")
        #expect(HanVietReader.nameSpelling("hiệp") == "hiệp")
    }

    @Test func candidateReadingsListCuratedThenUnihan() {
        let reader = HanVietReader()
        let all = reader.candidateReadings(of: "长")
        #expect(Array(all.prefix(2)) == ["trường", "trưởng"])
        #expect(!reader.candidateReadings(of: "长", curated: false).isEmpty)
        #expect(reader.candidateReadings(of: "闽", curated: true).contains("mân"))
    }
}

/// Surnames and given-name characters with a reading of their own (`curated/surnames.tsv`,
/// `curated/words.tsv`).
@Suite struct NameCharacterReadingTests {
    @Test(arguments: [("炅毅", "Gui Yi"), ("粘伟", "Nian Wei"), ("晟敏", "Cheng Min")])
    func surnamesWithAReadingOfTheirOwn(name: String, expected: String) throws {
        #expect(try PinyinRomanizer().romanize(name, personal: true).text == expected)
    }

    @Test func givenNameCharactersWithAReadingOfTheirOwn() throws {
        let romanizer = try PinyinRomanizer()
        #expect(romanizer.romanize("米芾", personal: true).text == "Mi Fu")
        // 晟: Chéng as a surname, shèng in a given name.
        #expect(romanizer.romanize("李晟", personal: true).text == "Li Sheng")
    }
}

/// Names whose reading is their own (`curated/words.tsv`): stock examples every reference gives.
@Suite struct HistoricalNameReadingTests {
    @Test(arguments: [("司马相如", "Sima Xiangru"), ("秦桧", "Qin Hui"), ("郦食其", "Li Yiji"), ("金日磾", "Jin Midi"),
                      ("曾参", "Zeng Shen"), ("傅说", "Fu Yue"), ("伍员", "Wu Yun"), ("张角", "Zhang Jue")])
    func personalNames(name: String, expected: String) throws {
        #expect(try PinyinRomanizer().romanize(name, personal: true).text == expected)
    }

    @Test(arguments: [("冒顿", "Modu"), ("吐谷浑", "Tuyuhun"), ("月氏", "Yuezhi"), ("龟兹", "Qiuci"), ("大宛", "Dayuan")])
    func peoplesAndStates(name: String, expected: String) throws {
        #expect(try PinyinRomanizer().romanize(name, personal: false).text == expected)
    }

    @Test(arguments: [("司马相如", "Tư Mã Tương Như"), ("秦桧", "Tần Cối"), ("伍员", "Ngũ Viên"), ("张角", "Trương Giác")])
    func hanVietFollowsTheWordsReading(name: String, expected: String) throws {
        let pinyin = try PinyinRomanizer().readings(name, personal: true)
        #expect(HanVietReader().read(name, pinyin: pinyin).map { MatchKey.strict($0.text) } == MatchKey.strict(expected))
    }
}

import Testing
import TriglotText
@testable import TriglotNames

/// The open-dictionary tables (`Resources/dictionary/`) as `NameDictionary` reads them.
@Suite struct NameDictionaryTests {
    let dictionary = NameDictionary.shared

    @Test func aChineseCityFromCCCEDICT() {
        let entry = dictionary.entries(chinese: "福州").first { $0.source == "cc-cedict" }
        #expect(entry?.english.first == "Fuzhou")
        #expect(entry?.kind == "place")
        #expect(entry?.country == "CN")
        #expect(entry?.chinese == ["福州"])
    }

    @Test func aPersonFoundByEnglishName() {
        let entries = dictionary.entries(english: "Hun Sen")
        #expect(entries.contains { $0.chinese.first == "洪森" && $0.kind == "person" && $0.country == "KH" })
        // Case does not matter.
        #expect(dictionary.entries(english: "hun sen") == entries)
    }

    @Test func aProvinceFromISOCodesByItsBaseName() throws {
        let entry = try #require(dictionary.entries(chinese: "谅山").first)
        #expect(entry.source == "iso-codes")
        #expect(entry.vietnamese == ["Lạng Sơn"])
        #expect(entry.english == ["Lang Son"])
        #expect(entry.chinese == ["谅山省", "谅山"])
        #expect(entry.generic == "省")
        #expect(entry.country == "VN")
        // The full form with its generic part finds the same entry.
        #expect(dictionary.entries(chinese: "谅山省").first == entry)
    }

    @Test func spacingAndHyphensAreIgnoredInEnglish() {
        for form in ["Da Nang", "Danang", "da-nang", "DANANG"] {
            #expect(dictionary.entries(english: form).contains { $0.chinese.first == "岘港" }, "\(form)")
        }
        // Both forms of one gloss land in one CC-CEDICT row, listed once.
        let cedict = dictionary.entries(english: "Danang").filter { $0.source == "cc-cedict" && $0.chinese.first == "岘港" }
        #expect(cedict.count == 1)
        #expect(cedict.first?.english == ["Da Nang", "Danang"])
        #expect(cedict.first?.country == "VN")
    }

    @Test func vietnameseKeepsDiacriticsButNotToneMarkPlacementOrCase() {
        #expect(dictionary.entries(vietnamese: "Lạng Sơn").contains { $0.chinese.contains("谅山") })
        #expect(dictionary.entries(vietnamese: "lạng sơn").contains { $0.chinese.contains("谅山") })
        #expect(dictionary.entries(vietnamese: "Lang Son").isEmpty)
        #expect(dictionary.entries(vietnamese: "Hà Nội").contains { $0.country == "VN" })
        #expect(!dictionary.entries(vietnamese: "Ha Noi").contains { $0.vietnamese.contains("Hà Nội") })
        // Decomposed input and the "new" tone position (hoà) find the same entries as NFC "hòa".
        let composed = dictionary.entries(vietnamese: "Thanh Hóa")
        #expect(!composed.isEmpty)
        #expect(dictionary.entries(vietnamese: "Thanh Hoá") == composed)
        #expect(dictionary.entries(vietnamese: "Thanh Ho\u{0301}a") == composed)
    }

    @Test func traditionalFormsFindTheEntry() {
        let simplified = dictionary.entries(chinese: "岘港")
        #expect(!simplified.isEmpty)
        #expect(dictionary.entries(chinese: "峴港").contains { $0.english.contains("Da Nang") })
        #expect(dictionary.entries(chinese: "河內").contains { $0.english.first == "Hanoi" })
    }

    @Test func sensesStayApart() {
        let senses = dictionary.entries(chinese: "高平").filter { $0.source == "cc-cedict" }
        #expect(senses.map(\.english) == [["Gaoping"], ["Cao Bang"]])
        #expect(senses.map(\.country) == ["CN", "VN"])
    }

    @Test func entriesComeInSourcePriorityOrder() {
        let order = ["iso-codes", "cldr", "cc-cedict", "geonames"]
        let sources = dictionary.entries(chinese: "越南").map(\.source)
        #expect(sources.first == "cldr")
        #expect(sources == sources.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
        let vietnam = dictionary.entries(chinese: "越南").first
        #expect(vietnam?.vietnamese == ["Việt Nam"])
        #expect(vietnam?.country == "VN")
    }

    @Test func organisationsAndGeoNamesCities() {
        #expect(dictionary.entries(chinese: "东盟").contains { $0.english == ["ASEAN"] && $0.kind == "organisation" })
        #expect(dictionary.entries(english: "Communist Party of China").contains { $0.kind == "organisation" })
        let hanoi = dictionary.entries(english: "Hanoi").first { $0.source == "geonames" }
        #expect(hanoi?.vietnamese.first == "Hà Nội")
        #expect(hanoi?.kind == "place")
    }

    @Test func surnamesAndOtherKindsAreNotPlaces() {
        // Surname-only entries are left out; "other" senses have no kind.
        #expect(dictionary.entries(english: "Surname Wang").isEmpty)
        #expect(dictionary.entries(chinese: "王").isEmpty)
        #expect(dictionary.entries(chinese: "海王星").allSatisfy { $0.kind == nil })
    }

    @Test func parsesTheGeneratorLayout() {
        let table = """
        # a comment
        Alpha | Al\t甲 | 甲國\tÁ\tplace\tVN\tcode=X; generic=省
        Beta\t\t\tother\t\tpinyin=Bei4
        """
        let dictionary = NameDictionary(tables: [("test", table)])
        #expect(dictionary.count == 2)
        let alpha = dictionary.entries(english: "al")
        #expect(alpha == [DictionaryEntry(english: ["Alpha", "Al"], chinese: ["甲", "甲國"], vietnamese: ["Á"],
                                          kind: "place", country: "VN", generic: "省", source: "test")])
        #expect(dictionary.entries(chinese: "甲國") == alpha)
        #expect(dictionary.entries(english: "Beta").first?.kind == nil)
        #expect(dictionary.entries(english: "Beta").first?.country == nil)
    }
}

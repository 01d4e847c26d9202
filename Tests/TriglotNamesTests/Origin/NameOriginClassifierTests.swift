import Testing
import TriglotText
@testable import TriglotNames

@Suite struct NameOriginClassifierTests {
    let classifier = NameOriginClassifier()

    @Test(arguments: ["阮维玉", "黎明概", "阮富仲", "范明政"])
    func vietnamesePersonsWrittenInChineseAreVietnamese(name: String) {
        let guess = classifier.classify(name, language: .chinese)
        #expect(guess.origin == .vietnamese)
        #expect(guess.kind == .person)
        #expect(!guess.certain)
        #expect(!guess.reasons.isEmpty)
    }

    @Test(arguments: ["张东强", "王毅", "习近平", "陈敏尔", "李克强"])
    func chinesePersonsWrittenInChineseAreChinese(name: String) {
        #expect(classifier.classify(name, language: .chinese).origin == .chinese)
    }

    @Test(arguments: ["Trần Mẫn Nhĩ", "Thường Vạn Toàn", "Lưu Hạc"])
    func chinesePersonsWrittenInVietnameseAreChinese(name: String) {
        let guess = classifier.classify(name, language: .vietnamese)
        #expect(guess.origin == .chinese)
        #expect(guess.kind == .person)
    }

    @Test(arguments: ["Nguyễn Xuân Phúc", "Bùi Thanh Sơn", "Phạm Minh Chính"])
    func vietnamesePersonsWrittenInVietnameseAreVietnamese(name: String) {
        #expect(classifier.classify(name, language: .vietnamese).origin == .vietnamese)
    }

    @Test func placeWordsMakePlaces() {
        #expect(classifier.classify("吉婆岛", language: .chinese).kind == .place)
        #expect(classifier.classify("đảo Cát Bà", language: .vietnamese).kind == .place)
        #expect(classifier.classify("Cat Ba Island", language: .english).kind == .place)
        // Without a surname first, a Vietnamese name is not a person's.
        #expect(classifier.classify("Quảng Bình", language: .vietnamese).kind == .place)
    }

    @Test func englishNamesReadAsPinyinOrVietnameseOrNeither() {
        #expect(classifier.classify("Chen Min'er", language: .english).origin == .chinese)
        #expect(classifier.classify("Nguyen Van An", language: .english).origin == .vietnamese)
        #expect(classifier.classify("Thongloun Sisoulith", language: .english).origin == .western)
    }

    @Test func aTranscribedForeignNameIsForeign() {
        #expect(classifier.classify("赛宋蓬·丰威汉", language: .chinese).origin == .otherAsian)
    }

    @Test func theUsersKindIsTaken() {
        #expect(classifier.classify("海阳", language: .chinese, kind: .place).kind == .place)
        #expect(classifier.classify("王红河", language: .chinese, kind: .person).kind == .person)
    }
}

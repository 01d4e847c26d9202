import Testing
import TriglotText
@testable import TriglotNames

@Suite struct PersonalNameContextTests {
    private let redRiver = Concept(id: "place-red-river", kind: .place, english: "Red River", chinese: "红河", vietnamese: "sông Hồng")

    private func person(_ text: String, _ name: String) -> String? {
        let utf8 = Array(text.utf8)
        guard let start = text.range(of: name).map({ text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) }) else { return nil }
        let range = start..<(start + name.utf8.count)
        return PersonalNameContext.personalName(around: range, in: text, concept: redRiver)
            .map { String(decoding: utf8[$0], as: UTF8.self) }
    }

    @Test func aSurnameAfterATitleMakesAPerson() {
        #expect(person("外长王红河会见了客人。", "红河") == "王红河")
        #expect(person("他说，黎红河已经到了。", "红河") == "黎红河")
    }

    @Test func aPlaceStaysAPlace() {
        #expect(person("越南红河省的代表", "红河") == nil)  // 南 is no surname here, 省 follows
        #expect(person("他们访问了红河。", "红河") == nil)
        #expect(person("王红河省", "红河") == nil)  // a place word after it
    }

    @Test func latinNamesTakeTheSurnameAndMiddleNamesBefore() {
        #expect(person("Ông Nguyễn Thị Hải Phòng đã đến.", "Hải Phòng") == "Nguyễn Thị Hải Phòng")
        #expect(person("Mr. Tran Hai Phong visited.", "Hai Phong") == "Tran Hai Phong")
        #expect(person("Họ đến thành phố Hải Phòng.", "Hải Phòng") == nil)
        #expect(person("They visited Hai Phong.", "Hai Phong") == nil)
    }
}

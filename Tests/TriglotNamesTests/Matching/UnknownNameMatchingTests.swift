import Testing
import TriglotText
@testable import TriglotNames

/// UnknownNameSpotter: spans that read as names the glossary lacks.
@Suite struct UnknownNameMatchingTests {
    private func names(_ text: String, known: [String] = []) throws -> [String] {
        let utf8 = Array(text.utf8)
        var ranges: [Range<Int>] = []
        for name in known {
            if let range = text.range(of: name) {
                ranges.append(text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
                              ..< text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound))
            }
        }
        return try UnknownNameSpotter().names(in: text, excluding: ranges).map {
            String(decoding: utf8[$0.utf8Range], as: UTF8.self)
        }
    }

    @Test func capitalisedRunsAreNames() throws {
        let found = try names("The photographer Zhang Dongqiang met Smith. Reporters saw it. In Hanoi, they met.")
        #expect(found == ["Zhang Dongqiang", "Smith", "Hanoi"])
    }

    @Test func titlesEventWordsAndNationalitiesAloneAreNoNames() throws {
        let found = try names("The Chinese minister attended the Foreign Ministers' Meeting and the Code talks with Vietnamese Deputy Minister Ha Kim Ngoc.")
        #expect(found == ["Ha Kim Ngoc"])
        #expect(try names("They met at the National Assembly.") == ["National Assembly"])
    }

    @Test func theDataFileHasEveryKind() {
        #expect(UnknownNameSpotter.notNames.function.contains("however"))
        #expect(UnknownNameSpotter.notNames.function.contains("những"))
        #expect(UnknownNameSpotter.notNames.leading.contains("chinese"))
        #expect(UnknownNameSpotter.notNames.generic.contains("meeting"))
        #expect(UnknownNameSpotter.notNames.characters.contains("的"))
    }

    @Test func knownNamesAndTheirWordsAreLeftOut() throws {
        let found = try names("Wang Yi met reporters. Later Mr. Wang spoke.", known: ["Wang Yi"])
        #expect(found.isEmpty)
    }

    @Test func vietnameseNamesKeepTheirDiacritics() throws {
        let found = try names("Phóng viên ảnh Trương Đông Cường đã ghi lại hình ảnh.")
        #expect(found == ["Trương Đông Cường"])
    }

    @Test func chineseNamesFollowASurname() throws {
        let found = try names("新华社摄影记者张东强拍摄了两国外长会见的照片。")
        #expect(found.contains("张东强"))
        #expect(!found.contains { $0.count > 4 })
    }
}

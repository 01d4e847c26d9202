import Foundation
import Testing

/// End-to-end tests of `triglot names --in`: the glossary's names in the example articles and
/// the names it lacks.
@Suite struct NamesInTextTests {
    private static let example = "examples/lmc-2022-wang-yi-bui-thanh-son"

    /// The JSON report for the example in `language`.
    private func report(_ language: String) throws -> [String: Any] {
        let result = try TriglotRunner.run(["names", "--in", "\(Self.example).\(language).txt", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func texts(_ report: [String: Any], _ section: String) -> [String] {
        (report[section] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    /// The original text's Unicode scalars, to check offsets against.
    private func scalars(_ language: String) throws -> [Unicode.Scalar] {
        let text = try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent("\(Self.example).\(language).txt"),
                              encoding: .utf8)
        return Array(text.unicodeScalars)
    }

    @Test func theEnglishExampleFindsTheMeetingsNames() throws {
        let report = try report("en")
        let known = texts(report, "known")
        for name in ["Wang Yi", "Bui Thanh Son", "Lancang-Mekong Cooperation", "LMC", "South China Sea", "Bagan", "Myanmar"] {
            #expect(known.contains(name), "\(name) missing from \(known)")
        }
        let wang = try #require((report["known"] as? [[String: Any]])?.first { $0["text"] as? String == "Wang Yi" })
        #expect(wang["concept"] as? String == "person-wang-yi")
        #expect(wang["kind"] as? String == "person")
        #expect(wang["count"] as? Int == 2)
        #expect(texts(report, "unknown").contains("Zhang Dongqiang"))
        #expect(!texts(report, "unknown").contains("Wang"))
        #expect(report["file"] as? String == "\(Self.example).en.txt")
    }

    @Test func theChineseExampleFindsTheMeetingsNames() throws {
        let report = try report("zh")
        let known = texts(report, "known")
        for name in ["王毅", "裴青山", "澜湄合作", "南海", "蒲甘", "缅甸"] { #expect(known.contains(name), "\(name) missing") }
        let unknown = try #require((report["unknown"] as? [[String: Any]])?.first { $0["text"] as? String == "张东强" })
        let candidates = (unknown["candidates"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(candidates.contains("Zhang Dongqiang"))
        #expect(candidates.contains("Trương Đông Cường"))
        #expect((unknown["candidates"] as? [[String: Any]])?.allSatisfy { ($0["confidence"] as? Double ?? 1) < 1 } == true)
    }

    @Test func theVietnameseExampleFindsTheMeetingsNamesAndNotCommonWords() throws {
        let report = try report("vi")
        let known = texts(report, "known")
        for name in ["Bùi Thanh Sơn", "Vương Nghị", "Biển Đông", "Bagan"] { #expect(known.contains(name), "\(name) missing") }
        // "ảnh" (photo) folds like "Anh" (Britain), "tác" like "TAC": the spelling rules them out.
        #expect(!known.contains("ảnh") && !known.contains("tác") && !known.contains("nhân dân"))
        let unknown = try #require((report["unknown"] as? [[String: Any]])?.first { $0["text"] as? String == "Trương Đông Cường" })
        let candidates = (unknown["candidates"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(candidates.contains("Truong Dong Cuong"))
        #expect(candidates.contains("张东强"))
    }

    @Test(arguments: ["en", "zh", "vi"])
    func offsetsIndexTheOriginalTextByScalars(language: String) throws {
        let report = try report(language)
        let scalars = try scalars(language)
        for section in ["known", "unknown"] {
            for found in report[section] as? [[String: Any]] ?? [] {
                let text = try #require(found["text"] as? String)
                let occurrences = try #require(found["occurrences"] as? [[String: Int]])
                #expect(occurrences.count == found["count"] as? Int)
                for occurrence in occurrences {
                    let start = try #require(occurrence["start"]), end = try #require(occurrence["end"])
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[start..<end])
                    #expect(String(slice).split(whereSeparator: \.isWhitespace).joined(separator: " ") == text)
                }
            }
        }
    }

    @Test func textFormatAndStandardInput() throws {
        let text = "Wang Yi met Bùi Thanh Sơn. 王毅会见裴青山。"
        let result = try TriglotRunner.run(["names", "--in", "-"], stdin: Array(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Wang Yi  person-wang-yi (person)  x1  at 0-7"))
        #expect(result.stdout.contains("Bùi Thanh Sơn  person-bui-thanh-son (person)  x1  at 12-25"))
        #expect(result.stdout.contains("王毅  person-wang-yi (person)  x1  at 27-29"))
        #expect(result.stdout.contains("not in the glossary (0):"))
    }

    @Test func errorsAreTheOtherCommands() throws {
        #expect(try TriglotRunner.run(["names", "--in", "examples/none.txt"]).status == 66)
        #expect(try TriglotRunner.run(["names", "--in", "-"], stdin: [0x57, 0xFF, 0xFE]).status == 65)
        #expect(try TriglotRunner.run(["names", "--in", "-", "Wang Yi"]).status == 64)
    }

    /// Development paragraphs written for the project: places, and persons whose given names are
    /// place names, in the three languages.
    @Test(arguments: [
        ("外长王红河在河内会见了越南客人，双方谈到红河省的合作。黎海防说，海防港很繁忙。",
         ["河内": 1, "越南": 1, "红河": 1, "海防": 1], ["王红河", "黎海防"]),
        ("Ông Nguyễn Thị Hải Phòng đã đến Hải Phòng và Hà Nội. Bà Trần Hà Nội cũng có mặt.",
         ["Hải Phòng": 1, "Hà Nội": 1], ["Nguyễn Thị Hải Phòng", "Trần Hà Nội"]),
        ("Mr. Tran Hai Phong visited Hai Phong and Hanoi on Monday.",
         ["Hai Phong": 1, "Hanoi": 1], ["Tran Hai Phong"]),
    ])
    func placeNamesInsidePersonsNamesAreThePersons(text: String, places: [String: Int], persons: [String]) throws {
        try TriglotRunner.inTemporaryFolder { folder in
            let file = folder.appendingPathComponent("paragraph.txt")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try TriglotRunner.run(["names", "--in", file.path, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            var counts: [String: Int] = [:]
            for found in report["known"] as? [[String: Any]] ?? [] {
                if let text = found["text"] as? String, found["kind"] as? String == "place" { counts[text, default: 0] += found["count"] as? Int ?? 0 }
            }
            #expect(counts == places)
            let unknown = texts(report, "unknown")
            for person in persons { #expect(unknown.contains(person), "\(person) missing from \(unknown)") }
        }
    }
}

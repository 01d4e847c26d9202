import Foundation
import Testing

/// End-to-end tests of `triglot names` and `triglot glossary validate`.
@Suite struct NamesCommandTests {
    @Test(arguments: [
        ("Wang Yi", ["Wang Yi", "王毅", "Vương Nghị"]),
        ("裴青山", ["Bui Thanh Son", "裴青山", "Bùi Thanh Sơn"]),
        ("Bui Thanh Son", ["Bui Thanh Son", "裴青山", "Bùi Thanh Sơn"]),
        ("Hợp tác Mekong - Lan Thương", ["Lancang-Mekong Cooperation", "澜湄合作", "Hợp tác Mekong - Lan Thương"]),
    ])
    func theShippedGlossaryKnowsTheMeetingsNames(query: String, forms: [String]) throws {
        let result = try TriglotRunner.run(["names", query])
        #expect(result.status == 0)
        for form in forms { #expect(result.stdout.contains(form), "\(form) missing for \(query)") }
        #expect(result.stdout.contains("glossary"))
        #expect(!result.stdout.contains("rule "))
    }

    @Test func unknownChineseNamesAreMarkedRuleDerived() throws {
        let result = try TriglotRunner.run(["names", "张东强"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Zhang Dongqiang  [rule pinyin"))
        #expect(result.stdout.contains("Trương Đông Cường  [rule han-viet"))
    }

    @Test func jsonHasTheBestFormAndRankedCandidates() throws {
        let result = try TriglotRunner.run(["names", "--format", "json", "Bùi Thanh Sơn", "张东强"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((first["best"] as? [String: Any])?["zh"] as? String == "裴青山")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["concept"] is NSNull)
        let english = try #require((second["candidates"] as? [String: Any])?["en"] as? [[String: Any]])
        #expect(english.first?["source"] as? String == "pinyin")
    }

    @Test func standardInputGetsOneLinePerLineInOrder() throws {
        let result = try TriglotRunner.run(["names", "--to", "vi"], stdin: Array("张东强\n\nWang Yi\nJohn Smith\n".utf8))
        #expect(result.status == 0)
        // A foreign name keeps its English form in Vietnamese.
        #expect(result.stdout == "Trương Đông Cường\n\nVương Nghị\nJohn Smith\n")
        let json = try TriglotRunner.run(["names", "--format", "json"], stdin: Array("王毅\nfoo\n".utf8))
        #expect(json.stdout.split(separator: "\n").count == 2)
    }

    @Test func aBadTargetLanguageIsAUsageError() throws {
        let result = try TriglotRunner.run(["names", "--to", "fr", "Wang Yi"])
        #expect(result.status == 64)
    }

    @Test func userGlossariesAddConceptsAndAreValidated() throws {
        let directory = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let header = "id\tkind\ten\tzh\tzh_hant\tvi\ten_aliases\tzh_aliases\tvi_aliases\tnote\tsource\n"
        let good = directory.appendingPathComponent("good.tsv")
        try (header + "person-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t\tTrương Đông Cường\t\t\t\tXinhua photographer\tXinhua\n")
            .write(to: good, atomically: true, encoding: .utf8)
        let found = try TriglotRunner.run(["names", "--glossary", good.path, "张东强"])
        #expect(found.stdout.contains("glossary person-zhang-dongqiang"))
        #expect(try TriglotRunner.run(["glossary", "validate", good.path]).status == 0)

        let bad = directory.appendingPathComponent("bad.tsv")
        try (header + "person-wang-yi\tperson\tWang Yi\t王毅\t\tVương Nghị\t\t\t\t\t\nx\tcity\ta\tb\t\tc\t\t\t\t\t\n")
            .write(to: bad, atomically: true, encoding: .utf8)
        let refused = try TriglotRunner.run(["glossary", "validate", bad.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(bad.path):2: duplicate id 'person-wang-yi'"))
        #expect(refused.stderr.contains("\(bad.path):3: unknown kind 'city'"))
        #expect(refused.stdout.isEmpty)
        #expect(try TriglotRunner.run(["names", "--glossary", bad.path, "Wang Yi"]).status == 65)
        #expect(try TriglotRunner.run(["glossary", "validate", directory.appendingPathComponent("none.tsv").path]).status == 66)
    }

    @Test func theShippedGlossaryIsValid() throws {
        let result = try TriglotRunner.run(["glossary", "validate"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix("in 1 file: no problems") == true)
        // What follows are notes (disagreements with the rules and the dictionaries), never problems.
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("glossaries/triglot.tsv:") && $0.contains(": note: ") })
    }

    @Test func validateCrossChecksTheGlossaryAgainstTheDictionaries() throws {
        let directory = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("user.tsv")
        // The same province as iso-codes' VN-50 (English and Chinese agree); the Vietnamese form is not iso-codes'.
        let header = "id\tkind\ten\tzh\tzh_hant\tvi\ten_aliases\tzh_aliases\tvi_aliases\tnote\tsource\n"
        try (header + "place-ben-tre-test\tplace\tBen Tre\t槟知\t\tBến Tre Mới\t\t\t\t\ttest\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try TriglotRunner.run(["glossary", "validate", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("user.tsv:2: note: 'place-ben-tre-test': vi 'Bến Tre Mới'; dictionary iso-codes writes 'Bến Tre'"))
    }
}

import Foundation
import Testing
import TriglotFormats
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct NamesInTextJSONTests {
    private func report(_ text: String) throws -> NamesInTextWorkflow.Report {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        return try NamesInTextWorkflow(resolver: NameResolver(glossary: glossary, folder: folder)).run(text, targets: [.english])
    }

    private func known(_ members: [(key: String, value: JSONOutput)]) throws -> [[String: Any]] {
        let data = Data(JSONOutput.object(members).text.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["known"] as? [[String: Any]])
    }

    @Test func withFormsAKnownNameGivesItsThreeForms() throws {
        let report = try report("王毅说，双方同意合作。")
        let wang = try #require(try known(NamesInTextJSON.members(report, forms: true)).first { $0["concept"] as? String == "person-wang-yi" })
        let forms = try #require(wang["forms"] as? [String: Any])
        #expect(forms as? [String: String] == ["en": "Wang Yi", "zh": "王毅", "vi": "Vương Nghị"])
        #expect(JSONOutput.object(NamesInTextJSON.members(report, forms: true)).text
            .contains("\"forms\": {\"en\": \"Wang Yi\", \"zh\": \"王毅\", \"vi\": \"Vương Nghị\"}"))
        // Without forms (the CLI's output) the member is absent.
        #expect(try known(NamesInTextJSON.members(report)).allSatisfy { $0["forms"] == nil })
    }

    @Test func aFormTheConceptLacksIsNull() throws {
        let concept = Concept(id: "place-made-up", kind: .place, english: "Made-up Bay", chinese: "虚构湾", vietnamese: nil)
        let found = NamesInTextWorkflow.Found(concept: concept, text: "虚构湾", language: .chinese, occurrences: [(0, 3)])
        let entry = try #require(try known(NamesInTextJSON.members(.init(known: [found], unknown: []), forms: true)).first)
        let forms = try #require(entry["forms"] as? [String: Any])
        #expect(forms["en"] as? String == "Made-up Bay" && forms["zh"] as? String == "虚构湾" && forms["vi"] is NSNull)
    }
}

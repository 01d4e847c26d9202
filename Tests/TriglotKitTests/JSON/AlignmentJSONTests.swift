import Foundation
import Testing
import TriglotAlign
import TriglotFormats
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct AlignmentJSONTests {
    private func alignment(names: Bool) throws -> AlignWorkflow.Alignment {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        return try AlignWorkflow(glossary: glossary).run(sourceText: "Wang Yi met the press. The talks were friendly.",
                                                         targetText: "王毅会见了记者。会谈气氛友好。",
                                                         policies: (.given(.english), .given(.chinese)), names: names)
    }

    @Test func theNamesMemberListsEachPairAsPairWritesIt() throws {
        let alignment = try alignment(names: true)
        let members = AlignmentJSON.members(alignment, names: true, languages: ("en", "zh"))
        #expect(members.map(\.key) == ["source_language", "target_language", "beads", "names"])
        #expect(!alignment.pairs.isEmpty && alignment.pairs.contains { $0.conceptID == "person-wang-yi" })
        guard case let .array(pairs) = members[3].value else { Issue.record("names is not an array"); return }
        #expect(pairs.map(\.text) == alignment.pairs.map { AlignmentJSON.pair($0).text })
        #expect(AlignmentJSON.pair(alignment.pairs.first { $0.conceptID == "person-wang-yi" }!).text
            .hasPrefix(#"{"source": "Wang Yi", "target": "王毅", "rule": "glossary", "known": true, "concept": "person-wang-yi""#))
        #expect(AlignmentJSON.members(alignment, names: false, languages: ("en", "zh")).map(\.key) == ["source_language", "target_language", "beads"])
    }
}

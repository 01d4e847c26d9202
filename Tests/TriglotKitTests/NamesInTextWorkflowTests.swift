import Testing
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct NamesInTextWorkflowTests {
    private func workflow() throws -> NamesInTextWorkflow {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        return NamesInTextWorkflow(resolver: NameResolver(glossary: glossary, folder: folder))
    }

    @Test func findsGlossaryNamesWithTheirOccurrencesAndTheNamesItLacks() throws {
        let report = try workflow().run("王毅会见了阮维玉。王毅说，双方同意合作。", targets: [.english, .vietnamese])
        let wang = try #require(report.known.first { $0.concept?.id == "person-wang-yi" })
        #expect(wang.occurrences.map(\.start) == [0, 9])
        let unknown = try #require(report.unknown.first { $0.text == "阮维玉" })
        #expect(unknown.candidates.contains { $0.language == .english && $0.form.text == "Nguyen Duy Ngoc" })
        #expect(unknown.candidates.contains { $0.language == .vietnamese && $0.form.text == "Nguyễn Duy Ngọc" })
    }

    @Test func aPlaceInsideAPersonsNameIsThePerson() throws {
        let report = try workflow().run("外长王红河在河内会见了客人。", targets: [.english])
        #expect(!report.known.contains { $0.concept?.id == "place-red-river" })
        #expect(report.known.contains { $0.concept?.id == "place-hanoi" })
        #expect(report.unknown.contains { $0.text == "王红河" })
    }
}

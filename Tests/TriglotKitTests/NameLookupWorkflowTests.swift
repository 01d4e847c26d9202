import Testing
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct NameLookupWorkflowTests {
    private func workflow() throws -> NameLookupWorkflow {
        let folder = try NameFolder()
        return NameLookupWorkflow(glossary: try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true),
                                  folder: folder)
    }

    @Test func aGlossaryNameGivesItsFormsInTheOtherLanguages() throws {
        let found = try workflow().run("  Wang Yi ")
        #expect(found.best(in: .chinese)?.text == "王毅")
        #expect(found.best(in: .vietnamese)?.text == "Vương Nghị")
    }

    @Test func aGivenLanguageReadsTheNameAsThatLanguage() throws {
        let workflow = try workflow()
        #expect(workflow.run("王毅", policy: .given(.chinese)).best(in: .english)?.text == "Wang Yi")
    }
}

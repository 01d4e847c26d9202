import Foundation
import Testing
import TriglotNames
import TriglotText
@testable import TriglotKit

@Suite struct GlossaryWorkflowTests {
    static let mine = GlossarySetTests.header + "person-tran-van-an\tperson\tTran Van An\t陈文安\t\tTrần Văn An\t\t\t\t\t\n"

    private func workflow(_ folder: String, paths: [String]) throws -> GlossaryWorkflow {
        GlossaryWorkflow(glossaries: GlossarySet(environment: nil, paths: paths), folder: try NameFolder(),
                         read: { try String(contentsOfFile: $0, encoding: .utf8) })
    }

    @Test func validateCountsTheConceptsOfEveryFile() throws {
        let folder = try GlossarySetTests.folder(["mine.tsv": Self.mine])
        let shipped = try workflow(folder, paths: []).validate()
        let both = try workflow(folder, paths: [folder + "/mine.tsv"]).validate()
        #expect(shipped.files == 1 && both.files == 2)
        #expect(both.concepts == shipped.concepts + 1)
    }

    @Test func exportOfTheUsersOwnLeavesTheShippedGlossaryOut() throws {
        let folder = try GlossarySetTests.folder(["mine.tsv": Self.mine])
        let text = try workflow(folder, paths: [folder + "/mine.tsv"]).export(format: .csv, languages: [.english, .vietnamese],
                                                                            onlyUser: true, toolVersion: "test")
        #expect(text.contains("Trần Văn An"))
        #expect(!text.contains("陈文安"))
        #expect(!text.contains("Wang Yi"))
    }

    @Test func importAddsToTheUserFileAndRefusesAClash() throws {
        let folder = try GlossarySetTests.folder([:])
        let target = folder + "/mine.tsv"
        let workflow = try workflow(folder, paths: [])
        let result = try workflow.importConcepts(Array(Self.mine.utf8), file: "in.tsv", format: .tsv, into: target, fileExists: false)
        #expect(result == GlossaryWorkflow.Imported(imported: 1, total: 1))
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("person-tran-van-an"))
        let clash = GlossarySetTests.header + "person-wang-yi-2\tperson\tWang Yi\t王毅\t\t\t\t\t\t\t\n"
        #expect(throws: KitError.self) {
            try workflow.importConcepts(Array(clash.utf8), file: "in.tsv", format: .tsv, into: target, fileExists: true)
        }
        #expect(GlossaryFile.parse(try String(contentsOfFile: target, encoding: .utf8), file: target).concepts.count == 1)
    }
}

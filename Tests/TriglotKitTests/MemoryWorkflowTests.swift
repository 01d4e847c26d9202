import Foundation
import Testing
import TriglotMemory
@testable import TriglotKit

@Suite struct MemoryWorkflowTests {
    private func path() throws -> String {
        try GlossarySetTests.folder([:]) + "/memory.sqlite"
    }

    @Test func addedPairsAreFoundAndExported() throws {
        let workflow = MemoryWorkflow(path: try path())
        let pairs = "en\tzh\nThe two sides agreed to deepen cooperation.\t双方同意深化合作。\n"
        let first = try workflow.add(Array(pairs.utf8), file: "pairs.tsv", as: .pairs)
        #expect(first.read == 1 && first.added == 1 && first.total == 1 && first.path == workflow.path)
        #expect(try workflow.add(Array(pairs.utf8), file: "pairs.tsv", as: .pairs).added == 0)
        let matches = try workflow.search("The two sides agreed to deepen cooperation.", language: "en", minimum: 70, limit: 5)
        #expect(matches.first?.percentage == 100)
        #expect(matches.first?.unit.variants.contains { $0.text == "双方同意深化合作。" } == true)
        let tmx = try workflow.export(format: .tmx, toolVersion: "test")
        #expect(tmx.contains("双方同意深化合作。"))
        let copy = MemoryWorkflow(path: try path())
        #expect(try copy.add(Array(tmx.utf8), file: "memory.tmx", as: .tmx).added == 1)
    }

    @Test func readingAMissingMemoryIsAMemoryError() throws {
        let workflow = MemoryWorkflow(path: try path())
        #expect(throws: KitError.self) { try workflow.search("Hello.", language: nil, minimum: 70, limit: 1) }
        do {
            _ = try workflow.export(format: .json, toolVersion: "test")
        } catch {
            guard case .memory(.missing) = error else { Issue.record("\(error)"); return }
        }
        #expect(!FileManager.default.fileExists(atPath: workflow.path))
    }

    @Test func aMemoryKeptOpenSeesWhatOthersAddAndCreatesAMissingFile() throws {
        let kept = try MemoryWorkflow.keepingOpen(path: try path())
        #expect(FileManager.default.fileExists(atPath: kept.path))
        #expect(try kept.search("The two sides agreed to deepen cooperation.", language: "en", minimum: 70, limit: 5).isEmpty)
        // Another process's workflow (opened per call) adds; the open one finds the unit.
        let pairs = "en\tvi\nThe two sides agreed to deepen cooperation.\tHai bên nhất trí làm sâu sắc hợp tác.\n"
        #expect(try MemoryWorkflow(path: kept.path).add(Array(pairs.utf8), file: "pairs.tsv", as: .pairs).added == 1)
        let matches = try kept.search("The two sides agreed to deepen cooperation!", language: "en", minimum: 70, limit: 5)
        #expect(matches.map(\.percentage) == [97])  // "!" for ".": 0.2 of 9 tokens
        #expect(matches.first?.unit.created != nil)
        #expect(try kept.add(Array(pairs.utf8), file: "pairs.tsv", as: .pairs).total == 1)
        #expect(try kept.export(format: .json, toolVersion: "test").contains("Hai bên nhất trí"))
    }
}

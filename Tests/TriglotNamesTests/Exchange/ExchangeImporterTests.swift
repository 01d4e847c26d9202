import Foundation
import Testing
import TriglotText
@testable import TriglotNames

/// Merging imported concepts into a user glossary, and writing it atomically.
@Suite struct ExchangeImporterTests {
    private let shipped = [(name: ShippedGlossary.name, text: ShippedGlossary.text)]
    private let header = GlossaryFile.columns.joined(separator: "\t")

    private func merge(_ imported: [Concept], into existing: (name: String, text: String)?) throws(NamesError) -> String {
        try GlossaryImporter.merge(imported, into: existing, context: shipped, folder: try! NameFolder())
    }

    @Test func aNewFileHoldsTheImportedConcepts() throws {
        let text = try merge(ExchangeFixtures.awkward, into: nil)
        #expect(text == GlossaryFile.write(ExchangeFixtures.awkward))
    }

    @Test func anExistingFileKeepsItsTextAndGainsTheNewConcepts() throws {
        let existing = "# my names\n\(header)\nperson-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t\tTrương Đông Cường\t\t\t\t\tXinhua"
        let text = try merge(ExchangeFixtures.awkward, into: ("mine.tsv", existing))
        #expect(text.hasPrefix(existing + "\n"))
        let concepts = GlossaryFile.parse(text, file: "mine.tsv").concepts
        #expect(concepts.map(\.id) == ["person-zhang-dongqiang", "org-trc", "2022-summit", "title-x"])
    }

    @Test func aFormOfTheShippedGlossaryIsAnErrorAtTheImportedLine() throws {
        let clash = Concept(id: "person-someone", kind: .person, english: "Wang Yi", chinese: "某人", vietnamese: nil,
                            origin: "in.tbx:42")
        let error = ExchangeFixtures.error { () throws(NamesError) in _ = try merge([clash], into: nil) }
        guard case let .invalidGlossary(problems) = error else { Issue.record("expected invalidGlossary, got \(String(describing: error))"); return }
        #expect(problems.count == 1)
        #expect(problems[0].description.hasPrefix("in.tbx:42: form 'Wang Yi' also names 'person-wang-yi'"))
    }

    @Test func anIdAlreadyInTheFileIsAnError() throws {
        let existing = GlossaryFile.write([ExchangeFixtures.awkward[0]])
        let again = ExchangeFixtures.awkward[0]
        let error = ExchangeFixtures.error { () throws(NamesError) in _ = try merge([again], into: ("mine.tsv", existing)) }
        #expect(error?.description.contains("duplicate id 'org-trc' (first at mine.tsv:2)") == true)
    }

    @Test func aBrokenExistingFileIsReportedNotOverwritten() {
        let error = ExchangeFixtures.error { () throws(NamesError) in _ = try merge(ExchangeFixtures.awkward, into: ("mine.tsv", "id\tkind\n")) }
        #expect(error?.description.hasPrefix("mine.tsv:1: the header must be") == true)
    }

    @Test func atomicWritesReplaceTheFileAndLeaveNoTemporaryFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.tsv").path
        try AtomicFile.write("one\n", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write("two\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.tsv"])
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let missing = ExchangeFixtures.error { () throws(NamesError) in try AtomicFile.write("x", to: directory.path + "/no/such/file") }
        #expect(missing?.description.contains("does not exist") == true)
        let folder = ExchangeFixtures.error { () throws(NamesError) in try AtomicFile.write("x", to: directory.path) }
        #expect(folder?.description.contains("is a directory") == true)
    }
}

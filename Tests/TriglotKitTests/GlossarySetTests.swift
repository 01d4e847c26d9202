import Foundation
import Testing
import TriglotNames
@testable import TriglotKit

@Suite struct GlossarySetTests {
    /// A fresh folder with files `names` holding `text`, and the folder's path.
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-set-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    static let header = "id\tkind\ten\tzh\tzh_hant\tvi\ten_aliases\tzh_aliases\tvi_aliases\tnote\tsource\n"

    @Test func theEnvironmentComesFirstThenTheOptionsEachFileOnce() throws {
        let folder = try Self.folder(["a.tsv": Self.header, "b.tsv": Self.header])
        let set = GlossarySet(environment: "\(folder)/a.tsv::\(folder)/./a.tsv", paths: ["\(folder)/b.tsv", "\(folder)/../\(URL(fileURLWithPath: folder).lastPathComponent)/a.tsv"])
        #expect(set.userPaths == ["\(folder)/a.tsv", "\(folder)/b.tsv"])
        var read: [String] = []
        let files = try set.files { path in read.append(path); return try String(contentsOfFile: path, encoding: .utf8) }
        #expect(files.map(\.name) == [ShippedGlossary.name, "\(folder)/a.tsv", "\(folder)/b.tsv"])
        #expect(read == ["\(folder)/a.tsv", "\(folder)/b.tsv"])
        #expect(try set.context(excluding: "\(folder)/./b.tsv") { _ in "" }.map(\.name) == [ShippedGlossary.name, "\(folder)/a.tsv"])
        #expect(set.adding(["\(folder)/b.tsv", "\(folder)/c.tsv"]).userPaths == ["\(folder)/a.tsv", "\(folder)/b.tsv", "\(folder)/c.tsv"])
    }

    @Test func aBadUserFileIsAGlossaryErrorAtItsLine() throws {
        let set = GlossarySet(environment: nil, paths: ["mine.tsv"])
        let bad = Self.header + "person-wang-yi-2\tperson\tWang Yi\t王毅\t\t\t\t\t\t\t\n"
        do {
            _ = try set.load(folder: try NameFolder()) { _ in bad }
            Issue.record("a form naming two concepts was accepted")
        } catch let error as KitError {
            guard case .names = error else { Issue.record("not a glossary error: \(error)"); return }
            #expect(error.description.contains("mine.tsv:2"))
        }
    }
}

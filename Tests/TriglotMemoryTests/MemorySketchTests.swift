import Foundation
import GRDB
import Testing
@testable import TriglotMemory

/// The near-duplicate keys, and search through them in a memory with many near-duplicates.
@Suite struct MemorySketchTests {
    private static let sentence = "the two foreign ministers agreed to deepen cooperation on border trade and water resources of the mekong"

    @Test func keysAreFixedPerTermSetAndNeverLookLikeAWord() {
        let terms = CandidateQuery.terms(of: Self.sentence)
        let keys = MemorySketch.keys(terms: terms)
        #expect(keys.count == MemorySketch.bands)
        // A set: the order of its terms does not matter.
        #expect(MemorySketch.keys(terms: terms.reversed()) == keys)
        // Search-key terms never start with a digit, so a key never collides with one.
        #expect(keys.allSatisfy { $0.first!.isNumber && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        #expect(MemorySketch.keys(terms: []).isEmpty)
    }

    @Test func nearDuplicatesShareKeysAndUnrelatedTextsDoNot() {
        func keys(_ text: String) -> Set<String> { Set(MemorySketch.keys(terms: CandidateQuery.terms(of: text))) }
        let base = keys(Self.sentence)
        let oneWordChanged = keys(Self.sentence.replacingOccurrences(of: "deepen", with: "expand"))
        let unrelated = keys("a storm closed the airport for three days and flights were moved to the next week")
        #expect(base.intersection(oneWordChanged).count >= MemorySketch.bands / 2)
        #expect(base.intersection(unrelated).isEmpty)
    }

    @Test func searchFindsTheClosestAmongManyNearDuplicates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-sketch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let memory = try TranslationMemory(path: folder + "/memory.sqlite")
        // 300 variants of one sentence, each with two or three words replaced; one with one.
        let words = Self.sentence.split(separator: " ").map(String.init)
        var units: [TranslationUnit] = []
        for serial in 0..<300 {
            var copy = words
            for edit in 0..<(2 + serial % 2) { copy[(serial * 7 + edit * 5) % copy.count] = "w\(serial)x\(edit)".replacingOccurrences(of: "0", with: "o") }
            units.append(TranslationUnit(variants: [Variant(language: "en", text: copy.joined(separator: " "))], source: "s\(serial)"))
        }
        var closest = words
        closest[3] = "envoys"
        units.append(TranslationUnit(variants: [Variant(language: "en", text: closest.joined(separator: " "))], source: "closest"))
        try memory.add(units)
        var query = words
        query[3] = "delegates"
        let text = query.joined(separator: " ")
        let sketched = try memory.search(text, language: "en", limit: 5)
        let indexed = try memory.search(text, language: "en", limit: 5, candidates: 10_000, sketches: false)
        #expect(sketched.first?.unit.source == "closest")
        #expect(indexed.first?.unit.source == "closest")
        // Sketches approximate: what they find is what scoring everything finds, but a far
        // match (77% here) may be missed.
        #expect(Set(sketched.map(\.unit.source)).isSubset(of: Set(indexed.map(\.unit.source))))
        #expect(sketched.first?.percentage == MatchScore.percentage(text, closest.joined(separator: " ")))
    }

    @Test func aMemoryMadeBeforeSketchesGetsThemWhenOpenedForWriting() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-sketch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/memory.sqlite"
        try TranslationMemory(path: path).add(TranslationMemoryTests.units)
        // What an earlier version made: the same tables, no sketch table.
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DROP TABLE \(MemorySchema.sketchTable)") }
        let query = "The two sides agreed to deepen cooperation in 2023."
        // Read-only, it is searched through the word index, unchanged.
        #expect(try TranslationMemory(path: path, readOnly: true).search(query).first.map { (95...99).contains($0.percentage) } == true)
        #expect(try DatabaseQueue(path: path).read(MemorySchema.hasSketches) == false)
        let memory = try TranslationMemory(path: path)
        #expect(try DatabaseQueue(path: path).read(MemorySchema.hasSketches) == true)
        let rows = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(MemorySchema.sketchTable) WHERE \(MemorySchema.sketchTable) MATCH ?",
                             arguments: ["\"" + MemorySketch.keys(terms: CandidateQuery.terms(of: "Wang Yi met Bui Thanh Son in Hanoi."))[0] + "\""])
        }
        #expect(rows == 1)
        #expect(try memory.search(query).first.map { (95...99).contains($0.percentage) } == true)
    }
}

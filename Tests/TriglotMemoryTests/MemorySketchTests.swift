import Foundation
import GRDB
import Synchronization
import Testing
@testable import TriglotMemory

/// The near-duplicate keys, and search through them in a memory with many near-duplicates.
@Suite struct MemorySketchTests {
    private static let sentence = "the two foreign ministers agreed to deepen cooperation on border trade and water resources of the mekong"

    @Test func keysAreFixedPerTermSetAndTheExactKeyPerText() {
        let terms = CandidateQuery.terms(of: Self.sentence)
        let keys = MemorySketch.keys(terms: terms)
        #expect(keys.count == MemorySketch.bands && Set(keys).count == MemorySketch.bands)
        // A set: the order of its terms does not matter.
        #expect(MemorySketch.keys(terms: terms.reversed()) == keys)
        #expect(MemorySketch.keys(terms: []).isEmpty)
        // The exact key: the same for the text in NFD or with spaces around, another for a
        // text with one number changed (which has the same terms), never a MinHash key.
        let exact = MemorySketch.exactKey(of: "Hà Nội, 12 tháng 3")
        #expect(MemorySketch.exactKey(of: "  Ha\u{300} No\u{323}\u{302}i, 12 tháng 3\n") == exact)
        #expect(MemorySketch.exactKey(of: "Hà Nội, 13 tháng 3") != exact)
        // Texts with printable ASCII at both ends skip the trimming; others are trimmed alike.
        #expect(MemorySketch.exactKey(of: "\u{3000}Hà Nội, 12 tháng 3\u{A0}") == exact)
        #expect(MemorySketch.exactKey(of: "Hà Nội, 12 tháng 3 ") == exact && MemorySketch.exactKey(of: "Hà Nội, 12 tháng 3.") != exact)
        #expect(MemorySketch.keys(terms: terms, text: Self.sentence) == keys + [MemorySketch.exactKey(of: Self.sentence)])
        #expect(!keys.contains(MemorySketch.exactKey(of: Self.sentence)))
    }

    @Test func theExactTextIsFoundAmongThousandsDifferingOnlyInANumber() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-sketch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let memory = try TranslationMemory(path: folder + "/memory.sqlite")
        // More variants than a key's row limit, all with the same terms (numbers are not
        // terms): every MinHash key is common, and only the newest variants would be scored.
        let count = MemorySketch.commonKey + 200
        let texts = (0..<count).map { "The central rate of the dong against the dollar was set at \(23_000 + $0) on Monday." }
        try memory.add(texts.enumerated().map { TranslationUnit(variants: [Variant(language: "en", text: $1)], source: "day \($0)") })
        for serial in [0, 7, count - 1] {
            let matches = try memory.search(texts[serial], language: "en", limit: 3)
            #expect(matches.first?.percentage == 100 && matches.first?.unit.source == "day \(serial)", "\(serial)")
            #expect(matches.dropFirst().allSatisfy { (95...99).contains($0.percentage) })
        }
        // Another language asked for: the exact text in English is not a Vietnamese match.
        #expect(try memory.search(texts[0], language: "vi").isEmpty)
    }

    @Test func aMemoryWithFullTextKeysGetsThemInBlocksWhenOpenedForWriting() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-sketch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/memory.sqlite"
        try TranslationMemory(path: path).add(TranslationMemoryTests.units)
        // What the previous version made: the keys as words of a full-text table, user_version 2.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE \(KeyPostings.table)")
            try db.execute(sql: "CREATE VIRTUAL TABLE \(MemorySchema.formerSketchTable) USING fts5(key, content='', columnsize=0, detail=none, tokenize='ascii')")
            for row in try Row.fetchAll(db, sql: "SELECT id FROM variant") {
                try db.execute(sql: "INSERT INTO \(MemorySchema.formerSketchTable) (rowid, key) VALUES (?, '0abc 1def')", arguments: [row[0] as Int64])
            }
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        let text = "Wang Yi met Bui Thanh Son in Hanoi."
        func tables() throws -> Set<String> {
            Set(try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") })
        }
        #expect(try DatabaseQueue(path: path).read(MemorySchema.sketchState) == MemorySchema.SketchState.none)
        // Read-only, it is searched through the word index, unchanged.
        #expect(try TranslationMemory(path: path, readOnly: true).search(text).first?.percentage == 100)
        #expect(try tables().contains(MemorySchema.formerSketchTable) && !(try tables().contains(KeyPostings.table)))
        // Opened for writing, the keys are made again, announced first; only once.
        let notices = Mutex<[String]>([])
        let memory = try TranslationMemory(path: path) { message in notices.withLock { $0.append(message) } }
        #expect(try DatabaseQueue(path: path).read(MemorySchema.sketchState) == .complete)
        #expect(try !tables().contains(MemorySchema.formerSketchTable))
        let exact = try DatabaseQueue(path: path).read { db in try KeyPostings.ids(db, key: MemorySketch.exactKey(of: text), limit: 10) }
        #expect(exact.count == 1)
        _ = try TranslationMemory(path: path) { message in notices.withLock { $0.append(message) } }
        #expect(notices.withLock { $0.count == 1 && $0[0].hasPrefix(path) && $0[0].contains("earlier version") })
        #expect(try memory.search(text).first?.percentage == 100)
    }

    @Test func nearDuplicatesShareKeysAndUnrelatedTextsDoNot() {
        func keys(_ text: String) -> Set<Int64> { Set(MemorySketch.keys(terms: CandidateQuery.terms(of: text))) }
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
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE \(KeyPostings.table)")
            try db.execute(sql: "PRAGMA user_version = 0")
        }
        let query = "The two sides agreed to deepen cooperation in 2023."
        // Read-only, it is searched through the word index, unchanged.
        #expect(try TranslationMemory(path: path, readOnly: true).search(query).first.map { (95...99).contains($0.percentage) } == true)
        #expect(try DatabaseQueue(path: path).read(MemorySchema.sketchState) == MemorySchema.SketchState.none)
        let memory = try TranslationMemory(path: path)
        #expect(try DatabaseQueue(path: path).read(MemorySchema.sketchState) == .complete)
        let rows = try DatabaseQueue(path: path).read { db in
            try KeyPostings.ids(db, key: MemorySketch.keys(terms: CandidateQuery.terms(of: "Wang Yi met Bui Thanh Son in Hanoi."))[0], limit: 10).count
        }
        #expect(rows == 1)
        #expect(try memory.search(query).first.map { (95...99).contains($0.percentage) } == true)
    }
}

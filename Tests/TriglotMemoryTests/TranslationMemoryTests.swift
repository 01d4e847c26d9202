import Foundation
import GRDB
import Testing
@testable import TriglotMemory

/// The store: adding, searching, exporting and reading back.
@Suite struct TranslationMemoryTests {
    private func withMemory(_ body: (TranslationMemory, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-tm-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(try TranslationMemory(path: folder + "/sub/memory.sqlite"), folder)
    }

    static let units = [
        TranslationUnit(variants: [Variant(language: "en", text: "The two sides agreed to deepen cooperation in 2022."),
                                   Variant(language: "zh", text: "双方同意在2022年深化合作。"),
                                   Variant(language: "vi", text: "Hai bên nhất trí làm sâu sắc hợp tác trong năm 2022.")], source: "a"),
        TranslationUnit(variants: [Variant(language: "en", text: "Wang Yi met Bui Thanh Son in Hanoi."),
                                   Variant(language: "zh-Hans", text: "王毅在河内会见裴青山。")], source: "b"),
        TranslationUnit(variants: [Variant(language: "en", text: "Trade between the two countries grew \"fast\" & <steadily>.")], source: "c"),
    ]

    @Test func addsOnceAndFindsFuzzyMatches() throws {
        try withMemory { memory, _ in
            #expect(try memory.add(Self.units) == 3)
            #expect(try memory.add(Self.units) == 0)
            #expect(try memory.counts() == (3, 6))
            let exact = try memory.search("Wang Yi met Bui Thanh Son in Hanoi.")
            #expect(exact.first?.percentage == 100)
            #expect(exact.first?.unit.variants.count == 2)
            let number = try memory.search("The two sides agreed to deepen cooperation in 2023.", language: "en")
            #expect(number.count == 1)
            #expect((95...99).contains(number[0].percentage))
            let chinese = try memory.search("王毅在河内会见裴青山", language: "zh")
            #expect(chinese.first?.matched.language == "zh-Hans")
            #expect(try memory.search("Wang Yi met Bui Thanh Son in Hanoi.", language: "vi").isEmpty)
            #expect(try memory.search("Nothing like any stored sentence at all.").isEmpty)
        }
    }

    @Test func exportedTMXAndJSONReadBackAsTheSameUnits() throws {
        try withMemory { memory, folder in
            try memory.add(Self.units)
            let stored = try memory.allUnits()
            for format in MemoryExporter.Format.allCases where format != .csv {
                let text = MemoryExporter.export(stored, format: format)
                let read = format == .tmx ? try TMXUnitReader.units(in: Array(text.utf8), file: "x")
                                          : try PairFileReader.units(in: Array(text.utf8), file: "x")
                #expect(read.map(\.variants) == stored.map(\.variants))
                #expect(read.map(\.source) == stored.map(\.source))
                let copy = try TranslationMemory(path: folder + "/\(format).sqlite")
                #expect(try copy.add(read) == 3)
                #expect(try copy.allUnits().map(\.variants) == stored.map(\.variants))
            }
        }
    }

    @Test func readsAlignerTSVAndJSON() throws {
        let tsv = "# from triglot align\nen\tzh\tscore\nHello there.\t你好。\t0.9\nOnly English.\t\t0.1\nTab\\there.\t制表符。\t1\n"
        let units = try PairFileReader.units(in: Array(tsv.utf8), file: "p.tsv")
        #expect(units.map(\.variants.count) == [2, 1, 2])
        #expect(units[2].variants[0].text == "Tab\there.")
        let lines = "{\"en\": \"Hi.\", \"vi\": \"Chào.\", \"score\": 1}\n{\"source\": \"A\", \"target\": \"B\", \"source_lang\": \"en\", \"target_lang\": \"zh\"}\n"
        let json = try PairFileReader.units(in: Array(lines.utf8), file: "p.json")
        #expect(json.map { $0.variants.map(\.language) } == [["en", "vi"], ["en", "zh"]])
        #expect(throws: MemoryError.self) { try PairFileReader.units(in: Array("en\tzh\nonly one field\n".utf8), file: "p.tsv") }
        #expect(throws: MemoryError.self) { try PairFileReader.units(in: Array("no header here\n".utf8), file: "p.tsv") }
        #expect(throws: MemoryError.self) { try PairFileReader.units(in: Array("{\"en\": \"x\"\n".utf8), file: "p.json") }
    }

    /// Windows (CRLF) and old Mac (CR) line ends and a byte order mark read as LF files do.
    @Test func readsPairFilesWithAnyLineEndAndAByteOrderMark() throws {
        let lf = "# comment\nen\tzh\nHello there.\t你好。\n\nTab\\there.\t制表符。\n"
        let expected = try PairFileReader.units(in: Array(lf.utf8), file: "p.tsv").map(\.variants)
        #expect(expected.count == 2)
        for end in ["\r\n", "\r"] {
            for bom in ["", "\u{FEFF}"] {
                let text = bom + lf.replacingOccurrences(of: "\n", with: end)
                let units = try PairFileReader.units(in: Array(text.utf8), file: "p.tsv")
                #expect(units.map(\.variants) == expected, "line end \(Array(end.unicodeScalars)), BOM \(!bom.isEmpty)")
            }
        }
        // Line numbers count a CRLF as one line end.
        #expect(throws: MemoryError.malformedInput(file: "p.tsv", line: 3, column: 1,
                                                    reason: "1 fields where the header has 2; separate fields with one tab and write a tab inside text as \\t; nothing was imported")) {
            try PairFileReader.units(in: Array("en\tzh\r\nA\tB\r\nonly one\r\n".utf8), file: "p.tsv")
        }
        let lines = "\u{FEFF}{\"en\": \"Hi.\", \"vi\": \"Chào.\"}\r\n{\"en\": \"Bye.\", \"zh\": \"再见。\"}\r\n"
        #expect(try PairFileReader.units(in: Array(lines.utf8), file: "p.jsonl").map { $0.variants.map(\.text) } == [["Hi.", "Chào."], ["Bye.", "再见。"]])
        let crOnly = lines.replacingOccurrences(of: "\r\n", with: "\r")
        #expect(try PairFileReader.units(in: Array(crOnly.utf8), file: "p.jsonl").count == 2)
    }

    /// Broken JSON is reported where it breaks, in a JSON Lines file and in one array.
    @Test func reportsBrokenJSONWithItsLineAndColumn() {
        #expect(throws: MemoryError.malformedInput(file: "p.jsonl", line: 2, column: 10,
                                                    reason: "expected ',' or '}' in the object; write one object per line, or one array")) {
            try PairFileReader.units(in: Array("{\"en\": \"A.\"}\n{\"en\": 1 2}\n".utf8), file: "p.jsonl")
        }
        #expect(throws: MemoryError.malformedInput(file: "p.json", line: 3, column: 1,
                                                    reason: "the file ends inside an array (truncated?); nothing was imported")) {
            try PairFileReader.units(in: Array("[\n{\"en\": \"A.\"}\n".utf8), file: "p.json")
        }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-notdb-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try String(repeating: "not sqlite ", count: 500).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: MemoryError.self) { _ = try TranslationMemory(path: path) }
    }

    /// A fresh folder for `body`, removed afterwards.
    private func inFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-tm-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    /// The files in `folder`, sorted.
    private func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func refusesAnotherProgramsDatabaseUntouched() throws {
        try inFolder { folder in
            let path = folder + "/other.sqlite"
            for journal in ["DELETE", "WAL"] {
                try? FileManager.default.removeItem(atPath: path)
                try DatabaseQueue(path: path).write { db in
                    try db.execute(sql: "PRAGMA journal_mode = \(journal)")
                    try db.execute(sql: "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Nguyễn Thị Hải')")
                }
                let before = try Data(contentsOf: URL(fileURLWithPath: path))
                for readOnly in [false, true] {
                    #expect(throws: MemoryError.foreignDatabase(path: path), "\(journal), read-only \(readOnly)") {
                        _ = try TranslationMemory(path: path, readOnly: readOnly)
                    }
                }
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(journal)")
                #expect(try files(folder) == ["other.sqlite"], "\(journal)")
            }
            #expect(!MemoryError.foreignDatabase(path: path).description.contains("--"))
        }
    }

    @Test func readingAMissingMemoryCreatesNothing() throws {
        try inFolder { (folder: String) throws in
            for path in [folder + "/memory.sqlite", folder + "/sub/memory.sqlite", folder + "/empty.sqlite"] {
                if path.hasSuffix("empty.sqlite") { #expect(FileManager.default.createFile(atPath: path, contents: nil)) }
                #expect(throws: MemoryError.missing(path: path)) { _ = try TranslationMemory(path: path, readOnly: true) }
            }
            #expect(try files(folder) == ["empty.sqlite"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/empty.sqlite")).isEmpty)
            #expect(MemoryError.missing(path: "m.sqlite").exitCode == 66)
            // Writing creates a memory, also in an empty file.
            #expect(try TranslationMemory(path: folder + "/empty.sqlite").add(Self.units) == 3)
            #expect(try TranslationMemory(path: folder + "/empty.sqlite", readOnly: true).counts() == (3, 6))
        }
        #expect(throws: MemoryError.missing(path: "")) { _ = try TranslationMemory(path: "", readOnly: true) }
        #expect(throws: MemoryError.unwritable(path: "", reason: "no file name given")) { _ = try TranslationMemory(path: "") }
    }

    /// A read-only memory file is searched and exported without anything written beside it.
    /// (Tests run as root, whom file modes do not stop; the CLI tests also run as another user.)
    @Test func readsAMemoryOpenedReadOnlyWithoutWritingBesideIt() throws {
        try inFolder { folder in
            let path = folder + "/memory.sqlite"
            try TranslationMemory(path: path).add(Self.units)
            #expect(try files(folder) == ["memory.sqlite"])
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let memory = try TranslationMemory(path: path, readOnly: true)
            #expect(try memory.search("Wang Yi met Bui Thanh Son in Hanoi.").first?.percentage == 100)
            #expect(try memory.allUnits().count == 3)
            #expect(throws: MemoryError.self) { try memory.add(Self.units) }
            #expect(try files(folder) == ["memory.sqlite"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    /// A writer that comes while a read-only memory is open: its units are seen, through SQLite's locks.
    @Test func aReaderSeesWhatAWriterAddsMeanwhile() throws {
        try inFolder { folder in
            let path = folder + "/memory.sqlite"
            try TranslationMemory(path: path).add(Array(Self.units.prefix(1)))
            let reader = try TranslationMemory(path: path, readOnly: true)
            #expect(try reader.counts().units == 1)
            let writer = try TranslationMemory(path: path)
            try writer.add(Self.units)
            #expect(try reader.counts().units == 3)
            #expect(try reader.search("Wang Yi met Bui Thanh Son in Hanoi.").first?.percentage == 100)
        }
    }

    @Test func aLargeImportMergesTheIndexesAndStaysSearchable() throws {
        try withMemory { memory, _ in
            try memory.add(Self.units)
            // 1,200 units onto 3: more than a tenth of the memory, so the indexes are merged
            // (FTS5's optimize) in the import's transaction; both search paths still find.
            // Each delegation named by a word of its own (517: "fbh"), so that its sentence has
            // words no other holds.
            func name(_ index: Int) -> String { String(String(index).unicodeScalars.map { Character(Unicode.Scalar($0.value + 49)!) }) }
            let units = (0..<1_200).map { index in
                TranslationUnit(variants: [Variant(language: "en", text: "Delegation \(name(index)) discussed trade, investment and tourism in Hanoi."),
                                           Variant(language: "vi", text: "Đoàn \(name(index)) thảo luận về thương mại, đầu tư và du lịch tại Hà Nội.")])
            }
            #expect(try memory.add(units) == 1_200)
            #expect(try memory.search("Delegation fbh discussed trade, investment and tourism in Hanoi.", language: "en").first?.percentage == 100)
            #expect(try memory.search("Delegation fbh discussed trade, investment and tourism in Hanoi!", language: "en", sketches: false)
                .first?.unit.variants.last?.text == "Đoàn fbh thảo luận về thương mại, đầu tư và du lịch tại Hà Nội.")
            #expect(try memory.search("Wang Yi met Bui Thanh Son in Hanoi.").first?.percentage == 100)
        }
    }
}

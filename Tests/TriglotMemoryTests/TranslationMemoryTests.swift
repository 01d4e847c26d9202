import Foundation
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

    @Test func refusesAFileThatIsNotADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-notdb-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try String(repeating: "not sqlite ", count: 500).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: MemoryError.self) { _ = try TranslationMemory(path: path) }
    }
}

import Testing
import TriglotText
@testable import TriglotNames

/// Import of files with a byte-order mark and CRLF or CR line ends, with the lines an editor
/// shows in messages, and merges that keep a file's own line ends.
@Suite struct ExchangeLineEndTests {
    private let header = GlossaryFile.columns.joined(separator: "\t")
    private let shipped = [(name: ShippedGlossary.name, text: ShippedGlossary.text)]

    private func read(_ text: String, _ format: GlossaryFormat?) throws(NamesError) -> [Concept] {
        try GlossaryImporter.read(Array(text.utf8), file: "in", format: format)
    }

    private func message(_ text: String, _ format: GlossaryFormat?) -> String {
        ExchangeFixtures.message { () throws(NamesError) in _ = try read(text, format) } ?? "no error"
    }

    @Test(arguments: ["\r\n", "\r"])
    func readsTSVWithAByteOrderMark(lineEnd: String) throws {
        let text = "\u{FEFF}" + [header, "place-hue\tplace\tHue\t顺化\t\tHuế\t\t\t\t\t", ""].joined(separator: lineEnd)
        #expect(GlossaryFormat.detect(Array(text.utf8)) == .tsv)
        let concepts = try read(text, nil)
        #expect(concepts.map(\.id) == ["place-hue"])
        #expect(concepts.first?.origin == "in:2")
    }

    @Test(arguments: ["\r\n", "\r"])
    func readsCSVAndJSONWithAByteOrderMark(lineEnd: String) throws {
        let csv = "\u{FEFF}id,kind,en,vi" + lineEnd + "place-hue,place,Hue,Huế" + lineEnd
        #expect(try read(csv, .csv).map(\.origin) == ["in:2"])
        let json = "\u{FEFF}[" + lineEnd + "{\"id\": \"place-hue\", \"kind\": \"place\", \"en\": \"Hue\", \"vi\": \"Huế\"}" + lineEnd + "]"
        #expect(try read(json, .json).map(\.origin) == ["in:2"])
    }

    @Test func errorsInCRFilesNameTheirLine() {
        #expect(message("id,kind,en\r\"a\",\"place\",\"x\ry\"\rb,plaice,B\r", .csv).hasPrefix("in:4: 'b' has unknown kind 'plaice'"))
        #expect(message("id,kind,en\ra,place,A\"B\r", .csv).hasPrefix("in:2:10: a '\"' inside an unquoted field"))
        #expect(message("[\r{\"id\": \"a\", \"kind\": \"place\",\r \"en\": 5}]", .json).hasPrefix("in:3:8: 'en' must be a string or null"))
        #expect(message("\u{FEFF}[{\"id\": 1}]", .json).hasPrefix("in:1:9: 'id' must be a string or null"))
        #expect(message("<a>\r<b x=\"1\" x=\"2\"/></a>", .tbx).hasPrefix("in:2:12: attribute 'x' appears twice in <b>"))
    }

    @Test(arguments: ["\r\n", "\r"])
    func aMergeKeepsTheFileByteOrderMarkAndLineEnds(lineEnd: String) throws {
        let existing = "\u{FEFF}# mine" + lineEnd + header + lineEnd
            + "person-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t\tTrương Đông Cường\t\t\t\t\tXinhua"
        let text = try GlossaryImporter.merge(ExchangeFixtures.awkward, into: ("mine.tsv", existing), context: shipped, folder: try NameFolder())
        #expect(text.hasPrefix(existing + lineEnd))
        #expect(TextLines.endsWithLineEnd(text))
        #expect(!text.unicodeScalars.contains("\n") || lineEnd == "\r\n")
        #expect(text.components(separatedBy: "\r\n").count - 1 == (lineEnd == "\r\n" ? 6 : 0))
        let concepts = GlossaryFile.parse(text, file: "mine.tsv").concepts
        #expect(concepts.map(\.origin) == ["mine.tsv:3", "mine.tsv:4", "mine.tsv:5", "mine.tsv:6"])
    }

    @Test func aConceptWithNoOriginIsCheckedAtTheLineItWouldBeWrittenOn() throws {
        let existing = header + "\r\nperson-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t\t\t\t\t\t\t\r\n"
        let learnt = Concept(id: "person-zhang-dongqiang-2", kind: .person, english: "Zhang Dongqiang", chinese: "张东强", vietnamese: nil)
        let error = ExchangeFixtures.error { () throws(NamesError) in
            _ = try GlossaryImporter.merge([learnt], into: ("mine.tsv", existing), context: shipped, folder: try! NameFolder())
        }
        #expect(error?.description.hasPrefix("mine.tsv:3: form 'Zhang Dongqiang' also names 'person-zhang-dongqiang' (mine.tsv:2)") == true,
                "got \(String(describing: error))")
    }
}

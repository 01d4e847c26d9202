import Testing
@testable import TriglotFormats

/// The one TBX writer and reader, both versions.
@Suite struct TBXTests {
    static let entries = [
        TBXEntry(id: "_2022-x", descriptions: [TBXField(type: "subjectField", value: "event")], notes: ["a & b"],
                 admins: [TBXField(type: "source", value: "VNA")],
                 languages: [TBXLanguageSection(language: "en", terms: [
                     TBXTerm(text: "Summit <2022>", notes: [TBXField(type: "termType", value: "fullForm")]),
                     TBXTerm(text: "S22", notes: [TBXField(type: "termType", value: "abbreviation")]),
                 ]), TBXLanguageSection(language: "vi", terms: [TBXTerm(text: "Hội nghị", notes: [])])]),
    ]

    private func withoutPositions(_ document: TBXDocument) -> TBXDocument {
        var copy = document
        for index in copy.entries.indices {
            (copy.entries[index].line, copy.entries[index].column) = (0, 0)
            for section in copy.entries[index].languages.indices {
                (copy.entries[index].languages[section].line, copy.entries[index].languages[section].column) = (0, 0)
            }
        }
        return copy
    }

    @Test(arguments: [TBXDocument.Version.v3, .v2])
    func whatIsWrittenReadsBackTheSame(version: TBXDocument.Version) throws {
        let document = TBXDocument(version: version, title: "T", sourceDescription: "from <here>", entries: Self.entries)
        let text = TBXWriter.write(document)
        #expect(text.contains(version == .v3 ? "<conceptEntry id=\"_2022-x\">" : "<termEntry id=\"_2022-x\">"))
        #expect(withoutPositions(try TBXReader.read(Array(text.utf8), file: "t.tbx")) == document)
    }

    @Test func anEmptyTermbaseHasNoBody() throws {
        let text = TBXWriter.write(TBXDocument(version: .v3, title: "T", sourceDescription: "none"))
        #expect(text.hasSuffix("  <text/>\n</tbx>\n"))
        #expect(try TBXReader.read(Array(text.utf8), file: "t.tbx").entries.isEmpty)
    }

    @Test func readsGroupsAndNtigAsOtherToolsWriteThem() throws {
        let read = try TBXReader.read(Array("""
            <martif type="TBX"><text><body><termEntry id="a">
            <descripGrp><descrip type="subjectField">place</descrip></descripGrp><adminGrp><admin type="source">X</admin></adminGrp>
            <langSet xml:lang="en"><ntig><termGrp><term>Hue</term><termNoteGrp><termNote type="termType"> fullForm </termNote></termNoteGrp></termGrp></ntig></langSet>
            </termEntry></body></text></martif>
            """.utf8), file: "t.tbx")
        let entry = try #require(read.entries.first)
        #expect(read.version == .v2)
        #expect(entry.descriptions == [TBXField(type: "subjectField", value: "place")])
        #expect(entry.admins == [TBXField(type: "source", value: "X")])
        #expect(entry.languages.first?.terms.first?.note("termType") == "fullForm")
        #expect(entry.languages.first?.line == 3)
    }

    @Test(arguments: [
        ("<tmx/>", "t.tbx:1:1: expected a TBX document (root <tbx> or <martif>), found <tmx>"),
        ("<tbx><text><body><conceptEntry>\n <langSec/></conceptEntry></body></text></tbx>", "t.tbx:2:2: <langSec> has no xml:lang"),
    ])
    func refusesWhatIsNotATermbase(text: String, expected: String) {
        var message = "no error"
        do { _ = try TBXReader.read(Array(text.utf8), file: "t.tbx") } catch { message = error.description }
        #expect(message.hasPrefix(expected), "got \(message)")
    }
}

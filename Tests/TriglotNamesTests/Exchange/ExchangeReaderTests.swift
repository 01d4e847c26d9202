import Testing
import TriglotText
@testable import TriglotNames

/// Readers on files other tools write, and on input in the wrong shape.
@Suite struct ExchangeReaderTests {
    private func read(_ text: String, _ format: GlossaryFormat?, file: String = "in") throws(NamesError) -> [Concept] {
        try GlossaryImporter.read(Array(text.utf8), file: file, format: format)
    }

    private func message(_ text: String, _ format: GlossaryFormat?) -> String {
        ExchangeFixtures.message { () throws(NamesError) in _ = try read(text, format) } ?? "no error"
    }

    @Test func readsTBXv2WithNtigAndRegionTags() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX-Basic" xml:lang="en-US">
              <martifHeader><fileDesc><sourceDesc><p>other tool</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="place-hue">
                  <descripGrp><descrip type="subjectField">place</descrip></descripGrp>
                  <langSet xml:lang="en-US"><ntig><termGrp><term>Hue</term></termGrp></ntig><tig><term>Huế City</term></tig></langSet>
                  <langSet xml:lang="zh-CN"><tig><term>顺化</term></tig></langSet>
                  <langSet xml:lang="zh-TW"><tig><term>順化</term></tig></langSet>
                  <langSet xml:lang="vi-VN"><tig><term>Huế</term></tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """
        let concept = try #require(try read(text, .tbx).first)
        #expect(concept.id == "place-hue")
        #expect(concept.kind == .place)
        #expect(concept.english == "Hue")
        #expect(concept.aliases[.english] == ["Huế City"])
        #expect(concept.chinese == "顺化")
        #expect(concept.chineseTraditional == "順化")
        #expect(concept.vietnamese == "Huế")
        #expect(concept.origin == "in:6")
    }

    @Test func readsTMXWithoutAliasMarks() throws {
        let text = """
            <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="phrase" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
            <body><tu tuid="org-asean"><prop type="x-kind">organisation</prop>
            <tuv xml:lang="EN-GB"><seg>Association of Southeast Asian Nations</seg></tuv>
            <tuv lang="en"><seg>ASEAN</seg></tuv>
            <tuv xml:lang="zh"><seg>东南亚国家联盟</seg></tuv>
            <tuv xml:lang="vi"><seg>Hiệp hội các quốc gia <hi>Đông Nam Á</hi><ph>&lt;br/&gt;</ph></seg></tuv>
            </tu></body></tmx>
            """
        let concept = try #require(try read(text, nil).first)
        #expect(concept.english == "Association of Southeast Asian Nations")
        #expect(concept.aliases[.english] == ["ASEAN"])
        #expect(concept.chinese == "东南亚国家联盟")
        #expect(concept.vietnamese == "Hiệp hội các quốc gia Đông Nam Á")
    }

    @Test func collapsesWrappedNotesAndNormalizesToNFC() throws {
        let decomposed = "Vie\u{0323}\u{0302}t Nam"
        let text = """
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p/></sourceDesc></fileDesc></tbxHeader>
            <text><body><conceptEntry id="place-vn"><descrip type="subjectField">place</descrip>
            <note>A note wrapped
                over lines.</note>
            <langSec xml:lang="en"><termSec><term>Vietnam</term></termSec></langSec>
            <langSec xml:lang="vi"><termSec><term>\(decomposed)</term></termSec></langSec>
            </conceptEntry></body></text></tbx>
            """
        let concept = try #require(try read(text, .tbx).first)
        #expect(concept.note == "A note wrapped over lines.")
        #expect(concept.vietnamese == "Việt Nam")
        #expect(concept.vietnamese?.unicodeScalars.count == 8)
    }

    @Test(arguments: [
        ("<tbx><text><body><conceptEntry id=\"a-b\"><langSec xml:lang=\"en\"><termSec><term>A</term></termSec></langSec></conceptEntry></body></text></tbx>",
         GlossaryFormat.tbx, "in:1:18: 'a-b' has no kind; give one of person, place, organisation, event, document, title"),
        ("<tbx><text><body><conceptEntry id=\"a-b\"><descrip type=\"subjectField\">astronomy</descrip></conceptEntry></body></text></tbx>",
         .tbx, "in:1:18: 'a-b' has unknown kind 'astronomy'"),
        ("<tbx><text><body>\n<conceptEntry id=\"a-b\"><langSec xml:lang=\"fr\"/></conceptEntry></body></text></tbx>",
         .tbx, "in:2:24: language 'fr' is not one the glossary holds"),
        ("<tmx version=\"1.4\"><body/></tmx>", .tbx, "in:1:1: expected a TBX document (root <tbx> or <martif>), found <tmx>"),
        ("<tbx/>", .tmx, "in:1:1: expected a TMX document (root <tmx>), found <tbx>"),
        ("<tmx><body><tu tuid=\"x-y\"><tuv xml:lang=\"en\"><seg>A</seg></tuv></tu></body></tmx>", .tmx,
         "in:1:12: <tu tuid=\"x-y\"> has no <prop type=\"x-kind\">"),
        ("<tmx><body><tu><prop type=\"x-kind\">place</prop></tu></body></tmx>", .tmx, "in:1:12: the entry has no id"),
        ("<tmx><body></body></tmx>", .tmx, "in: no concepts found; nothing to import"),
        ("<tmx><body><tu tuid=\"p-a\"><prop type=\"x-kind\">place</prop><tuv xml:lang=\"en\"><seg>A | B</seg><prop type=\"x-alias\">yes</prop></tuv></tu></body></tmx>",
         .tmx, "in:1:12: en alias 'A | B' of 'p-a' contains '|'"),
    ])
    func reportsEntriesTheGlossaryCannotHold(text: String, format: GlossaryFormat, expected: String) {
        let error = message(text, format)
        #expect(error.hasPrefix(expected), "got \(error)")
    }

    @Test func readsCSVAsSpreadsheetsWriteIt() throws {
        let text = "\u{FEFF}kind,id,en,vi,en_aliases,note\nplace,place-hue,Hue,Huế,\"Hue City | Hué\",\"says \"\"hi\"\", twice\"\n\n"
        let concept = try #require(try read(text, .csv).first)
        #expect(concept.id == "place-hue")
        #expect(concept.aliases[.english] == ["Hue City", "Hué"])
        #expect(concept.note == "says \"hi\", twice")
        #expect(concept.origin == "in:2")
    }

    @Test(arguments: [
        ("id,kind,en\n\"a,place,A\n", "in:2:1: a quoted field is not closed"),
        ("id,kind,en\na,place,A\"B\n", "in:2:10: a '\"' inside an unquoted field"),
        ("id,kind,en\n\"a\"x,place,A\n", "in:2:4: text after the closing quote"),
        ("id,kind,en\na,place\n", "in:2: expected 3 fields as in the header, found 2"),
        ("id,kind,fr\n", "in:1: unknown column 'fr'"),
        ("id,en,vi\n", "in:1: the header has no 'kind' column"),
        ("id,kind,en,en\n", "in:1: column 'en' appears twice"),
        ("id,kind,en\n", "in: no concepts found"),
        ("id,kind,en,note\n\"a\",\"place\",\"A\",\"line one\nline two\"\nb,plaice,B,\n", "in:4: 'b' has unknown kind 'plaice'"),
    ])
    func reportsMalformedCSV(text: String, expected: String) {
        let error = message(text, .csv)
        #expect(error.hasPrefix(expected), "got \(error)")
    }

    @Test(arguments: [
        ("[{\"id\": \"a\", \"kind\": \"place\",\n \"en\": 5}]", "in:2:8: 'en' must be a string or null"),
        ("[{\"id\": \"a\", \"kind\": \"place\", \"en_aliases\": \"A\"}]", "in:1:45: 'en_aliases' must be an array of strings or null"),
        ("[{\"id\": \"a\", \"kind\": \"place\", \"fr\": \"A\"}]", "in:1:37: unknown key 'fr'"),
        ("[{\"id\": \"a\", \"kind\": \"place\"", "in:1:29: the file ends inside an object (truncated?)"),
        ("{\"id\": \"a\"}", "in:1:1: expected an array of concept objects"),
        ("[{\"id\": \"a\\q\"}]", "in:1:11: unknown escape '\\q'"),
        ("[\"x\"]", "in:1:2: expected a concept object"),
        ("[] x", "in:1:4: unexpected text after the end of the JSON value"),
        ("[{\"id\": \"\\ud800\"}]", "in:1:"),
    ])
    func reportsMalformedJSON(text: String, expected: String) {
        let error = message(text, .json)
        #expect(error.hasPrefix(expected), "got \(error)")
    }

    @Test func refusesDeepJSON() {
        #expect(message(String(repeating: "[", count: 100_000), .json).contains("nested more than"))
    }

    @Test func reportsTSVProblemsAndInvalidUTF8() {
        #expect(message("id\tkind\n", .tsv).hasPrefix("in:1: the header must be"))
        let bytes: [UInt8] = Array("id,kind\n".utf8) + [0xFF]
        let error = ExchangeFixtures.message { () throws(NamesError) in _ = try GlossaryImporter.read(bytes, file: "in", format: .csv) }
        #expect(error?.hasPrefix("in:2:1: not valid UTF-8 (byte 8)") == true)
    }

    @Test(arguments: [
        ("a.tbx", GlossaryFormat.tbx), ("a.TMX", .tmx), ("dir.v2/a.csv", .csv), ("a.tsv", .tsv), ("a.json", .json),
    ])
    func formatsFollowTheExtension(path: String, format: GlossaryFormat) {
        #expect(GlossaryFormat(path: path) == format)
    }

    @Test func unknownExtensionsAreDetectedFromContents() {
        #expect(GlossaryFormat(path: "a.xml") == nil)
        #expect(GlossaryFormat(path: "dir.tbx/file") == nil)
        #expect(GlossaryFormat.detect(Array("<?xml version=\"1.0\"?>\n<!-- <tbx> -->\n<tmx/>".utf8)) == .tmx)
        #expect(GlossaryFormat.detect(Array("# c\nid\tkind\n".utf8)) == .tsv)
        #expect(GlossaryFormat.detect(Array("id,kind\n".utf8)) == .csv)
    }
}

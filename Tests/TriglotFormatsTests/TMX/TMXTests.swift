import Testing
@testable import TriglotFormats

/// The one TMX writer and reader: what is written reads back the same, other tools' files read,
/// and broken or hostile files are refused with a position.
@Suite struct TMXTests {
    static let document = TMXDocument(
        sourceLanguage: "en", segmentType: "sentence", originalFormat: "test", toolVersion: "9 & 9", notes: ["a <note>"],
        units: [
            TMXUnit(id: "1", creationDate: "20220705T120000Z", sourceLanguage: "zh",
                    properties: [TMXProperty(type: "x-source", value: "MOFA \"press\"")], notes: ["n1", "n2"],
                    variants: [TMXVariant(language: "zh", text: "王毅 & 裴青山"),
                               TMXVariant(language: "en", text: "Wang <Yi>", properties: [TMXProperty(type: "x-alias", value: "yes")])]),
            TMXUnit(variants: [TMXVariant(language: "vi", text: "Vương Nghị")]),
        ])

    /// The document without the positions a reader adds.
    private func withoutPositions(_ document: TMXDocument) -> TMXDocument {
        var copy = document
        for index in copy.units.indices {
            (copy.units[index].line, copy.units[index].column) = (0, 0)
            for variant in copy.units[index].variants.indices {
                (copy.units[index].variants[variant].line, copy.units[index].variants[variant].column) = (0, 0)
            }
        }
        return copy
    }

    private func message(_ text: String) -> String? {
        do { _ = try TMXReader.read(Array(text.utf8), file: "t.tmx"); return nil } catch { return error.description }
    }

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let text = TMXWriter.write(Self.document)
        let read = try TMXReader.read(Array(text.utf8), file: "t.tmx")
        #expect(withoutPositions(read) == Self.document)
        #expect(read.units[0].line == 7 && read.units[0].column == 5)
    }

    @Test func writesTheHeaderSelfClosedWithoutNotesAndEachVariantOnThreeLines() {
        var document = Self.document
        document.notes = []
        document.units = [TMXUnit(id: "7", variants: [TMXVariant(language: "en", text: "A")])]
        #expect(TMXWriter.write(document) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Triglot" creationtoolversion="9 &amp; 9" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
              <body>
                <tu tuid="7">
                  <tuv xml:lang="en">
                    <seg>A</seg>
                  </tuv>
                </tu>
              </body>
            </tmx>

            """)
    }

    @Test func readsOtherToolsFiles() throws {
        let read = try TMXReader.read(Array("""
            <?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4"><header srclang="*all*"/><body>
            <tu><tuv lang="en"><seg>Wang <bpt i="1">&lt;b&gt;</bpt>Yi<ept i="1">&lt;/b&gt;</ept> <hi>met</hi></seg><prop type="x-alias">yes</prop></tuv>
            <tuv xml:lang="vi"><seg>a</seg><seg>b</seg></tuv></tu></body></tmx>
            """.utf8), file: "t.tmx")
        #expect(read.sourceLanguage == "*all*")
        #expect(read.units[0].variants.map(\.text) == ["Wang Yi met", "a", "b"])
        #expect(read.units[0].variants[0].property("x-alias") == "yes")
        #expect(read.units[0].variants[1].line == 4)
    }

    @Test(arguments: [
        ("<tbx/>", "t.tmx:1:1: expected a TMX document (root <tmx>), found <tbx>"),
        ("<tmx><body><tu>\n<tuv><seg>x</seg></tuv></tu></body></tmx>", "t.tmx:2:1: <tuv> has no xml:lang"),
        ("<tmx><body><tu><seg>x</seg></tu></body></tmx>", "t.tmx:1:16: <seg> outside <tuv>"),
        ("<tmx><body><tu><tu/></tu></body></tmx>", "t.tmx:1:16: <tu> inside <tu>"),
        ("<!DOCTYPE tmx [<!ENTITY a \"b\">]><tmx/>", "t.tmx:1:16: the DOCTYPE declares entities"),
        ("<tmx><body><tu><tuv xml:lang=\"en\"><seg>&lol;</seg></tuv></tu></body></tmx>", "t.tmx:1:40: reference to entity '&lol;'"),
    ])
    func refusesBrokenAndHostileFilesWithAPosition(text: String, expected: String) {
        let error = message(text)
        #expect(error?.hasPrefix(expected) == true, "got \(error ?? "nil")")
    }
}

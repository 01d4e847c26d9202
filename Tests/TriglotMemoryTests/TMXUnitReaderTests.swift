import Testing
@testable import TriglotMemory

/// The TMX reader on good, malformed and hostile files.
@Suite struct TMXUnitReaderTests {
    private func read(_ text: String) throws(MemoryError) -> [TranslationUnit] {
        try TMXUnitReader.units(in: Array(text.utf8), file: "test.tmx")
    }

    private func failure(_ bytes: [UInt8]) -> MemoryError? {
        do { _ = try TMXUnitReader.units(in: bytes, file: "bad.tmx"); return nil } catch { return error }
    }

    @Test func readsUnitsWithAnyNumberOfLanguages() throws {
        let units = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4"><header srclang="en" datatype="plaintext"><note>ignored</note></header><body>
            <tu creationdate="20220705T120000Z"><prop type="x-source">MOFA</prop>
              <tuv xml:lang="en"><seg>Wang Yi met <bpt i="1">&lt;b&gt;</bpt>Bui Thanh Son<ept i="1">&lt;/b&gt;</ept> &amp; others.</seg></tuv>
              <tuv xml:lang="zh-Hans"><seg><![CDATA[王毅会见裴青山。]]></seg></tuv>
              <tuv lang="vi"><seg>Vương Nghị gặp Bùi Thanh Sơn&#x2E;</seg></tuv>
            </tu>
            <!-- a comment --><tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>
            </body></tmx>
            """)
        #expect(units.count == 2)
        #expect(units[0].variants.map(\.language) == ["en", "zh-Hans", "vi"])
        #expect(units[0].variants.map(\.text) == ["Wang Yi met Bui Thanh Son & others.", "王毅会见裴青山。", "Vương Nghị gặp Bùi Thanh Sơn."])
        #expect(units[0].source == "MOFA")
        #expect(units[0].created != nil)
        #expect(units[1].source == "test.tmx")
    }

    @Test func refusesExternalEntitiesAndEntityExpansion() {
        let external = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<tmx><body><tu><tuv xml:lang=\"en\"><seg>&xxe;</seg></tuv></tu></body></tmx>"
        var laughs = "<!DOCTYPE tmx [<!ENTITY lol \"lol\">"
        for level in 1...9 { laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1 == 0 ? "" : String(level - 1));", count: 10) + "\">" }
        laughs += "]><tmx><body><tu><tuv xml:lang=\"en\"><seg>&lol9;</seg></tuv></tu></body></tmx>"
        for text in [external, laughs] {
            guard case let .malformedInput(file, line, _, reason)? = failure(Array(text.utf8)) else { Issue.record("accepted"); continue }
            #expect(file == "bad.tmx")
            #expect(line >= 1)
            #expect(reason.contains("DOCTYPE"))
        }
        // An undeclared entity without any DTD is refused too.
        guard case let .malformedInput(_, line, column, reason)? = failure(Array("<tmx>\n<body>&ent;</body></tmx>".utf8)) else { Issue.record("accepted"); return }
        #expect((line, column) == (2, 7))
        #expect(reason.contains("&ent;"))
    }

    @Test func reportsTruncationWithPosition() {
        let full = "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv></tu></body></tmx>"
        for cut in [10, 30, 52, full.count - 3] {
            let bytes = Array(full.utf8.prefix(cut))
            guard case let .malformedInput(_, _, _, reason)? = failure(bytes) else { Issue.record("accepted a file cut at \(cut)"); continue }
            #expect(reason.contains("truncated") || reason.contains("never ends"), "cut at \(cut): \(reason)")
        }
        #expect(failure([]) != nil)
    }

    @Test func reportsInvalidUTF8WithOffset() {
        var bytes = Array("<tmx><body><tu><tuv xml:lang=\"en\"><seg>caf".utf8)
        bytes += [0xE9] + Array("</seg></tuv></tu></body></tmx>".utf8)
        guard case let .invalidUTF8(file, offset, line, _)? = failure(bytes) else { Issue.record("accepted"); return }
        #expect(file == "bad.tmx")
        #expect(offset == 42)
        #expect(line == 1)
    }

    @Test func reportsMismatchedTagsAndWrongRoot() {
        #expect(failure(Array("<tmx><body><tu></body></tmx>".utf8))?.description.contains("does not close <tu>") == true)
        #expect(failure(Array("<html></html>".utf8))?.description.contains("expected a TMX document") == true)
        #expect(failure(Array("<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>".utf8))?.description.contains("xml:lang") == true)
        let deep = "<tmx>" + String(repeating: "<a>", count: 100)
        #expect(failure(Array(deep.utf8))?.description.contains("nested more than") == true)
    }
}

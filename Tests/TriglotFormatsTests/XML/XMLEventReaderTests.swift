import Testing
@testable import TriglotFormats

/// The shared XML reader: the events it gives, and the hostile or broken input it refuses, each
/// at an exact line and column.
@Suite struct XMLEventReaderTests {
    static let declaresEntities = "the DOCTYPE declares entities; entity declarations are refused because they can read local files or expand without limit (remove the DOCTYPE's [...] part)"
    static let onlyPredefined = ": only &amp; &lt; &gt; &quot; &apos; and numeric references are read (DTD entities are never expanded)"

    /// The events of `bytes`, one line each: `<name line:column @offset attr=value…`, `>name`, `"text"`.
    private func events(_ bytes: [UInt8]) throws(FormatError) -> [String] {
        var reader = try XMLEventReader(bytes: bytes, file: "x.xml")
        var result: [String] = []
        while let event = try reader.next() {
            switch event {
            case let .start(tag):
                result.append((["<\(tag.name) \(tag.line):\(tag.column) @\(tag.offset)"] + tag.attributes.map { "\($0.name)=\($0.value)" }).joined(separator: " "))
            case let .end(name): result.append(">\(name)")
            case let .text(text): result.append("\"\(text)\"")
            }
        }
        return result
    }

    /// The message of the error reading `bytes` throws, or nil when it reads.
    private func message(_ bytes: [UInt8]) -> String? {
        do { _ = try events(bytes); return nil } catch { return error.description }
    }

    private func message(_ text: String) -> String? { message(Array(text.utf8)) }

    @Test func readsWellFormedInput() throws {
        let text = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<!-- c -->\n"
            + "<tmx v=\"1 &amp; 2\"\n     w='&#x4E2D;\t\r\nx'>\r\n  <é a=\"&lt;b&gt;\"/>x&lt;<![CDATA[<&>\r]]>y<!-- skip -->&#20013;&quot;&apos;\n</tmx>\n<?pi?>\n"
        let bytes = Array(text.utf8)
        let tmx = bytes.firstIndex(of: UInt8(ascii: "<"))!
        let tmxOffset = bytes.indices.first { bytes[$0...].starts(with: Array("<tmx".utf8)) }!
        let accentOffset = bytes.indices.first { bytes[$0...].starts(with: Array("<é".utf8)) }!
        #expect(tmx == 3)
        #expect(try events(bytes) == [
            "<tmx 4:1 @\(tmxOffset) v=1 & 2 w=中  x",
            "\"\n  \"",
            "<é 7:3 @\(accentOffset) a=<b>",
            ">é",
            "\"x<<&>\ny中\"'\n\"",
            ">tmx",
        ])
    }

    @Test func aSelfClosingRootIsAStartAndAnEnd() throws {
        #expect(try events(Array("<a/>".utf8)) == ["<a 1:1 @0", ">a"])
    }

    @Test func readsAnInternalSubsetWithoutEntitiesUnread() throws {
        #expect(try events(Array("<!DOCTYPE a [ <!ELEMENT a (#PCDATA)> <!-- ]> <!ENTITY --> ]><a>x</a>".utf8)) == ["<a 1:61 @60", "\"x\"", ">a"])
    }

    @Test func refusesTheBillionLaughsQuickly() {
        // Ten times more at each of nine levels: 10^9 "lol"s if anything were expanded.
        let levels = (1...9).map { level in " <!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">" }
        let lines = ["<?xml version=\"1.0\"?>", "<!DOCTYPE lolz [", " <!ENTITY lol0 \"lol\">"] + levels + ["]>", "<lolz>&lol9;</lolz>"]
        var error: String?
        #expect(ContinuousClock().measure { error = message(lines.joined(separator: "\n")) } < .seconds(1))
        #expect(error == "x.xml:3:2: " + Self.declaresEntities)
    }

    @Test(arguments: [
        // An external entity, declared in the internal subset.
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<foo>&xxe;</foo>", "x.xml:2:17: " + Self.declaresEntities),
        // A parameter entity that would load a remote DTD.
        ("<!DOCTYPE foo [\n<!ENTITY % remote SYSTEM \"http://example.com/evil.dtd\"> %remote; ]><foo/>", "x.xml:2:1: " + Self.declaresEntities),
        // An external DTD is never read, so its entities are unknown.
        ("<!DOCTYPE foo SYSTEM \"file:///etc/passwd\">\n<foo>&xxe;</foo>", "x.xml:2:6: reference to entity '&xxe;'" + Self.onlyPredefined),
        ("<a>\n  <b>&nbsp;</b></a>", "x.xml:2:6: reference to entity '&nbsp;'" + Self.onlyPredefined),
        ("<a x=\"&bogus;\"/>", "x.xml:1:7: reference to entity '&bogus;'" + Self.onlyPredefined),
        ("<a>AT&T</a>", "x.xml:1:6: '&' that does not start a reference; write a literal & as &amp;"),
        ("<!DOCTYPE a [ <!ELEMENT a ANY>", "x.xml:1:1: the DOCTYPE's internal subset is not closed (the file is truncated)"),
        ("<!DOCTYPE a SYSTEM \"a.dtd\"", "x.xml:1:1: the DOCTYPE is not closed (the file is truncated)"),
        ("<!DOCTYPE a><!DOCTYPE a><a/>", "x.xml:1:13: a second DOCTYPE"),
        ("<a><!DOCTYPE a></a>", "x.xml:1:4: '<!' inside an element: only comments and CDATA sections may start this way"),
    ])
    func refusesEntitiesAndDTDs(document: String, expected: String) {
        #expect(message(document) == expected)
    }

    @Test(arguments: [
        ("", "x.xml:1:1: no root element: the file is empty or not XML"),
        ("<a>\n<b>text", "x.xml:2:8: the file ends inside <b> opened at line 2 (truncated?)"),
        ("<a>\n<b x", "x.xml:2:1: the tag <b is not closed (the file is truncated)"),
        ("<a x=\"1>", "x.xml:1:6: the value of attribute 'x' is not closed (the file is truncated)"),
        ("<a>&am", "x.xml:1:4: the file ends inside the reference '&am' (truncated?)"),
        ("<a></a", "x.xml:1:7: the end tag </a is not closed (the file is truncated)"),
        ("<a><", "x.xml:1:5: the file ends where an element name was expected (truncated?)"),
        ("<a><!-- never closed </a>", "x.xml:1:4: a comment '<!--' is not closed (the file is truncated)"),
        ("<a><![CDATA[x</a>", "x.xml:1:4: a CDATA section is not closed (the file is truncated)"),
        ("<a><?pi </a>", "x.xml:1:4: a processing instruction '<?' is not closed (the file is truncated)"),
    ])
    func reportsTruncation(document: String, expected: String) {
        #expect(message(document) == expected)
    }

    @Test(arguments: [
        ("<a>\u{1}</a>", "x.xml:1:4: control character U+0001 is not allowed in XML"),
        ("<a>\n <![CDATA[\u{1B}]]></a>", "x.xml:2:11: control character U+001B is not allowed in XML"),
        ("<a x=\"é\u{FFFE}\"/>", "x.xml:1:8: the noncharacter U+FFFE is not allowed in XML"),
        ("<a>中\u{FFFF}</a>", "x.xml:1:5: the noncharacter U+FFFF is not allowed in XML"),
        ("<a>&#0;</a>", "x.xml:1:4: '&#0;' is not a valid XML character reference"),
        ("<a>&#xD800;</a>", "x.xml:1:4: '&#xD800;' is not a valid XML character reference"),
        ("<a>&#+65;</a>", "x.xml:1:4: '&#+65;' is not a valid XML character reference"),
        ("<a>&#X41;</a>", "x.xml:1:4: '&#X41;' is not a valid XML character reference"),
    ])
    func refusesCharactersXMLForbids(document: String, expected: String) {
        #expect(message(document) == expected)
    }

    @Test(arguments: [
        ("hello", "x.xml:1:1: text before the root element; the file does not start like XML"),
        ("<a/><b/>", "x.xml:1:5: content after the end of the root element <a>"),
        ("<a>\n  <b></a>", "x.xml:2:6: </a> does not close <b> opened at line 2, column 3"),
        ("<a x=\"1\" x=\"2\"/>", "x.xml:1:12: attribute 'x' appears twice in <a>"),
        ("<a x=1/>", "x.xml:1:6: the value of attribute 'x' of <a> must be in quotes"),
        ("<a x/>", "x.xml:1:5: attribute 'x' of <a> has no '=value'"),
        ("<a x=\"<\"/>", "x.xml:1:7: '<' inside the value of attribute 'x'; write it as &lt;"),
        ("<a x=\"1\"y=\"2\"/>", "x.xml:1:9: expected a space, '>' or '/>' in the tag <a>"),
        ("<1a/>", "x.xml:1:2: expected an element name, found '1'"),
        ("<a></a >", nil),
        ("<?xml version=\"1.0\" encoding=\"GB2312\"?><a/>", "x.xml:1:1: the file declares encoding 'gb2312'; only UTF-8 is read (convert it, e.g. iconv -f gb2312 -t UTF-8, and change the declaration)"),
    ] as [(String, String?)])
    func reportsMalformedXMLWithItsPosition(document: String, expected: String?) {
        #expect(message(document) == expected)
    }

    /// A tag with `count` attributes a0="0" a1="1" …, and `extra` after them.
    private func tag(attributes count: Int, extra: String = "") -> String {
        "<a" + (0..<count).map { " a\($0)=\"\($0)\"" }.joined() + extra + "/>"
    }

    @Test func readsManyAttributesAndStillFindsADuplicate() throws {
        let read = try events(Array(tag(attributes: 5_000).utf8))
        #expect(read.count == 2)
        #expect(read[0].hasSuffix(" a4999=4999"))
        let duplicate = message(tag(attributes: 5_000, extra: " a17=\"x\""))
        #expect(duplicate?.hasSuffix(": attribute 'a17' appears twice in <a>") == true, "got \(String(describing: duplicate))")
    }

    @Test func refusesMoreAttributesThanAnyElementNeeds() {
        // 100,000 attributes took 25 s when each was compared with all before it; now the
        // reader stops at the limit, at once.
        let limit = XMLEventReader.maximumAttributes
        #expect(message(tag(attributes: limit)) == nil)
        let document = tag(attributes: 100_000)
        // The error points at the first attribute too many.
        let column = document[..<document.firstRange(of: " a\(limit)=")!.lowerBound].count + 2
        #expect(message(document) == "x.xml:1:\(column): <a> has more than \(limit) attributes; no TBX or TMX element needs that many")
    }

    @Test func reportsInvalidUTF8WithOffsetLineAndColumn() {
        let bytes: [UInt8] = Array("<a>\n  ab".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
        #expect(throws: FormatError.invalidUTF8(file: "x.xml", offset: 8, line: 2, column: 5)) { try events(bytes) }
        #expect(message(bytes) == "x.xml:2:5: not valid UTF-8 (byte 8); convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)")
    }

    @Test func namesUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("<\0a\0/\0>\0".utf8)
        #expect(message(bytes) == "x.xml:1:1: the file is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let document = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(message(document) == "x.xml:1:\(XMLEventReader.maximumDepth * 3 + 1): elements are nested more than 64 deep; no TBX or TMX file needs that many levels")
        let deepest = String(repeating: "<a>", count: 64) + String(repeating: "</a>", count: 64)
        #expect(message(deepest) == nil)
    }

    @Test func callersReportTheirOwnProblemsAtATag() throws {
        var reader = try XMLEventReader(bytes: Array("<a>\n  <b/></a>".utf8), file: "x.xml")
        _ = try reader.next()
        _ = try reader.next()
        guard case let .start(tag)? = try reader.next() else { Issue.record("no <b>"); return }
        #expect(reader.failure(at: tag.offset, "<b> is not allowed here").description == "x.xml:2:3: <b> is not allowed here")
    }

    @Test func columnsCostLinearTimeOnALargeOneLineFile() throws {
        // Each start tag's column is counted on from the previous one, not from the line start.
        let tags = 50_000
        let bytes = Array(("<a>" + String(repeating: "<b x=\"é\">é</b>", count: tags) + "</a>").utf8)
        var starts: [String] = []
        let elapsed = try ContinuousClock().measure { starts = try events(bytes).filter { $0.hasPrefix("<b") } }
        #expect(elapsed < .seconds(5))
        #expect(starts.count == tags)
        #expect(starts.last?.hasPrefix("<b 1:\(4 + (tags - 1) * 14) @\(3 + (tags - 1) * 16) x=é") == true)
    }
}

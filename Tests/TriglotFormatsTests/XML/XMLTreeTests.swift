import Foundation
import Testing
@testable import TriglotFormats

/// The restricted XML reader: what it reads, and the hostile or broken input it refuses.
@Suite struct XMLTreeTests {
    private func parse(_ text: String) throws(FormatError) -> XMLTree {
        try XMLTree.parse(Array(text.utf8), file: "t.xml")
    }

    private func message(_ bytes: [UInt8]) -> String? {
        do { _ = try XMLTree.parse(bytes, file: "t.xml"); return nil } catch { return error.description }
    }

    private func message(_ text: String) -> String? { message(Array(text.utf8)) }

    @Test func readsElementsAttributesTextAndReferences() throws {
        let root = try parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- a comment -->
            <a x="1 &amp; 2" y='&quot;q&quot;'>
              <b>&lt;tag&gt; &#20013;&#x6587; &apos;</b><c/><![CDATA[<raw> & ]]>
            </a>
            """)
        #expect(root.name == "a")
        #expect(root.attribute("x") == "1 & 2")
        #expect(root.attribute("y") == "\"q\"")
        #expect(root.elements.map(\.name) == ["b", "c"])
        #expect(root.elements("b").first?.text == "<tag> 中文 '")
        #expect(root.text.contains("<raw> & "))
        #expect(root.elements("b").first?.line == 4)
        #expect(root.elements("b").first?.column == 3)
    }

    @Test func skipsAnExternalDTDWithoutReadingIt() throws {
        let root = try parse("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><body/></tmx>")
        #expect(root.name == "tmx")
    }

    @Test func normalizesLineEndsAndAttributeWhiteSpace() throws {
        let root = try parse("<a v=\"x\ny\">1\r\n2\r3</a>")
        #expect(root.attribute("v") == "x y")
        #expect(root.text == "1\n2\n3")
    }

    @Test func refusesTheBillionLaughsQuickly() throws {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            document += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        document += "]>\n<lolz>&lol9;</lolz>\n"
        let clock = ContinuousClock()
        var error: String?
        let elapsed = clock.measure { error = message(document) }
        #expect(elapsed < .seconds(1))
        #expect(error?.hasPrefix("t.xml:3:2: the DOCTYPE declares entities") == true, "\(error ?? "nil")")
    }

    @Test func refusesAnExternalEntityDeclaration() throws {
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<foo>&xxe;</foo>"
        let error = try #require(message(document))
        #expect(error.contains("t.xml:2:17:"))
        #expect(error.contains("entity declarations are refused"))
        #expect(!error.contains("root:"))
    }

    @Test func neverResolvesEntitiesOfAnExternalDTD() throws {
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo SYSTEM \"file:///etc/passwd\">\n<foo>&xxe;</foo>"
        let error = try #require(message(document))
        #expect(error.hasPrefix("t.xml:3:6: reference to entity '&xxe;'"))
    }

    @Test func refusesParameterEntitiesToo() {
        let document = "<!DOCTYPE foo [ <!ENTITY % remote SYSTEM \"http://example.com/evil.dtd\"> %remote; ]><foo/>"
        #expect(message(document)?.contains("entity declarations are refused") == true)
    }

    @Test func readsAnInternalSubsetWithoutEntities() throws {
        let root = try parse("<!DOCTYPE a [ <!ELEMENT a (#PCDATA)> <!-- ]> --> ]><a>x</a>")
        #expect(root.text == "x")
    }

    @Test(arguments: [
        ("<a><b></a>", "t.xml:1:7: </a> does not close <b> opened at line 1"),
        ("<a>\n<b>text", "t.xml:2:8: the file ends inside <b> opened at line 2 (truncated?)"),
        ("<a x=\"1>", "t.xml:1:6: the value of attribute 'x' is not closed (the file is truncated)"),
        ("", "t.xml:1:1: no root element: the file is empty or not XML"),
        ("hello", "t.xml:1:1: text before the root element; the file does not start like XML"),
        ("<a/><b/>", "t.xml:1:5: content after the end of the root element <a>"),
        ("<a>&nbsp;</a>", "t.xml:1:4: reference to entity '&nbsp;'"),
        ("<a>&#0;</a>", "t.xml:1:4: '&#0;' is not a valid XML character reference"),
        ("<a>AT&T</a>", "t.xml:1:6: '&' that does not start a reference"),
        ("<a x=\"1\" x=\"2\"/>", "t.xml:1:12: attribute 'x' appears twice in <a>"),
        ("<a x=1/>", "t.xml:1:6: the value of attribute 'x' of <a> must be in quotes"),
        ("<a>\u{1}</a>", "t.xml:1:4: control character U+0001 is not allowed in XML"),
        ("<?xml version=\"1.0\" encoding=\"GB2312\"?><a/>", "t.xml:1:1: the file declares encoding 'gb2312'"),
        ("<a><!-- never closed </a>", "t.xml:1:4: a comment '<!--' is not closed"),
    ])
    func reportsMalformedXMLWithItsPosition(document: String, expected: String) {
        let error = message(document)
        #expect(error?.hasPrefix(expected) == true, "got \(error ?? "nil")")
    }

    @Test func reportsInvalidUTF8WithLineAndColumn() {
        let bytes: [UInt8] = Array("<a>\n  ab".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
        let error = message(bytes)
        #expect(error?.hasPrefix("t.xml:2:5: not valid UTF-8 (byte 8)") == true, "got \(error ?? "nil")")
    }

    @Test func namesUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("<\0a\0/\0>\0".utf8)
        let error = message(bytes)
        #expect(error?.contains("UTF-16") == true)
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let document = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(message(document)?.contains("nested more than") == true)
    }

    @Test func readsALargeOneLineFileInLinearTime() throws {
        let document = "<a>" + String(repeating: "<b x=\"é\">é</b>", count: 50_000) + "</a>"
        let clock = ContinuousClock()
        var count = 0
        let elapsed = try clock.measure { count = try parse(document).elements.count }
        #expect(count == 50_000)
        #expect(elapsed < .seconds(5))
        #expect(try parse(document).elements.last?.column == 3 + 49_999 * 14 + 1)
    }

    @Test func escapingRoundTripsThroughTheReader() throws {
        let awkward = "a & b < c > d \"e\" 'f' \u{1} \u{FFFE} 中文 ý"
        let root = try parse("<a v=\"\(XMLText.escape(awkward))\">\(XMLText.escape(awkward))</a>")
        let expected = "a & b < c > d \"e\" 'f' \u{FFFD} \u{FFFD} 中文 ý"
        #expect(root.attribute("v") == expected)
        #expect(root.text == expected)
    }
}

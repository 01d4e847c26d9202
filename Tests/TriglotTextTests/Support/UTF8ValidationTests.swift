import Testing
@testable import TriglotText

@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([0x61, 0x62], nil as Int?),
        ([0xE7, 0x8E, 0x8B, 0xE6, 0xAF, 0x85], nil),         // 王毅
        ([0x61, 0xFF], 1),                                   // never valid
        ([0x61, 0x62, 0xC3], 2),                             // truncated sequence
        ([0xC0, 0xAF], 0),                                   // overlong "/"
        ([0xED, 0xA0, 0x80], 0),                             // a surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),                       // past U+10FFFF
        ([0x41, 0xE6, 0x41], 1),                             // continuation missing
        ([0xF0, 0x9F, 0x98, 0x80], nil),                     // 😀
    ])
    func findsTheFirstBadByte(bytes: [UInt8], offset: Int?) {
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset)
    }

    @Test func decodeThrowsWithTheOffset() throws {
        #expect(throws: TriglotTextError.invalidUTF8(offset: 3)) { try UTF8Validation.decode([0x61, 0x62, 0x63, 0x80]) }
        #expect(try UTF8Validation.decode(Array("Sơn".utf8)) == "Sơn")
    }

    @Test func scalarOffsetsCountCodePoints() {
        let text = "王毅 met Sơn 😀!"
        var cursor = ScalarOffsetCursor(text)
        #expect(cursor.scalarOffset(ofUTF8: 0) == 0)
        #expect(cursor.scalarOffset(ofUTF8: 6) == 2)     // after 王毅
        #expect(cursor.scalarOffset(ofUTF8: 11) == 7)    // after " met "
        #expect(cursor.scalarOffset(ofUTF8: text.utf8.count) == text.unicodeScalars.count)
        #expect(cursor.scalarOffset(ofUTF8: 3) == 1)     // going back restarts
    }
}

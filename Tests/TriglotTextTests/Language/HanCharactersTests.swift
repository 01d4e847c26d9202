import Testing
import TriglotText

@Suite struct HanCharactersTests {
    @Test(arguments: [
        // First and last of the unified block, extension A, a compatibility ideograph, extensions B and G.
        (0x4E00 as UInt32, true), (0x9FFF, true), (0x3400, true), (0x4DBF, true), (0xF900, true),
        (0x20000, true), (0x30000, true),
        // Just outside: Yijing hexagrams, kana, the ideographic full stop, 々 and 〇, Hangul, ASCII.
        (0x4DC0, false), (0x3042, false), (0x30A2, false), (0x3002, false), (0x3005, false), (0x3007, false),
        (0xAC00, false), (0x41, false),
    ])
    func tellsHanIdeographs(value: UInt32, expected: Bool) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(scalar.isHanIdeograph == expected)
        // The raw-value form the hot paths use gives the same answer.
        #expect(Unicode.Scalar.isHanIdeograph(value) == expected)
    }

    @Test func kanaIsNotHanButIsKana() {
        for scalar in "ひらがなカタカナ".unicodeScalars {
            #expect(scalar.isKana && !scalar.isHanIdeograph)
        }
        #expect(!("王" as Unicode.Scalar).isKana)
    }

    @Test func compatibilityIdeographsAreTheDuplicatesOnly() {
        #expect(("\u{F900}" as Unicode.Scalar).isCompatibilityIdeograph)
        #expect(("\u{2F800}" as Unicode.Scalar).isCompatibilityIdeograph)
        #expect(!("王" as Unicode.Scalar).isCompatibilityIdeograph)
        #expect(!("\u{20000}" as Unicode.Scalar).isCompatibilityIdeograph)
    }
}

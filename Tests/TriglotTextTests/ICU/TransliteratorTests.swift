import Testing
@testable import TriglotText

@Suite struct TransliteratorTests {
    @Test func hanLatinGivesPinyin() throws {
        #expect(try Transliterator("Han-Latin").transform("王毅") == "wáng yì")
    }

    @Test func compoundIDsChain() throws {
        #expect(try Transliterator("Han-Latin; Latin-ASCII").transform("裴青山") == "pei qing shan")
        #expect(try Transliterator("Latin-ASCII").transform("Bùi Thanh Sơn") == "Bui Thanh Son")
    }

    @Test func transformsThatGrowTheTextGetRoom() throws {
        let text = String(repeating: "澜湄合作", count: 500)
        let result = try Transliterator("Han-Latin").transform(text)
        #expect(result.hasPrefix("lán méi hé zuò"))
        #expect(result.count > text.count * 3)
    }

    @Test func anUnknownIDIsAClearError() {
        #expect(throws: TriglotTextError.self) { try Transliterator("No-Such-Transform") }
        do {
            _ = try Transliterator("No-Such-Transform")
        } catch {
            #expect(error.description.contains("No-Such-Transform"))
        }
    }

    @Test func emptyTextStaysEmpty() throws {
        #expect(try Transliterator("Any-NFC").transform("") == "")
    }

    @Test func icuVersionIsKnown() {
        #expect(ICU.version.split(separator: ".").count >= 2)
    }
}

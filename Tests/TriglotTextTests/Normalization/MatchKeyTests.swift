import Testing
@testable import TriglotText

@Suite struct MatchKeyTests {
    @Test(arguments: [
        ("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Hoà Bình", "HÒA BÌNH"),
        ("Thuỵ Điển", "thụy điển"), ("quý", "qúy"),
    ])
    func strictKeyUnifiesTonePlacementAndCase(a: String, b: String) {
        #expect(MatchKey.strict(a) == MatchKey.strict(b))
    }

    @Test func strictKeyKeepsDistinctTonesAndLetters() {
        #expect(MatchKey.strict("Lê") != MatchKey.strict("Lệ"))
        #expect(MatchKey.strict("Sơn") != MatchKey.strict("Son"))
        #expect(MatchKey.strict("Nguyễn") == "nguyễn")
    }

    @Test func strictKeyIsNFC() {
        let decomposed = "Bu\u{300}i"  // u + combining grave
        #expect(MatchKey.strict(decomposed) == "bùi")
        #expect(MatchKey.strict(decomposed).unicodeScalars.count == 3)
    }

    @Test func strictKeyMovesTheMarkToTheQualityVowel() {
        // ươ carries the tone on ơ, wherever it was typed.
        #expect(MatchKey.strict("ngừơi") == MatchKey.strict("người"))
        #expect(MatchKey.strict("người") == "người")
    }

    @Test(arguments: [
        ("Bùi Thanh Sơn", "bui thanh son"), ("Đà Nẵng", "da nang"), ("ĐỒNG", "dong"),
        ("Nguyễn Phú Trọng", "nguyen phu trong"), ("São Paulo", "sao paulo"), ("王毅", "王毅"),
    ])
    func looseKeyFoldsDiacriticsAndCase(text: String, key: String) {
        #expect(MatchKey.loose(text) == key)
    }

    @Test func keysNeverChangeTheShownText() {
        let shown = "Thuỷ"
        _ = MatchKey.strict(shown)
        _ = MatchKey.loose(shown)
        #expect(shown == "Thuỷ")
    }

    @Test func nfcComposesAndLeavesComposedTextAlone() {
        #expect("Vie\u{323}\u{302}t".nfc == "Việt")
        #expect("Việt".nfc == "Việt")
        #expect("plain".nfc == "plain")
        #expect(NormalizationForm.nfd.apply("ệ").unicodeScalars.count == 3)
    }
}

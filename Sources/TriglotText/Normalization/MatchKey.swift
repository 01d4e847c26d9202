/// Keys for matching text regardless of how it was typed. The text shown to users is never
/// changed; only these keys are compared.
public enum MatchKey {
    /// NFC, lower case, and Vietnamese tone marks on one canonical vowel (hoà = hòa,
    /// thuỷ = thủy); other diacritics kept, so Lê and Lệ stay apart.
    public static func strict(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        let decomposed = NormalizationForm.nfd.apply(text).unicodeScalars
        var syllable: [Unicode.Scalar] = []
        func flush() {
            if !syllable.isEmpty {
                output.append(contentsOf: VietnameseTone.canonicalPlacement(syllable))
                syllable.removeAll(keepingCapacity: true)
            }
        }
        for scalar in decomposed {
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                syllable.append(scalar)
            } else {
                flush()
                output.append(scalar)
            }
        }
        flush()
        return String(output).lowercased().nfc
    }

    /// `text` as shown, with each Vietnamese syllable's tone mark moved to the traditional
    /// position that names and the press mostly use (hoà → hòa, thuỷ → thủy); case and other
    /// letters unchanged. For making forms, not for matching.
    public static func traditionalTonePlacement(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var syllable: [Unicode.Scalar] = []
        func flush() {
            if !syllable.isEmpty {
                output.append(contentsOf: VietnameseTone.canonicalPlacement(syllable))
                syllable.removeAll(keepingCapacity: true)
            }
        }
        for scalar in NormalizationForm.nfd.apply(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                syllable.append(scalar)
            } else {
                flush()
                output.append(scalar)
            }
        }
        flush()
        return String(output).nfc
    }

    /// Lower case with every diacritic removed and đ read as d: the key that finds "Bùi Thanh
    /// Sơn" from "bui thanh son".
    public static func loose(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in NormalizationForm.nfd.apply(text).unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF:
                continue
            case 0x0110, 0x0111:
                output.append("d")
            default:
                output.append(scalar)
            }
        }
        return String(output).lowercased()
    }
}

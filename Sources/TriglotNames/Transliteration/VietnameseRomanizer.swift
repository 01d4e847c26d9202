import TriglotText

/// Vietnamese → English: diacritics removed and đ written d, case kept (Bùi Thanh Sơn → Bui
/// Thanh Son), as English news writes Vietnamese names.
public enum VietnameseRomanizer {
    /// The unaccented form.
    public static func romanize(_ name: String) -> RuleCandidate {
        var output = String.UnicodeScalarView()
        for scalar in NormalizationForm.nfd.apply(name).unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0110: output.append("D")
            case 0x0111: output.append("d")
            default: output.append(scalar)
            }
        }
        return RuleCandidate(text: String(output), rule: "unaccented", confidence: 0.95)
    }
}

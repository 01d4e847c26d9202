import TriglotText

/// The current PRC standard's say on a character's Mandarin reading: ICU's Han-Latin follows
/// Unihan's kMandarin, which keeps some readings the 2013 standard (通用规范汉字字典, Unihan
/// kTGHZ2013, `Resources/unihan/standard-mandarin.tsv`) has dropped or re-toned: 帧 zhèng for
/// zhēn, 阚 hǎn for the surname Kàn, 珩 háng for héng, 罗 luō for luó.
extension HanTables {
    /// `reading` as the 2013 standard reads `character`: kept when the standard lists it, or
    /// when the character is outside the standard's table (traditional and rare characters;
    /// the caller passes a traditional character's simplified form when the two read alike);
    /// else the standard reading with the same letters (a tone corrected: 罗 luō → luó), else
    /// the standard's most frequent reading by kHanyuPinlu (帧 zhèng → zhēn, 著 zhe → zhù).
    func standardReading(_ reading: String, of character: Character) -> String {
        guard let standard = standardMandarin[character], !standard.isEmpty else { return reading }
        let wanted = reading.nfc
        if standard.contains(wanted) { return reading }
        let letters = Self.toneless(wanted)
        return standard.first(where: { Self.toneless($0) == letters }) ?? standard[0]
    }

    /// A pinyin syllable without its tone mark (ü and ê keep their own marks).
    static func toneless(_ syllable: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in NormalizationForm.nfd.apply(syllable.lowercased()).unicodeScalars
        where ![0x0300, 0x0301, 0x0304, 0x030C].contains(scalar.value) {
            output.append(scalar)
        }
        return String(output).nfc
    }
}

extension Language {
    /// Whether at least a fifth of `text`'s Latin-script words carry letters that Vietnamese
    /// alone writes (ơ ư đ, and ả ấ … ỹ with their stacked marks). Unlike ``detect(_:)``, which
    /// counts é, à and ô as Vietnamese too, French, Portuguese or German text never passes:
    /// this tells Vietnamese from another Latin-script language.
    public static func writesVietnameseLetters(_ text: String) -> Bool {
        var words = 0, vietnamese = 0
        var inWord = false, marked = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isLatin = (value < 0x80 && scalar.properties.isAlphabetic) || (0xC0...0x24F).contains(value)
                || (0x300...0x36F).contains(value) || (0x1E00...0x1EFF).contains(value)
            if isLatin {
                inWord = true
                if isVietnameseOnly(value) { marked = true }
            } else if inWord {
                words += 1
                if marked { vietnamese += 1 }
                inWord = false
                marked = false
            }
        }
        if inWord {
            words += 1
            if marked { vietnamese += 1 }
        }
        return words > 0 && vietnamese * 5 >= words
    }

    /// ơ Ơ ư Ư đ Đ (and the horn of decomposed ơ ư), and the letters of Latin Extended
    /// Additional that only Vietnamese writes (U+1EA0–U+1EF9 but ẹ and ọ, which Yoruba uses;
    /// ă is left out, as Romanian writes it).
    private static func isVietnameseOnly(_ value: UInt32) -> Bool {
        switch value {
        case 0x1EB8, 0x1EB9, 0x1ECC, 0x1ECD: return false
        case 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x0110, 0x0111, 0x031B, 0x1EA0...0x1EF9: return true
        default: return false
        }
    }
}

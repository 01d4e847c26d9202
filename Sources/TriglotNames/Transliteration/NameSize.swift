/// The longest name the transliteration rules read. A real name has a handful of syllables
/// (Chinese organisation names run to a dozen characters); a longer "name" is a run of text
/// without spaces or a whole document on one line, and gets no rule forms at all, so the rules
/// cost little per name whatever the input. The check itself looks at no more than the first
/// ``maxLetters`` letters, however long the name.
public enum NameSize {
    /// The most syllables a name read by rule has: each Chinese character is one, each run of
    /// other letters (a word of Latin script) one.
    public static let maxSyllables = 16

    /// The most letters (characters other than white space and hyphens) a name read by rule has.
    public static let maxLetters = 64

    /// Whether `name` is short enough for the rules: at most ``maxSyllables`` syllables and
    /// ``maxLetters`` letters.
    public static func isReadable(_ name: String) -> Bool {
        var letters = 0, syllables = 0
        var inWord = false
        for character in name {
            if character.isWhitespace || character == "-" {
                inWord = false
                continue
            }
            letters += 1
            let han = character.unicodeScalars.first?.isHanIdeograph ?? false
            if han || !inWord { syllables += 1 }
            inWord = !han
            if letters > maxLetters || syllables > maxSyllables { return false }
        }
        return true
    }
}

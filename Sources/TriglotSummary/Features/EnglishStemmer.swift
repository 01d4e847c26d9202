/// A light English stemmer: enough to match "meets", "meeting" and "met"'s neighbours
/// ("meet") without the cost or surprises of a full Porter stemmer.
enum EnglishStemmer {
    /// The stem of a lower-case word.
    static func stem(_ word: String) -> String {
        var characters = Array(word.utf8)
        guard characters.count > 3, characters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        // A suffix only counts when at least three letters would remain.
        func ends(_ suffix: String) -> Bool {
            let bytes = Array(suffix.utf8)
            return characters.count >= bytes.count + 3 && characters.suffix(bytes.count).elementsEqual(bytes)
        }
        func plainlyEnds(_ suffix: String) -> Bool { characters.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        func replace(_ count: Int, with suffix: String) {
            characters.removeLast(count)
            characters.append(contentsOf: suffix.utf8)
        }
        if ends("ies") { replace(3, with: "y") }
        else if ends("sses") { replace(2, with: "") }
        else if ends("s") && !plainlyEnds("ss") && !plainlyEnds("us") && !plainlyEnds("is") { replace(1, with: "") }
        if ends("ing") { replace(3, with: ""); undouble(&characters) }
        else if ends("ed") { replace(2, with: ""); undouble(&characters) }
        else if ends("ly") { replace(2, with: "") }
        return String(decoding: characters, as: UTF8.self)
    }

    /// "stopp" → "stop", "plann" → "plan"; "ll", "ss" and "zz" stay.
    private static func undouble(_ characters: inout [UInt8]) {
        guard characters.count >= 3, let last = characters.last, characters[characters.count - 2] == last,
              !"lsz".utf8.contains(last), !"aeiou".utf8.contains(last) else { return }
        characters.removeLast()
    }
}

import TriglotText

/// The spellings a ``SentenceTerms`` has seen, each with its term number (that of its NFC,
/// lower-cased, stemmed form), whether it is a stop word and whether it is capitalised.
struct Vocabulary {
    /// What entries depend on.
    struct Context {
        let language: Language
        let stopWords: Set<TermKey>
    }

    private var spellingsSeen = ByteTable()
    private(set) var entries: [SentenceTerms.Entry] = []
    private var numbers: [TermKey: UInt32] = [:]
    /// Each term number's spelling.
    private(set) var spellings: [String] = []

    /// The entry for a token as written, made on first sight.
    mutating func entry(_ token: UnsafeBufferPointer<UInt8>, _ context: Context) -> SentenceTerms.Entry {
        if let known = spellingsSeen.find(token) { return entries[Int(known)] }
        spellingsSeen.insert(token)
        // First sight of this spelling: its number is that of its NFC form, so text in other
        // normalisation forms gets the same terms.
        let spelling = String(decoding: token, as: UTF8.self)
        let lowered = Self.lowercased(Substring(spelling.nfc))
        let stem = context.language == .english ? EnglishStemmer.stem(lowered) : lowered
        let stemKey = TermKey(stem)
        let number: UInt32
        if let known = numbers[stemKey] {
            number = known
        } else {
            number = UInt32(spellings.count)
            numbers[stemKey] = number
            spellings.append(stem)
        }
        let made = SentenceTerms.Entry(term: number, isStop: context.stopWords.contains(TermKey(lowered)),
                                       isCapitalised: spelling.unicodeScalars.first.map { $0.properties.isUppercase } ?? false)
        entries.append(made)
        return made
    }

    /// Lower case, without Unicode tables for ASCII words.
    private static func lowercased(_ token: Substring) -> String {
        if token.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: token.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return token.lowercased()
    }
}

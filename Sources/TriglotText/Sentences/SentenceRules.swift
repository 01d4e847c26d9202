/// A language's sentence-boundary data, read from `Resources/sentence-rules/<code>.txt`.
struct SentenceRules: Sendable {
    /// Words before a name: a period after one never ends a sentence.
    var titles: Set<String> = []
    /// Abbreviations that end a sentence only before a word in `starters`.
    var abbreviations: Set<String> = []
    /// Abbreviations that stand before numbers ("No. 5").
    var numberPrefixes: Set<String> = []
    /// Words that begin a sentence after an abbreviation; empty means any capitalised word.
    var starters: Set<String> = []
    /// Abbreviations that never end a sentence, though they stand before no name ("e.g.").
    var nonFinal: Set<String> = []
    /// Abbreviations that end a sentence before any capitalised word not in `continuers` ("p.m.").
    var enders: Set<String> = []
    /// Capitalised words that go on the sentence after an `enders` abbreviation ("Tuesday").
    var continuers: Set<String> = []
    /// One-letter words that are no initials after a lower-case word ("I" in "you and I.").
    var letterWords: Set<String> = []
    /// Switches of the rules that hold for the whole language (see ``keepsQuotationsWhole``).
    var settings: Set<String> = []

    /// Whether a quotation that closes on its line is never split (`quotations-whole` in
    /// [settings]): English news and prose quote several sentences before one attribution.
    private(set) var keepsQuotationsWhole = false
    /// The switches [settings] may hold.
    static let knownSettings: Set<String> = ["quotations-whole"]

    /// What a word is to the rules: one bit per section it is listed in.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt16
        static let title = WordClass(rawValue: 1 << 0)
        static let abbreviation = WordClass(rawValue: 1 << 1)
        static let numberPrefix = WordClass(rawValue: 1 << 2)
        static let starter = WordClass(rawValue: 1 << 3)
        static let nonFinal = WordClass(rawValue: 1 << 4)
        static let ender = WordClass(rawValue: 1 << 5)
        static let continuer = WordClass(rawValue: 1 << 6)
        static let letterWord = WordClass(rawValue: 1 << 7)
    }

    /// Every listed word with its classes: one hash lookup answers every section at once
    /// (this runs at each sentence boundary).
    private(set) var classes: [String: WordClass] = [:]
    /// The byte length of the longest listed word: longer words need no lookup.
    private(set) var longestEntry = 0
    /// The byte length of the longest word a period can follow in the lists (all but starters
    /// and continuers, which are next words).
    private(set) var longestPeriodWord = 0
    /// The classes of listed ASCII words of up to 8 bytes, keyed by ``pack(_:)``.
    private var packedClasses: [UInt64: WordClass] = [:]

    /// Up to 8 ASCII bytes, lower-cased, as one integer key; nil for longer or non-ASCII words.
    @inline(__always)
    static func pack<Bytes: Collection>(_ bytes: Bytes) -> UInt64? where Bytes.Element == UInt8 {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            key = key << 8 | UInt64(lowered)
        }
        return key | UInt64(bytes.count) << 60
    }

    /// The classes of a word packed by ``pack(_:)``.
    @inline(__always)
    func classes(ofPacked key: UInt64) -> WordClass { packedClasses[key] ?? [] }

    /// The classes of a lower-case `key` (empty when it is not listed).
    @inline(__always)
    func classes(of key: String) -> WordClass {
        key.utf8.count > longestEntry ? [] : classes[key] ?? []
    }

    /// Parses the rules file format: `[section]` lines, entries one per line, `#` comments.
    init(parsing text: String, file: String) throws(TriglotTextError) {
        var section: WritableKeyPath<SentenceRules, Set<String>>?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: " \t\r")
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                switch line {
                case "[titles]": section = \.titles
                case "[abbreviations]": section = \.abbreviations
                case "[number-prefixes]": section = \.numberPrefixes
                case "[starters]": section = \.starters
                case "[non-final]": section = \.nonFinal
                case "[enders]": section = \.enders
                case "[continuers]": section = \.continuers
                case "[letter-words]": section = \.letterWords
                case "[settings]": section = \.settings
                default: throw .malformedRules(file: file, line: number + 1, reason: "unknown section \(line)")
                }
                continue
            }
            guard let section else {
                throw .malformedRules(file: file, line: number + 1, reason: "entry before any [section]")
            }
            if section == \.settings && !Self.knownSettings.contains(line.lowercased()) {
                throw .malformedRules(file: file, line: number + 1, reason: "unknown setting \(line)")
            }
            self[keyPath: section].insert(line.lowercased())
        }
        let sections: [(Set<String>, WordClass)] = [
            (titles, .title), (abbreviations, .abbreviation), (numberPrefixes, .numberPrefix), (starters, .starter),
            (nonFinal, .nonFinal), (enders, .ender), (continuers, .continuer), (letterWords, .letterWord),
        ]
        for (words, wordClass) in sections {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        keepsQuotationsWhole = settings.contains("quotations-whole")
        longestEntry = classes.keys.map(\.utf8.count).max() ?? 0
        longestPeriodWord = classes.filter { !$0.value.isSubset(of: [.starter, .continuer]) }.keys.map(\.utf8.count).max() ?? 0
        for (word, wordClass) in classes {
            if let key = Self.pack(Array(word.utf8)) { packedClasses[key] = wordClass }
        }
    }

    init() {}

    /// The shipped rules for `language`, parsed once.
    static func shipped(for language: Language) -> SentenceRules {
        switch language {
        case .english: return english
        case .vietnamese: return vietnamese
        case .chinese: return chinese
        }
    }

    private static let english = load(PackageResources.en_txt, "en.txt")
    private static let vietnamese = load(PackageResources.vi_txt, "vi.txt")
    private static let chinese = load(PackageResources.zh_txt, "zh.txt")

    private static func load(_ bytes: [UInt8], _ name: String) -> SentenceRules {
        do {
            return try SentenceRules(parsing: String(decoding: bytes, as: UTF8.self), file: name)
        } catch {
            // The shipped files are checked by tests; a broken one is a build defect.
            fatalError("shipped sentence rules \(name): \(error)")
        }
    }
}

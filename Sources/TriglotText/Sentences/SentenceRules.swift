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
                default: throw .malformedRules(file: file, line: number + 1, reason: "unknown section \(line)")
                }
                continue
            }
            guard let section else {
                throw .malformedRules(file: file, line: number + 1, reason: "entry before any [section]")
            }
            self[keyPath: section].insert(line.lowercased())
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

extension StringProtocol {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

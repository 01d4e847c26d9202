import TriglotText

/// A span of text that reads as a name.
public struct SpottedName: Equatable, Sendable {
    /// The name as written.
    public let text: String
    /// The language it is read as: its sentence's for Latin script, Chinese for characters.
    public let language: Language
    /// Where it is, as UTF-8 byte offsets.
    public let utf8Range: Range<Int>

    public init(text: String, language: Language, utf8Range: Range<Int>) {
        self.text = text
        self.language = language
        self.utf8Range = utf8Range
    }
}

/// Finds spans that read as names, for the names a glossary lacks: sequences of capitalised
/// English or Vietnamese words (two or more, or one not at the start of a sentence, without
/// sentence-initial function words), and in Chinese two or three characters after a common
/// surname, read from ICU's dictionary tokens (it breaks names it does not know into single
/// characters). Heuristics: they find candidates for a translator to check, never facts.
///
/// Not thread-safe (it owns ICU iterators and transforms); make one per thread.
public final class UnknownNameSpotter {
    private let sentences: SentenceSegmenter
    private let words: WordSegmenter
    private let pinyin: PinyinRomanizer

    public init() throws(TriglotTextError) {
        sentences = try SentenceSegmenter()
        words = try WordSegmenter()
        pinyin = try PinyinRomanizer()
    }

    /// The names in `text` outside the byte ranges `known` (names already found), in order.
    /// Single capitalised words that repeat a word of a known name ("Wang" after "Wang Yi") are
    /// left out: they are the known name again.
    public func names(in text: String, excluding known: [Range<Int>]) throws(TriglotTextError) -> [SpottedName] {
        let utf8 = Array(text.utf8)
        let sentenceList = try sentences.sentences(in: text)
        let tokens = try words.tokens(in: text)
        let known = known.sorted { $0.lowerBound < $1.lowerBound }
        var knownWords = Set<String>()
        for range in known {
            for word in String(decoding: utf8[range], as: UTF8.self).split(whereSeparator: { !$0.isLetter }) {
                knownWords.insert(MatchKey.loose(String(word)))
            }
        }
        // The largest end among the known ranges up to each one, so a binary search finds
        // whether any known range overlaps: a long text holds thousands of known names.
        var reach: [Int] = []
        reach.reserveCapacity(known.count)
        for range in known { reach.append(max(reach.last ?? 0, range.upperBound)) }
        func isKnown(_ range: Range<Int>) -> Bool {
            // The known ranges starting before `range` ends: the last of them reaching past its
            // start overlaps it.
            var low = 0, high = known.count
            while low < high {
                let middle = (low + high) / 2
                if known[middle].lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
            }
            return low > 0 && reach[low - 1] > range.lowerBound && !range.isEmpty
        }

        var found: [SpottedName] = []
        var tokenIndex = 0
        for sentence in sentenceList {
            var sentenceTokens: [Token] = []
            while tokenIndex < tokens.count && tokens[tokenIndex].utf8Range.lowerBound < sentence.utf8Range.upperBound {
                if tokens[tokenIndex].utf8Range.lowerBound >= sentence.utf8Range.lowerBound { sentenceTokens.append(tokens[tokenIndex]) }
                tokenIndex += 1
            }
            let latinLanguage: Language = sentence.language == .chinese ? .english : sentence.language
            found += capitalisedRuns(sentenceTokens, utf8, language: latinLanguage, isKnown: isKnown, knownWords: knownWords)
            found += chineseNames(sentenceTokens, utf8, isKnown: isKnown)
        }
        return found.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// Runs of capitalised words, as the type's comment describes.
    private func capitalisedRuns(_ tokens: [Token], _ utf8: [UInt8], language: Language, isKnown: (Range<Int>) -> Bool,
                                 knownWords: Set<String>) -> [SpottedName] {
        func string(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }
        var names: [SpottedName] = []
        var run: [Token] = []
        var runStartsSentence = false
        let firstWord = tokens.firstIndex { $0.kind == .word || $0.kind == .number }
        func close() {
            defer { run = [] }
            // A slice, so dropping the leading words of a long run stays linear.
            var words = run[...]
            var atStart = runStartsSentence
            if atStart, let first = words.first, Self.notNames.function.contains(string(first.utf8Range).lowercased()) {
                words = words.dropFirst()
                atStart = false
            }
            guard !words.isEmpty, words.count >= 2 || !atStart else { return }
            // "Vietnamese Deputy Minister Ha Kim Ngoc": titles and nationalities go before the name.
            while words.count > 1, Self.notNames.leading.contains(string(words.first!.utf8Range).lowercased()) { words = words.dropFirst() }
            // "Foreign Ministers", "Chinese": titles, event words and nationalities alone.
            if words.allSatisfy({ word in
                let key = string(word.utf8Range).lowercased()
                return Self.notNames.leading.contains(key) || Self.notNames.generic.contains(key)
            }) { return }
            if words.count == 1 {
                let word = string(words.first!.utf8Range)
                if Self.notNames.function.contains(word.lowercased()) || knownWords.contains(MatchKey.loose(word)) { return }
                // An acronym alone is more often a party or body than a person: still a name.
            }
            let range = words.first!.utf8Range.lowerBound..<words.last!.utf8Range.upperBound
            names.append(SpottedName(text: string(range), language: language, utf8Range: range))
        }
        for (index, token) in tokens.enumerated() {
            var joins = true
            if let previous = run.last {
                joins = utf8[previous.utf8Range.upperBound..<token.utf8Range.lowerBound].allSatisfy { $0 == 0x20 }
            }
            if Self.isCapitalised(token, utf8) && !isKnown(token.utf8Range) && joins {
                if run.isEmpty { runStartsSentence = index == firstWord }
                run.append(token)
                continue
            }
            if !run.isEmpty { close() }
            if Self.isCapitalised(token, utf8) && !isKnown(token.utf8Range) {
                runStartsSentence = index == firstWord
                run.append(token)
            }
        }
        if !run.isEmpty { close() }
        return names
    }

    /// Chinese names: ICU's dictionary keeps the words it knows whole and breaks the names it
    /// does not know into single characters, so a name is a run of two or three single-character
    /// tokens (four with a compound surname), between words or punctuation, that
    /// PinyinRomanizer reads as a personal name. Function characters before the surname
    /// (在张东强) are left out of the run; a run that is longer is prose, not a name.
    private func chineseNames(_ tokens: [Token], _ utf8: [UInt8], isKnown: (Range<Int>) -> Bool) -> [SpottedName] {
        func single(_ token: Token) -> Character? {
            let text = String(decoding: utf8[token.utf8Range], as: UTF8.self)
            guard text.count == 1, let scalar = text.unicodeScalars.first, scalar.isHanIdeograph,
                  !isKnown(token.utf8Range) else { return nil }
            return text.first
        }
        var names: [SpottedName] = []
        var index = 0
        while index < tokens.count {
            guard single(tokens[index]) != nil else { index += 1; continue }
            var next = index + 1
            while next < tokens.count, tokens[next].utf8Range.lowerBound == tokens[next - 1].utf8Range.upperBound,
                  single(tokens[next]) != nil {
                next += 1
            }
            // A slice, so dropping the leading function characters of a long run stays linear.
            var run = tokens[index..<next]
            index = next
            while let first = run.first, let character = single(first), Self.notNames.characters.contains(character) {
                run = run.dropFirst()
            }
            guard (2...4).contains(run.count),
                  !run.dropFirst().contains(where: { single($0).map(Self.notNames.characters.contains) ?? true })
            else { continue }
            let range = run.first!.utf8Range.lowerBound..<run.last!.utf8Range.upperBound
            let text = String(decoding: utf8[range], as: UTF8.self)
            guard let surname = pinyin.surname(of: text), run.count - surname.count >= 1, run.count - surname.count <= 2 else { continue }
            names.append(SpottedName(text: text, language: .chinese, utf8Range: range))
        }
        return names
    }

    private static func isCapitalised(_ token: Token, _ utf8: [UInt8]) -> Bool {
        guard token.kind == .word else { return false }
        let lead = utf8[token.utf8Range.lowerBound]
        // Abbreviations with their period ("Mr.", "Gen.") are titles, not names.
        if utf8[token.utf8Range.upperBound - 1] == 0x2E { return false }
        if lead < 0x80 { return (0x41...0x5A).contains(lead) }
        guard let scalar = String(decoding: utf8[token.utf8Range], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isUppercase
    }

    /// Words and characters that are not names, by kind (Resources/curated/not-names.tsv).
    static let notNames: (function: Set<String>, leading: Set<String>, generic: Set<String>, characters: Set<Character>) = {
        var function = Set<String>(), leading = Set<String>(), generic = Set<String>(), characters = Set<Character>()
        for line in EmbeddedText.not_names.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3 else { continue }
            let words = fields[2].split(separator: " ").map(String.init)
            switch fields[0] {
            case "function": function.formUnion(words)
            case "leading": leading.formUnion(words)
            case "generic": generic.formUnion(words)
            case "character": characters.formUnion(words.compactMap(\.first))
            default: continue
            }
        }
        return (function, leading, generic, characters)
    }()
}

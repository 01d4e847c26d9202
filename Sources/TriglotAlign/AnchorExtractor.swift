import TriglotNames
import TriglotText

/// What in a sentence survives translation, as keys equal on both sides when the two sentences
/// say the same thing: numbers; glossary names (the concept, whatever the form); names written
/// by transliteration (an English or Vietnamese name and the pinyin or Hán-Việt reading of
/// Chinese characters); and, between two alphabetic languages, identical words and cognates
/// (a long common prefix: "Regierung"/"regierung", "international"/"internationale") and
/// acronyms (TED, DNA), which are short but kept as they are; between English, Vietnamese and
/// Chinese, the common words of ``BilingualLexicon``, weighted below the rest (a word is
/// translated more freely than a name or a figure).
///
/// Keys are interned to integers, each sentence keeping a sorted list; only keys found in both
/// documents are kept, each weighted by how rare it is (one over the number of sentences it
/// occurs in on the busier side), so a name repeated in every paragraph adds little and a
/// figure that occurs once pins its sentences together.
///
/// Not thread-safe (it owns ICU transforms through ``PinyinRomanizer``); make one per thread.
final class AnchorExtractor {
    /// The writing of a document, as far as anchors care.
    enum Script { case chinese, vietnamese, english, otherLatin }

    private let matcher: NameMatcher?
    private let pinyin: PinyinRomanizer
    private let lexicon = BilingualLexicon.shipped
    private let hanViet = HanVietReader()
    private var pinyinCache: [Character: String] = [:]
    private var hanVietCache: [Character: [String]] = [:]
    /// Words folded so far: Vietnamese words go through ICU, and repeat a lot.
    private var foldCache: [String: String] = [:]
    /// Vietnamese syllables folded for ``BilingualLexicon`` (tone marks kept), likewise.
    private var syllableCache: [String: String] = [:]
    /// English words' ``BilingualLexicon`` entries, likewise (lower-casing and endings cost).
    private var englishCache: [String: [Int32]] = [:]
    /// Glossary names' exact keys, likewise.
    private let exactKeys = ExactKeyCache()
    /// Cognates share their first letters; six tell "international" from "interview" and
    /// "Regierung" from "region" (five and four, tried on de–fr and en–vi, pair more chance words).
    static let cognatePrefix = 6
    /// A common word in more sentences than this is dropped: its weight would be next to
    /// nothing, and every bead would still pay to compare it (in long documents, most of the time).
    static let wordSentences = 20

    init(glossary: Glossary?) throws(TriglotTextError) {
        matcher = glossary?.matcher
        pinyin = try PinyinRomanizer()
    }

    /// The anchors of two documents' sentences: per sentence, sorted key ids; per id, the weight
    /// of sharing it and of having it on one side only, those of common words (``BilingualLexicon``)
    /// scaled by `words` and `wordsUnmatched`.
    func anchors(source: [String], sourceScript: Script, target: [String], targetScript: Script,
                 words: Double = 1, wordsUnmatched: Double = 1)
        -> (source: [[Int32]], target: [[Int32]], weights: [Double], unmatchedWeights: [Double]) {
        var ids: [String: Int32] = [:]
        func intern(_ keys: Set<String>) -> [Int32] {
            keys.map { key in
                if let id = ids[key] { return id }
                let id = Int32(ids.count)
                ids[key] = id
                return id
            }.sorted()
        }
        let sourceKeys = source.map { intern(keys(of: $0, script: sourceScript, other: targetScript)) }
        let targetKeys = target.map { intern(keys(of: $0, script: targetScript, other: sourceScript)) }
        var sourceFrequency = [Int](repeating: 0, count: ids.count), targetFrequency = sourceFrequency
        for list in sourceKeys { for id in list { sourceFrequency[Int(id)] += 1 } }
        for list in targetKeys { for id in list { targetFrequency[Int(id)] += 1 } }
        var isWord = [Bool](repeating: false, count: ids.count)
        for (key, id) in ids where key.hasPrefix("l:") { isWord[Int(id)] = true }
        let rarity = (0..<ids.count).map { id -> Double in
            let busier = max(sourceFrequency[id], targetFrequency[id])
            if sourceFrequency[id] == 0 || targetFrequency[id] == 0 || (isWord[id] && busier > Self.wordSentences) { return 0 }
            return 1 / Double(busier)
        }
        let weights = rarity.indices.map { isWord[$0] ? rarity[$0] * words : rarity[$0] }
        let unmatchedWeights = rarity.indices.map { isWord[$0] ? rarity[$0] * wordsUnmatched : rarity[$0] }
        // Keys found on one side only say nothing about where a sentence goes.
        return (sourceKeys.map { $0.filter { weights[Int($0)] > 0 } }, targetKeys.map { $0.filter { weights[Int($0)] > 0 } },
                weights, unmatchedWeights)
    }

    /// The keys of one sentence of a document in `script` aligned with one in `other`.
    func keys(of sentence: String, script: Script, other: Script) -> Set<String> {
        var keys = Set<String>()
        if let matcher {
            for match in matcher.matches(in: sentence, exactKeys: exactKeys) { keys.insert("g:\(match.value)") }
        }
        var words: [(text: String, capitalized: Bool)] = []
        var han: [Character] = []
        var hanRuns: [[Character]] = []
        var word = String.UnicodeScalarView()
        var number = ""
        func endWord() {
            if !word.isEmpty {
                let first = word.first!
                words.append((String(word), first.isASCII ? ("A"..."Z").contains(first) : first.properties.isUppercase))
                word.removeAll()
            }
        }
        func endNumber() {
            if !number.isEmpty { keys.insert("n:" + number); number = "" }
        }
        let scalars = Array(sentence.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.isHanIdeograph || scalar.isKana {
                endWord(); endNumber()
                han.append(Character(scalar))
                continue
            }
            if !han.isEmpty { hanRuns.append(han); han = [] }
            if let digit = Self.digit(scalar) {
                endWord()
                number += String(digit)
            } else if (scalar == "," || scalar == ".") && !number.isEmpty && index + 1 < scalars.count
                        && Self.digit(scalars[index + 1]) != nil {
                continue  // thousands separators and decimal points: 1,553 and 1.553 alike
            } else if Self.isLetter(scalar) {
                endNumber()
                word.append(scalar)
            } else {
                endWord(); endNumber()
            }
        }
        endWord(); endNumber()
        if !han.isEmpty { hanRuns.append(han) }

        let folded = words.map { (folding($0.text), $0.capitalized) }
        if let group = lexiconGroups(script, other) {
            let entries = lexiconEntries(words: words.map(\.text), hanRuns: hanRuns, script: script)
            for entry in Set(entries.map { group[Int($0)] }) { keys.insert("l:\(entry)") }
        }
        switch (script, other) {
        case (.chinese, .chinese):
            for run in hanRuns where run.count >= 2 {
                for start in 0..<(run.count - 1) { keys.insert("z:" + String(run[start...start + 1])) }
            }
        case (.chinese, .vietnamese):
            for run in hanRuns where run.count >= 2 {
                for start in 0..<(run.count - 1) {
                    for first in readingsHanViet(run[start]).prefix(2) {
                        for second in readingsHanViet(run[start + 1]).prefix(2) { keys.insert("h:" + first + " " + second) }
                    }
                }
            }
        case (.chinese, _):
            for run in hanRuns where run.count >= 2 {
                for start in 0..<(run.count - 1) {
                    var joined = ""
                    for length in 1...min(3, run.count - start) {
                        joined += readingPinyin(run[start + length - 1])
                        if length >= 2 && joined.count >= 5 { keys.insert("p:" + joined) }
                    }
                }
            }
        case (.vietnamese, .chinese):
            for index in folded.indices.dropLast() where folded[index].1 && folded[index + 1].1 {
                keys.insert("h:" + folded[index].0 + " " + folded[index + 1].0)
            }
        case (_, .chinese):
            // Pinyin names come as one word (Guangdong) or surname and given name (Wang Yi).
            for (text, capitalized) in folded where capitalized && text.count >= 5 { keys.insert("p:" + text) }
            for index in folded.indices.dropLast() where folded[index].1 && folded[index + 1].1 {
                let joined = folded[index].0 + folded[index + 1].0
                if joined.count >= 5 { keys.insert("p:" + joined) }
            }
        default:
            // Two alphabetic languages: the same word, or a long common prefix; and names of
            // several syllables (Vietnamese: Bùi Thanh Sơn / Bui Thanh Son) by their pairs.
            for (text, _) in folded where text.count >= 4 { keys.insert("w:" + String(text.prefix(Self.cognatePrefix))) }
            // Acronyms are short but no chance word: TED, DNA, UNO stay as they are.
            for word in words where word.text.count >= 2 && word.text.count < 4 && word.text.allSatisfy(\.isUppercase) {
                keys.insert("w:" + word.text.lowercased())
            }
            for index in folded.indices.dropLast() where folded[index].1 && folded[index + 1].1 {
                keys.insert("b:" + folded[index].0 + " " + folded[index + 1].0)
            }
        }
        return keys
    }

    /// The value of a decimal digit of any script, or nil. ASCII is answered without Unicode's
    /// property tables, which cost more than the rest of the extraction on English text.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCII { return ("0"..."9").contains(scalar) ? Int(scalar.value) - 48 : nil }
        guard scalar.properties.generalCategory == .decimalNumber, let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// Whether a scalar belongs to a word: a letter, or a combining mark (Vietnamese in NFD).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Per ``BilingualLexicon`` entry, the group of entries that read alike between `script` and
    /// `other` (English and Vietnamese: the same Vietnamese form; English and Chinese: the same
    /// Chinese form; Vietnamese and Chinese: either); nil unless both are in the list and differ.
    private func lexiconGroups(_ script: Script, _ other: Script) -> [Int32]? {
        switch (script, other) {
        case (.english, .vietnamese), (.vietnamese, .english): return lexicon.sameInVietnamese
        case (.english, .chinese), (.chinese, .english): return lexicon.sameInChinese
        case (.vietnamese, .chinese), (.chinese, .vietnamese): return lexicon.sameInEither
        default: return nil
        }
    }

    /// The ``BilingualLexicon`` entries of a sentence in `script`.
    private func lexiconEntries(words: [String], hanRuns: [[Character]], script: Script) -> Set<Int32> {
        switch script {
        case .english:
            var found = Set<Int32>()
            for word in words {
                if let cached = englishCache[word] { found.formUnion(cached); continue }
                let entries = lexicon.englishEntries(of: word)
                englishCache[word] = entries
                found.formUnion(entries)
            }
            return found
        case .chinese: return lexicon.chineseEntries(hanRuns)
        case .otherLatin: return []
        case .vietnamese:
            return lexicon.vietnameseEntries(words.map { word in
                if let cached = syllableCache[word] { return cached }
                let folded = MatchKey.strict(word)
                syllableCache[word] = folded
                return folded
            })
        }
    }

    /// A character's Mandarin reading, toneless and lower case.
    private func readingPinyin(_ character: Character) -> String {
        if let cached = pinyinCache[character] { return cached }
        let reading = Self.fold(pinyin.readings(String(character)).first ?? "")
        pinyinCache[character] = reading
        return reading
    }

    /// A character's Hán-Việt readings, without diacritics, lower case.
    private func readingsHanViet(_ character: Character) -> [String] {
        if let cached = hanVietCache[character] { return cached }
        var readings: [String] = []
        for reading in hanViet.candidateReadings(of: character).map(Self.fold) where !readings.contains(reading) {
            readings.append(reading)
        }
        hanVietCache[character] = readings
        return readings
    }

    /// ``fold(_:)`` through the cache.
    private func folding(_ word: String) -> String {
        if let cached = foldCache[word] { return cached }
        let folded = Self.fold(word)
        foldCache[word] = folded
        return folded
    }

    /// Lower case without diacritics (đ → d, ü → u), so accented and plain spellings meet.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return VietnameseRomanizer.romanize(word).text.lowercased()
    }
}

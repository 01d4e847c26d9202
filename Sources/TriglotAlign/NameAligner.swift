import Foundation
import TriglotNames
import TriglotText

/// Pairs the names of aligned sentences: glossary names of one concept on both sides, and
/// proposals for names the glossary lacks, found by transliteration inside each bead (a
/// proposal is only looked for where the sentences are translations of each other, so a
/// coincidence of readings elsewhere in the documents does not count):
/// English ↔ Chinese by pinyin, Vietnamese ↔ Chinese by Hán-Việt readings, English ↔
/// Vietnamese by removing diacritics; and, for a glossary name whose concept has no form in the
/// other language, the name there that its other forms spell (a proposal naming its concept). Latin-script names are runs of capitalised words, any
/// part of which may be the name ("Xinhua photographer Zhang Dongqiang"); Chinese names are
/// spans of two to four characters outside glossary names.
///
/// Not thread-safe (it owns ICU transforms through ``PinyinRomanizer``); make one per thread.
public final class NameAligner {
    private let glossary: Glossary
    private let matcher: NameMatcher
    private let pinyin: PinyinRomanizer
    private let hanViet = HanVietReader()
    private var pinyinCache: [Character: String] = [:]
    private var hanVietCache: [Character: Set<String>] = [:]
    /// The exact keys of names found and of the forms they fold to: the same names recur in
    /// every sentence pair.
    private let exactKeys = ExactKeyCache()

    /// Rule confidences for one sighting; pinyin and Hán-Việt can coincide by chance on
    /// short names, diacritics alone rarely do.
    static let confidence: [NamePair.Rule: Double] = [.glossary: 1, .pinyin: 0.7, .hanViet: 0.7, .unaccented: 0.8, .throughChinese: 0.5,
                                                      .hanVietUnaccented: 0.6]

    /// A name aligner over `glossary`.
    public init(glossary: Glossary) throws(TriglotTextError) {
        self.glossary = glossary
        matcher = glossary.matcher
        pinyin = try PinyinRomanizer()
    }

    /// The name pairs of `beads` between the sentences of `source` and `target`, known ones
    /// first; none when either is in a language Triglot does not read.
    public func pairs(beads: [Bead], source: Document, target: Document) -> [NamePair] {
        guard let sourceLanguage = source.alignmentLanguage, let targetLanguage = target.alignmentLanguage else { return [] }
        return pairs(beads: beads, source: source.lineTexts, target: target.lineTexts,
                     sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// The name pairs of `beads`, known ones first, each with every bead it occurs in.
    public func pairs(beads: [Bead], source: [String], target: [String],
                      sourceLanguage: Language, targetLanguage: Language) -> [NamePair] {
        var found: [String: (source: String, target: String, rule: NamePair.Rule, concept: String?, via: String?, beads: [Int])] = [:]
        var order: [String] = []
        for (index, bead) in beads.enumerated() where !bead.source.isEmpty && !bead.target.isEmpty {
            let sourceText = bead.source.map { source[$0] }.joined(separator: " ")
            let targetText = bead.target.map { target[$0] }.joined(separator: " ")
            for pair in pairs(sourceText, sourceLanguage, targetText, targetLanguage) {
                let key = "\(pair.rule)\t\(pair.source)\t\(pair.target)"
                if found[key] == nil {
                    found[key] = (pair.source, pair.target, pair.rule, pair.concept, pair.via, [])
                    order.append(key)
                }
                if found[key]!.beads.last != index { found[key]!.beads.append(index) }
            }
        }
        let all = order.map { key -> NamePair in
            let entry = found[key]!
            let confidence = Self.confidence[entry.rule]!
            let score = 1 - pow(1 - confidence, Double(entry.beads.count))
            return NamePair(source: entry.source, target: entry.target, rule: entry.rule, conceptID: entry.concept,
                            score: score, beads: entry.beads, via: entry.via)
        }
        return all.filter(\.isKnown) + all.filter { !$0.isKnown }
    }

    /// The pairs in one pair of sentences.
    private func pairs(_ sourceText: String, _ sourceLanguage: Language, _ targetText: String, _ targetLanguage: Language)
        -> [(source: String, target: String, rule: NamePair.Rule, concept: String?, via: String?)] {
        // A place name inside a person's name (外长王红河) is the person's, not the place.
        func matches(_ text: String) -> [NameMatch] {
            matcher.matches(in: text, exactKeys: exactKeys).filter { !PersonalNameContext.isInsidePersonalName(text, $0.utf8Range, concept: glossary.concepts[$0.value]) }
        }
        let sourceMatches = matches(sourceText), targetMatches = matches(targetText)
        var result: [(String, String, NamePair.Rule, String?, String?)] = []
        for match in sourceMatches {
            guard let other = targetMatches.first(where: { $0.value == match.value }) else { continue }
            result.append((Self.slice(sourceText, match.utf8Range), Self.slice(targetText, other.utf8Range),
                           .glossary, glossary.concepts[match.value].id, nil))
        }
        let sourceNames = names(sourceText, sourceLanguage, known: sourceMatches.map(\.utf8Range))
        let targetNames = names(targetText, targetLanguage, known: targetMatches.map(\.utf8Range))
        // A glossary name on one side whose concept has no form in the other language: a name
        // there that the concept's other forms spell by rule is proposed as that form.
        if sourceLanguage != targetLanguage {
            for match in sourceMatches where !targetMatches.contains(where: { $0.value == match.value }) {
                let concept = glossary.concepts[match.value]
                guard concept.form(in: targetLanguage) == nil else { continue }
                for other in targetNames {
                    if let rule = rule(adding: other, in: targetLanguage, to: concept) {
                        result.append((Self.slice(sourceText, match.utf8Range), other, rule, concept.id, nil))
                    }
                }
            }
            for match in targetMatches where !sourceMatches.contains(where: { $0.value == match.value }) {
                let concept = glossary.concepts[match.value]
                guard concept.form(in: sourceLanguage) == nil else { continue }
                for written in sourceNames {
                    if let rule = rule(adding: written, in: sourceLanguage, to: concept) {
                        result.append((written, Self.slice(targetText, match.utf8Range), rule, concept.id, nil))
                    }
                }
            }
        }
        for written in sourceNames {
            for other in targetNames {
                if let (rule, via) = rule(pairing: written, sourceLanguage, with: other, targetLanguage) {
                    result.append((written, other, rule, nil, via))
                }
            }
        }
        // A proposal inside a longer one (Dongqiang inside Zhang Dongqiang) is the same name.
        return result.filter { pair in
            pair.2 == .glossary || !result.contains { other in
                other.2 != .glossary && (other.0 != pair.0 || other.1 != pair.1)
                    && other.0.contains(pair.0) && other.1.contains(pair.1)
            }
        }
    }

    /// Candidate names of a text outside glossary names: capitalised word runs and their parts
    /// (Latin script), or spans of two to four Chinese characters.
    private func names(_ text: String, _ language: Language, known: [Range<Int>]) -> [String] {
        var candidates: [String] = []
        var seen = Set<String>()
        func add(_ name: String) { if seen.insert(name).inserted { candidates.append(name) } }
        var run: [(word: String, range: Range<Int>)] = []
        var runs: [[(word: String, range: Range<Int>)]] = []
        var hanRuns: [[Character]] = []
        var han: [Character] = []
        var offset = 0
        var word = ""
        var wordStart = 0
        func endWord() {
            guard !word.isEmpty else { return }
            let range = wordStart..<offset
            if word.first!.isUppercase && !known.contains(where: { $0.overlaps(range) }) {
                run.append((word, range))
            } else if !run.isEmpty {
                runs.append(run); run = []
            }
            word = ""
        }
        for character in text {
            let length = character.utf8.count
            let range = offset..<(offset + length)
            if let scalar = character.unicodeScalars.first, scalar.isHanIdeograph || scalar.isKana {
                endWord()
                if !run.isEmpty { runs.append(run); run = [] }
                if known.contains(where: { $0.overlaps(range) }) {
                    if !han.isEmpty { hanRuns.append(han); han = [] }
                } else {
                    han.append(character)
                }
            } else {
                if !han.isEmpty { hanRuns.append(han); han = [] }
                if character.isLetter || character == "'" && !word.isEmpty {
                    if word.isEmpty { wordStart = offset }
                    word.append(character)
                } else {
                    endWord()
                    // Only spaces keep a run going; punctuation ends the name.
                    if character != " " && !run.isEmpty { runs.append(run); run = [] }
                }
            }
            offset += length
        }
        endWord()
        if !run.isEmpty { runs.append(run) }
        if !han.isEmpty { hanRuns.append(han) }
        if language == .chinese {
            for run in hanRuns where run.count >= 2 {
                for start in 0..<(run.count - 1) {
                    for length in 2...min(4, run.count - start) { add(String(run[start..<(start + length)])) }
                }
            }
        } else {
            for run in runs {
                for start in run.indices {
                    for end in start..<min(run.count, start + 4) { add(run[start...end].map(\.word).joined(separator: " ")) }
                }
            }
        }
        return candidates
    }

    /// The rule by which `source` and `target` are one name, if any, and for a match through
    /// Chinese the characters that tie them.
    private func rule(pairing source: String, _ sourceLanguage: Language, with target: String, _ targetLanguage: Language)
        -> (NamePair.Rule, String?)? {
        switch (sourceLanguage, targetLanguage) {
        case (.chinese, .chinese): return nil
        case (.chinese, _): return rule(pairing: target, targetLanguage, with: source, sourceLanguage)
        case (.english, .chinese):
            if pinyinMatches(source, target) { return (.pinyin, nil) }
            // A Vietnamese name is written in English as its Hán-Việt reading without diacritics.
            return hanVietMatches(source, target) ? (.hanVietUnaccented, nil) : nil
        case (.vietnamese, .chinese):
            return hanVietMatches(source, target) ? (.hanViet, nil) : nil
        case (.english, .vietnamese), (.vietnamese, .english), (.english, .english), (.vietnamese, .vietnamese):
            let plain = { (name: String) in AnchorExtractor.fold(name) }
            // Identical names are not worth proposing; a diacritic on one side is the evidence.
            if source != target, plain(source) == plain(target), source.contains(where: { $0.isLetter }) {
                return plain(source).count >= 4 ? (.unaccented, nil) : nil
            }
            // A Chinese name written in English by its pinyin and in Vietnamese by its Hán-Việt
            // reading: the Vietnamese form's likely characters must spell the English in pinyin.
            guard sourceLanguage != targetLanguage else { return nil }
            let (english, vietnamese) = sourceLanguage == .english ? (source, target) : (target, source)
            let candidates = HanVietIndex.shared.candidates(for: vietnamese, limit: 5)
            return candidates.first { pinyinMatches(english, $0.text) }.map { (.throughChinese, $0.text) }
        }
    }

    /// The rule by which `written`, a name in `language`, is the form there of `concept`,
    /// which has none: read from the concept's Chinese form first, then from its other forms
    /// (directly: a match through guessed characters is no evidence for a glossary concept).
    private func rule(adding written: String, in language: Language, to concept: Concept) -> NamePair.Rule? {
        for formLanguage in [Language.chinese, .english, .vietnamese] where formLanguage != language {
            guard let form = concept.form(in: formLanguage),
                  let (rule, _) = rule(pairing: written, language, with: form, formLanguage), rule != .throughChinese else { continue }
            return rule
        }
        return nil
    }

    /// Whether an English name spells the pinyin of Chinese characters (spaces, apostrophes
    /// and hyphens aside).
    private func pinyinMatches(_ english: String, _ chinese: String) -> Bool {
        let wanted = Self.squeezed(AnchorExtractor.fold(english))
        guard wanted.count >= 4 else { return false }
        let characters = Array(chinese)
        let perCharacter = characters.map { readingPinyin($0) }.joined()
        if perCharacter == wanted { return true }
        // Surnames and curated words read differently from their characters (曾 Zeng, 单 Shan).
        guard let first = perCharacter.first, first == wanted.first else { return false }
        return Self.squeezed(AnchorExtractor.fold(pinyin.romanize(chinese).text)) == wanted
    }

    /// Whether each syllable of a Vietnamese name is a Hán-Việt reading of the Chinese
    /// character in its place (diacritics aside, as names are written both ways).
    private func hanVietMatches(_ vietnamese: String, _ chinese: String) -> Bool {
        let syllables = vietnamese.split(separator: " ").map { AnchorExtractor.fold(String($0)) }
        let characters = Array(chinese)
        guard syllables.count == characters.count, syllables.count >= 2 else { return false }
        return zip(syllables, characters).allSatisfy { readingsHanViet($0.1).contains($0.0) }
    }

    private func readingPinyin(_ character: Character) -> String {
        if let cached = pinyinCache[character] { return cached }
        let reading = AnchorExtractor.fold(pinyin.readings(String(character)).first ?? "")
        pinyinCache[character] = reading
        return reading
    }

    private func readingsHanViet(_ character: Character) -> Set<String> {
        if let cached = hanVietCache[character] { return cached }
        let readings = Set(hanViet.candidateReadings(of: character).map(AnchorExtractor.fold))
        hanVietCache[character] = readings
        return readings
    }

    /// Letters only: "Xi'an" and "Xi An" compare as "xian".
    private static func squeezed(_ text: String) -> String { text.filter { $0.isLetter } }

    private static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }
}

import TriglotText

/// A small list of common words of news and everyday speech (government, water, children…)
/// with their Vietnamese and Chinese forms, keyed by the English word: weak anchors between
/// sentences that share no number or name, which in short sentences are otherwise paired by
/// length alone and slip one place.
///
/// Each language is matched as its writing allows: English by lower-cased word with a light
/// strip of plural, -ed and -ing (so the list holds lemmas only); Vietnamese as a phrase of
/// syllables, whole and in order, with case and tone-mark placement folded
/// (``MatchKey/strict(_:)``; the list prefers forms of two syllables, as one syllable alone
/// also occurs inside other words: "nhà" in "nhà nước"); Chinese as a substring, as it has no
/// spaces (likewise mostly two characters). An entry found on both sides of a bead is the anchor;
/// Chinese and Vietnamese meet through the English key.
struct BilingualLexicon: Sendable {
    /// The English keys, by entry id.
    let keys: [String]
    /// Per entry, the first of the entries it shares a Vietnamese form with, directly or through
    /// others (state, nation, country: "quốc gia"), to key the anchor by when matching English
    /// with Vietnamese: a form found on one side then stands for one word, not for several
    /// of which all but one would count as unmatched on the other side.
    var sameInVietnamese: [Int32] { vietnameseSide.sameInVietnamese }
    /// Likewise through Chinese forms (国家), for English with Chinese.
    let sameInChinese: [Int32]
    /// Likewise through either, for Chinese with Vietnamese.
    var sameInEither: [Int32] { vietnameseSide.sameInEither }
    private let english: [String: [Int32]]
    /// Per first character, the entries whose Chinese form starts with it, with the rest of the form.
    private let chinese: [Character: [(rest: [Character], entry: Int32)]]
    /// The Vietnamese index, folded only when a Vietnamese text is aligned: folding every form
    /// (``MatchKey/strict(_:)``) is most of the list's start-up cost, which English–Chinese
    /// alignment need not pay.
    private let vietnameseBox = LazyValue<VietnameseSide>()
    /// The Vietnamese forms as listed, with their entries, until folded into `vietnameseSide`.
    private let vietnameseForms: [(form: String, entry: Int32)]
    /// The lists of entries sharing a Chinese form (for `sameInEither`).
    private let chineseLinks: [[Int32]]

    /// The Vietnamese side, folded on first use.
    private var vietnameseSide: VietnameseSide {
        vietnameseBox.value {
            var index: [String: [(rest: [String], entry: Int32)]] = [:]
            var byVietnamese: [[String]: [Int32]] = [:]
            // A syllable recurs across forms (quốc, gia, nhà): fold each once.
            var folded: [String: String] = [:]
            for (form, entry) in vietnameseForms {
                let syllables = Self.syllables(form).map { syllable in
                    if let known = folded[syllable] { return known }
                    let key = MatchKey.strict(syllable)
                    folded[syllable] = key
                    return key
                }
                guard let first = syllables.first else { continue }
                index[first, default: []].append((Array(syllables.dropFirst()), entry))
                byVietnamese[syllables, default: []].append(entry)
            }
            let links = Array(byVietnamese.values)
            return VietnameseSide(index: index, sameInVietnamese: Self.groups(keys.count, links),
                                  sameInEither: Self.groups(keys.count, links + chineseLinks))
        }
    }

    /// The Vietnamese index and the groups that depend on it.
    private struct VietnameseSide: Sendable {
        /// Per first syllable (folded), the entries whose Vietnamese form starts with it, with
        /// the rest of the form's syllables.
        let index: [String: [(rest: [String], entry: Int32)]]
        let sameInVietnamese: [Int32]
        let sameInEither: [Int32]
    }

    /// The list shipped with Triglot (Resources/bilingual-words.tsv).
    static let shipped = BilingualLexicon(tsv: EmbeddedText.bilingual_words)

    /// A lexicon of `tsv` lines `english<TAB>vi | vi…<TAB>zh | zh…`; `#` starts a comment line.
    init(tsv: String) {
        var keys: [String] = []
        var english: [String: [Int32]] = [:]
        var vietnameseForms: [(form: String, entry: Int32)] = []
        var chinese: [Character: [(rest: [Character], entry: Int32)]] = [:]
        var byChinese: [[Character]: [Int32]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let entry = Int32(keys.count)
            keys.append(String(fields[0]))
            for form in Self.forms(fields[0]) { english[form.lowercased(), default: []].append(entry) }
            for form in Self.forms(fields[1]) { vietnameseForms.append((form, entry)) }
            for form in Self.forms(fields[2]) {
                guard let first = form.first else { continue }
                chinese[first, default: []].append((Array(form.dropFirst()), entry))
                byChinese[Array(form), default: []].append(entry)
            }
        }
        self.keys = keys
        self.english = english
        self.chinese = chinese
        self.vietnameseForms = vietnameseForms
        chineseLinks = Array(byChinese.values)
        sameInChinese = Self.groups(keys.count, chineseLinks)
    }

    /// The number of entries.
    var count: Int { keys.count }

    /// The entries of the English `words` (as written; case and endings are folded here).
    func englishEntries(_ words: [String]) -> Set<Int32> {
        var found = Set<Int32>()
        for word in words { found.formUnion(englishEntries(of: word)) }
        return found
    }

    /// The entries of one English word (as written).
    func englishEntries(of word: String) -> [Int32] {
        guard word.count >= 2 else { return [] }
        for candidate in Self.lemmas(word.lowercased()) {
            if let entries = english[candidate] { return entries }
        }
        return []
    }

    /// The entries whose Vietnamese form is a run of `syllables` (folded with ``MatchKey/strict(_:)``).
    func vietnameseEntries(_ syllables: [String]) -> Set<Int32> {
        var found = Set<Int32>()
        let vietnamese = vietnameseSide.index
        for (index, syllable) in syllables.enumerated() {
            guard let candidates = vietnamese[syllable] else { continue }
            for (rest, entry) in candidates where index + rest.count < syllables.count {
                if rest.indices.allSatisfy({ syllables[index + 1 + $0] == rest[$0] }) { found.insert(entry) }
            }
        }
        return found
    }

    /// The entries whose Chinese form occurs in one of the runs of Han characters.
    func chineseEntries(_ runs: [[Character]]) -> Set<Int32> {
        var found = Set<Int32>()
        for run in runs {
            for (index, character) in run.enumerated() {
                guard let candidates = chinese[character] else { continue }
                for (rest, entry) in candidates where index + rest.count < run.count {
                    if rest.indices.allSatisfy({ run[index + 1 + $0] == rest[$0] }) { found.insert(entry) }
                }
            }
        }
        return found
    }

    /// The word itself, then what it may be inflected from: plural, past and -ing forms,
    /// by spelling alone (a wrong guess finds nothing, or a rarely wrong entry).
    static func lemmas(_ word: String) -> [String] {
        var lemmas = [word]
        func strip(_ suffix: String, adding: String = "") {
            guard word.hasSuffix(suffix), word.count > suffix.count + 2 else { return }
            let stem = String(word.dropLast(suffix.count))
            lemmas.append(stem + adding)
            // Doubled consonants: stopped → stop, running → run.
            if adding.isEmpty, let last = stem.last, stem.count >= 3, stem.dropLast().last == last, !"aeiousl".contains(last) {
                lemmas.append(String(stem.dropLast()))
            }
        }
        if word.hasSuffix("ies") { strip("ies", adding: "y") }
        else if word.hasSuffix("ss") { }
        else if word.hasSuffix("s") { strip("s"); strip("es") }
        if word.hasSuffix("ied") { strip("ied", adding: "y") }
        else if word.hasSuffix("ed") { strip("ed"); strip("d") }
        if word.hasSuffix("ing") { strip("ing"); strip("ing", adding: "e") }
        return lemmas
    }

    /// Per entry, the smallest entry joined to it by the `links` (lists of entries sharing a form).
    private static func groups(_ count: Int, _ links: [[Int32]]) -> [Int32] {
        var parent = (0..<count).map(Int32.init)
        func root(_ entry: Int32) -> Int32 {
            var entry = entry
            while parent[Int(entry)] != entry {
                parent[Int(entry)] = parent[Int(parent[Int(entry)])]
                entry = parent[Int(entry)]
            }
            return entry
        }
        for link in links {
            for entry in link.dropFirst() {
                let a = root(link[0]), b = root(entry)
                if a != b { parent[Int(max(a, b))] = min(a, b) }
            }
        }
        return (0..<count).map { root(Int32($0)) }
    }

    /// The forms of one field, split at " | ".
    private static func forms(_ field: Substring) -> [String] {
        // Trimmed byte by byte: Character-wise trimming was a fifth of the list's parse.
        field.split(separator: "|").compactMap { part in
            var bytes = part.utf8[...]
            while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
            return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The syllables of a Vietnamese form.
    private static func syllables(_ form: String) -> [String] {
        form.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }
}

/// Porter's (1980) suffix stripper, in the two variants NLTK calls ORIGINAL_ALGORITHM and
/// NLTK_EXTENSIONS, because ROUGE figures only compare when the stems agree letter for letter.
///
/// rouge-score builds `nltk.stem.porter.PorterStemmer()` with NLTK's default mode, which is
/// `.nltkExtensions`; `.original` is the published algorithm as NLTK renders it.
public struct PorterStemmer: Sendable {
    /// Which rule set runs; the variants differ on words like "dying", "news", "ties", "analogi".
    public enum Mode: Sendable, Equatable {
        /// The 1980 paper as NLTK's `ORIGINAL_ALGORITHM` reads it.
        case original
        /// NLTK's default (Porter's later fixes plus NLTK's), which rouge-score uses.
        case nltkExtensions
    }

    /// The rule set this stemmer applies.
    public let mode: Mode

    /// A stemmer with the given rule set; choose `.nltkExtensions` to match rouge-score.
    public init(mode: Mode) {
        self.mode = mode
    }

    /// The stem of `word`, lowercased first as NLTK does.
    public func stem(_ word: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                scalars.append((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            } else {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: stem(scalars: scalars, originalLength: word.unicodeScalars.count))
        return String(view)
    }

    /// The stem of an already lowercased ASCII word, the tokenizer's hot path.
    func stem(ascii bytes: [UInt8]) -> [UInt8] {
        let result = stem(scalars: bytes.map { Unicode.Scalar($0) }, originalLength: bytes.count)
        return result.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    // NLTK checks the length of the word as given, before lowercasing.
    private func stem(scalars: [Unicode.Scalar], originalLength: Int) -> [Unicode.Scalar] {
        var w = Word(scalars)
        if mode == .nltkExtensions, (3...8).contains(w.count), let irregular = Self.irregularForms[String(w)] {
            return Array(irregular.unicodeScalars)
        }
        if mode != .original && originalLength <= 2 { return w.letters }
        step1a(&w)
        step1b(&w)
        step1c(&w)
        step2(&w)
        step3(&w)
        step4(&w)
        step5a(&w)
        step5b(&w)
        return w.letters
    }

    // NLTK_EXTENSIONS looks these up before any rule runs; keys have 3 to 8 letters.
    private static let irregularForms: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
        "outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
        "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    ]

    // MARK: Conditions

    private enum Condition {
        case always
        case measureAbove0
        case measureAbove1
        /// Step 4's (m>1 and (*S or *T)) ION.
        case measureAbove1EndingSOrT
        /// NLTK's LOGI rule measures the word minus "ogi", keeping the "l".
        case logi
    }

    private struct Rule {
        let suffix: [Unicode.Scalar]
        let replacement: [Unicode.Scalar]
        let condition: Condition

        init(_ suffix: String, _ replacement: String, _ condition: Condition) {
            self.suffix = Array(suffix.unicodeScalars)
            self.replacement = Array(replacement.unicodeScalars)
            self.condition = condition
        }
    }

    // The first rule whose suffix matches decides, whether or not its condition holds: that is
    // the paper's "longest matching suffix" when the list is ordered as NLTK orders it.
    private func apply(_ rules: [Rule], to w: inout Word) {
        for rule in rules where w.hasSuffix(rule.suffix) {
            let stemLength = w.count - rule.suffix.count
            let holds: Bool
            switch rule.condition {
            case .always: holds = true
            case .measureAbove0: holds = w.measure(prefix: stemLength) > 0
            case .measureAbove1: holds = w.measure(prefix: stemLength) > 1
            case .measureAbove1EndingSOrT:
                holds = w.measure(prefix: stemLength) > 1 && (w[stemLength - 1] == "s" || w[stemLength - 1] == "t")
            case .logi: holds = w.measure(prefix: w.count - 3) > 0
            }
            if holds { w.replaceSuffix(length: rule.suffix.count, with: rule.replacement) }
            return
        }
    }

    // MARK: Steps

    private static let step1aRules = [
        Rule("sses", "ss", .always), Rule("ies", "i", .always), Rule("ss", "ss", .always), Rule("s", "", .always),
    ]

    private func step1a(_ w: inout Word) {
        if mode == .nltkExtensions && w.count == 4 && w.hasSuffix("ies") {
            w.replaceSuffix(length: 3, with: "ie")
            return
        }
        apply(Self.step1aRules, to: &w)
    }

    private func step1b(_ w: inout Word) {
        if mode == .nltkExtensions && w.hasSuffix("ied") {
            w.replaceSuffix(length: 3, with: w.count == 4 ? "ie" : "i")
            return
        }
        if w.hasSuffix("eed") {
            if w.measure(prefix: w.count - 3) > 0 { w.replaceSuffix(length: 1, with: "") }
            return
        }
        if w.hasSuffix("ed") && w.containsVowel(prefix: w.count - 2) {
            w.replaceSuffix(length: 2, with: "")
        } else if w.hasSuffix("ing") && w.containsVowel(prefix: w.count - 3) {
            w.replaceSuffix(length: 3, with: "")
        } else {
            return
        }
        // Tidy the stem so that step 4 can recognise -ATE, -BLE, -IZE, and undouble consonants.
        if w.hasSuffix("at") || w.hasSuffix("bl") || w.hasSuffix("iz") {
            w.replaceSuffix(length: 0, with: "e")
        } else if w.endsWithDoubleConsonant {
            let last = w[w.count - 1]
            if last != "l" && last != "s" && last != "z" { w.replaceSuffix(length: 1, with: "") }
        } else if w.measure(prefix: w.count) == 1 && endsCVC(w, length: w.count) {
            w.replaceSuffix(length: 0, with: "e")
        }
    }

    private func step1c(_ w: inout Word) {
        guard w.hasSuffix("y") else { return }
        let stemLength = w.count - 1
        let holds = mode == .nltkExtensions
            ? stemLength > 1 && w.isConsonant(stemLength - 1)
            : w.containsVowel(prefix: stemLength)
        if holds { w.replaceSuffix(length: 1, with: "i") }
    }

    private static func step2Rules(_ mode: Mode) -> [Rule] {
        var rules = [
            Rule("ational", "ate", .measureAbove0), Rule("tional", "tion", .measureAbove0),
            Rule("enci", "ence", .measureAbove0), Rule("anci", "ance", .measureAbove0),
            Rule("izer", "ize", .measureAbove0),
            mode == .original ? Rule("abli", "able", .measureAbove0) : Rule("bli", "ble", .measureAbove0),
            Rule("alli", "al", .measureAbove0), Rule("entli", "ent", .measureAbove0),
            Rule("eli", "e", .measureAbove0), Rule("ousli", "ous", .measureAbove0),
            Rule("ization", "ize", .measureAbove0), Rule("ation", "ate", .measureAbove0),
            Rule("ator", "ate", .measureAbove0), Rule("alism", "al", .measureAbove0),
            Rule("iveness", "ive", .measureAbove0), Rule("fulness", "ful", .measureAbove0),
            Rule("ousness", "ous", .measureAbove0), Rule("aliti", "al", .measureAbove0),
            Rule("iviti", "ive", .measureAbove0), Rule("biliti", "ble", .measureAbove0),
        ]
        if mode == .nltkExtensions {
            rules.append(Rule("fulli", "ful", .measureAbove0))
            rules.append(Rule("logi", "log", .logi))
        }
        return rules
    }

    private static let step2Original = step2Rules(.original)
    private static let step2Extended = step2Rules(.nltkExtensions)

    private func step2(_ w: inout Word) {
        // NLTK turns -ALLI into -AL first and runs step 2 again on the result.
        while mode == .nltkExtensions && w.hasSuffix("alli") && w.measure(prefix: w.count - 4) > 0 {
            w.replaceSuffix(length: 2, with: "")
        }
        apply(mode == .original ? Self.step2Original : Self.step2Extended, to: &w)
    }

    private static let step3Rules = [
        Rule("icate", "ic", .measureAbove0), Rule("ative", "", .measureAbove0),
        Rule("alize", "al", .measureAbove0), Rule("iciti", "ic", .measureAbove0),
        Rule("ical", "ic", .measureAbove0), Rule("ful", "", .measureAbove0), Rule("ness", "", .measureAbove0),
    ]

    private func step3(_ w: inout Word) {
        apply(Self.step3Rules, to: &w)
    }

    private static let step4Rules = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
        "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ].map { Rule($0, "", $0 == "ion" ? .measureAbove1EndingSOrT : .measureAbove1) }

    private func step4(_ w: inout Word) {
        apply(Self.step4Rules, to: &w)
    }

    private func step5a(_ w: inout Word) {
        guard w.hasSuffix("e") else { return }
        let stemLength = w.count - 1
        let m = w.measure(prefix: stemLength)
        if m > 1 || (m == 1 && !endsCVC(w, length: stemLength)) { w.replaceSuffix(length: 1, with: "") }
    }

    private func step5b(_ w: inout Word) {
        if w.hasSuffix("ll") && w.measure(prefix: w.count - 1) > 1 { w.replaceSuffix(length: 1, with: "") }
    }

    /// Condition *o on the first `length` letters: consonant-vowel-consonant, the last not W, X
    /// or Y; NLTK also accepts a two-letter vowel-consonant stem.
    private func endsCVC(_ w: Word, length n: Int) -> Bool {
        if n >= 3 && w.isConsonant(n - 3) && !w.isConsonant(n - 2) && w.isConsonant(n - 1) {
            let last = w[n - 1]
            if last != "w" && last != "x" && last != "y" { return true }
        }
        return mode == .nltkExtensions && n == 2 && !w.isConsonant(0) && w.isConsonant(1)
    }
}

/// A word being stemmed: its letters and the consonant/vowel tests the rules ask about.
private struct Word {
    var letters: [Unicode.Scalar]

    init(_ letters: [Unicode.Scalar]) {
        self.letters = letters
    }

    var count: Int { letters.count }

    subscript(i: Int) -> Unicode.Scalar { letters[i] }

    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard suffix.count <= letters.count else { return false }
        let start = letters.count - suffix.count
        for i in 0..<suffix.count where letters[start + i] != suffix[i] { return false }
        return true
    }

    func hasSuffix(_ suffix: String) -> Bool {
        var i = letters.count
        for scalar in suffix.unicodeScalars.reversed() {
            i -= 1
            if i < 0 || letters[i] != scalar { return false }
        }
        return true
    }

    mutating func replaceSuffix(length: Int, with replacement: [Unicode.Scalar]) {
        letters.removeLast(length)
        letters.append(contentsOf: replacement)
    }

    mutating func replaceSuffix(length: Int, with replacement: String) {
        letters.removeLast(length)
        letters.append(contentsOf: replacement.unicodeScalars)
    }

    private static func isVowelLetter(_ c: Unicode.Scalar) -> Bool {
        c == "a" || c == "e" || c == "i" || c == "o" || c == "u"
    }

    /// Porter's consonant: not A, E, I, O, U, and not a Y that follows a consonant; anything
    /// else (digits too) counts as a consonant, as in NLTK.
    func isConsonant(_ i: Int) -> Bool {
        let c = letters[i]
        if Self.isVowelLetter(c) { return false }
        if c != "y" { return true }
        // A run of Y's alternates, starting from whatever precedes the run.
        var j = i
        var flips = false
        while j > 0 && letters[j] == "y" {
            flips.toggle()
            j -= 1
        }
        return !Self.isVowelLetter(letters[j]) != flips
    }

    /// m in [C](VC){m}[V] over the first `length` letters.
    func measure(prefix length: Int) -> Int {
        var m = 0
        var previousIsConsonant = true
        for i in 0..<max(length, 0) {
            let consonant = consonantFlag(i, previous: previousIsConsonant)
            if consonant && !previousIsConsonant && i > 0 { m += 1 }
            previousIsConsonant = consonant
        }
        return m
    }

    func containsVowel(prefix length: Int) -> Bool {
        var previousIsConsonant = true
        for i in 0..<max(length, 0) {
            let consonant = consonantFlag(i, previous: previousIsConsonant)
            if !consonant { return true }
            previousIsConsonant = consonant
        }
        return false
    }

    var endsWithDoubleConsonant: Bool {
        let n = letters.count
        return n >= 2 && letters[n - 1] == letters[n - 2] && isConsonant(n - 1)
    }

    // Left to right, a Y is a consonant exactly when the letter before it is not (or it starts
    // the word), which keeps the scans linear.
    private func consonantFlag(_ i: Int, previous: Bool) -> Bool {
        let c = letters[i]
        if Self.isVowelLetter(c) { return false }
        if c == "y" { return i == 0 ? true : !previous }
        return true
    }
}

extension String {
    fileprivate init(_ word: Word) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word.letters)
        self = String(view)
    }
}

import Foundation
import TriglotText

/// The match percentage CAT tools show, from a token edit distance with a cost per kind of difference.
///
/// Both texts are cut into tokens: words (letters and marks), numbers (digits with inner `.` `,`),
/// each Han/kana/Hangul character alone (Chinese has no spaces, so a character is the unit a
/// translator edits), and each punctuation or symbol character; whitespace separates tokens and
/// counts for nothing. The cheapest alignment of the two token lists is found with these costs:
///
/// | difference                                        | cost | kind  |
/// |---------------------------------------------------|------|-------|
/// | same token                                        | 0    |       |
/// | same word in another case (Hanoi / hanoi)         | 0.1  | minor |
/// | same word, tone mark placed otherwise (hoà / hòa) | 0.1  | minor |
/// | one number for another (2022 / 2023)              | 0.2  | minor |
/// | punctuation added, dropped or replaced            | 0.2  | minor |
/// | same letters, diacritics differ (Ha Noi / Hà Nội) | 0.5  | edit  |
/// | any other word added, dropped or replaced         | 1    | edit  |
///
/// `raw = 100 × (1 − cost / max(tokens in a, tokens in b))`, then placed in bands so that the
/// number tells the translator what kind of change is needed:
/// - 100: the texts are identical (also when only their Unicode normalization form differs);
/// - 95–99: only minor differences (or only whitespace): `min(99, max(95, raw))`;
/// - 0–94: at least one edit: `min(94, raw)`.
public enum MatchScore {
    /// The match percentage of `candidate` against `query`, 0–100.
    public static func percentage(_ query: String, _ candidate: String) -> Int {
        Scorer(query).percentage(candidate, minimum: 0) ?? 0
    }

    /// Scores many candidates against one query, tokenized once.
    public struct Scorer {
        private let query: String
        private let tokens: Tokens
        private let words: [UInt64]

        /// A scorer for `query`.
        public init(_ query: String) {
            self.query = query
            tokens = MatchScore.tokens(query)
            words = MatchScore.foldedWords(tokens)
        }

        /// The percentage of `candidate`, or nil when it is certainly below `minimum` (the
        /// distance computation stops as soon as every path costs too much).
        public func percentage(_ candidate: String, minimum: Int) -> Int? {
            if candidate.utf8.count == query.utf8.count && candidate.utf8.elementsEqual(query.utf8) { return 100 }
            let other = MatchScore.tokens(candidate)
            let length = max(tokens.list.count, other.list.count)
            if length == 0 { return minimum <= 99 ? 99 : nil }
            // Costs in tenths: a minor difference costs 1 or 2, an edit 10.
            let allowed = minimum <= 0 ? Int.max / 2 : Int((Double(100 - minimum) / 10 * Double(length)).rounded(.up))
            // Most candidates of a search fall short: a bound answers them without the distance.
            if minimum > 0 && 10 * MatchScore.unpairedWords(words, MatchScore.foldedWords(other)) > allowed { return nil }
            guard let (cost, edits) = MatchScore.distance(tokens, other, allowedCost: allowed) else { return nil }
            // The same text in another Unicode normalization form (NFC, NFD) is identical.
            if cost == 0 && candidate == query { return 100 }
            let raw = Int((100 * (1 - Double(cost) / 10 / Double(length))).rounded(.down))
            let score = edits == 0 ? min(99, max(95, raw)) : max(0, min(94, raw))
            return score >= minimum ? score : nil
        }
    }

    /// A text's UTF-8 and its tokens, which point into it.
    struct Tokens {
        /// The text, its UTF-8 in one piece (native Swift strings are).
        let text: String
        let list: [Token]

        /// The text of `token`.
        func text(_ token: Token) -> Substring {
            let utf8 = text.utf8
            return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: Int(token.start))..<utf8.index(utf8.startIndex, offsetBy: Int(token.end))])
        }

        /// Runs `body` with the text's UTF-8, read in place.
        func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            text.utf8.withContiguousStorageIfAvailable(body)!
        }

        /// The text of every token, in order.
        var texts: [Substring] { list.map(text) }
    }

    /// A token: where it is in its text's UTF-8, the kind that decides what a difference in it
    /// costs, and hashes that tell most tokens apart without their text. Plain values, with no
    /// reference to the text: a search makes thousands, and as Substrings, with a reference counted
    /// per copy, tokenizing was 17% of a loaded server's CPU (10% now).
    struct Token: Equatable {
        /// The raw values are bits, so that `a & b` tells two numbers or two punctuation marks
        /// apart from a mixed pair.
        enum Kind: UInt8 { case word = 1, number = 2, punctuation = 4 }
        /// The token's UTF-8 offsets in its text.
        let start: Int32, end: Int32
        let kind: Kind
        /// For a word: whether it is ASCII letters only (only other words can differ in
        /// diacritics alone); meaningless for numbers and punctuation.
        let isASCII: Bool
        /// A hash of the token's bytes: tokens with different hashes differ.
        let exact: UInt64
        /// For a word, a hash of its letters as ``sameBaseLetters(_:_:)`` compares them (lower
        /// case, no diacritics): words with different hashes differ by more than marks or case.
        let folded: UInt64

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, kind: Kind, isASCII: Bool = true) {
            self.start = Int32(start)
            self.end = Int32(end)
            self.kind = kind
            self.isASCII = isASCII
            var exact: UInt64 = 0xCBF2_9CE4_8422_2325
            guard kind != .word || isASCII else {
                for index in start..<end { exact = (exact ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3 }
                self.exact = exact
                var folded: UInt64 = 0xCBF2_9CE4_8422_2325
                var index = start
                while index < end {
                    let (value, length) = UTF8Scanner.decode(bytes, at: index)
                    index += length
                    if let letter = MatchScore.baseLetter(value) { folded = (folded ^ UInt64(letter)) &* 0x0000_0100_0000_01B3 }
                }
                self.folded = folded
                return
            }
            // Numbers, punctuation and ASCII words (most tokens) in one pass over the bytes:
            // an ASCII letter's base letter is itself in lower case.
            var folded: UInt64 = 0xCBF2_9CE4_8422_2325
            for index in start..<end {
                let byte = bytes[index]
                exact = (exact ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                folded = (folded ^ UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)) &* 0x0000_0100_0000_01B3
            }
            self.exact = exact
            self.folded = kind == .word ? folded : exact
        }
    }

    /// The tokens of `text` (see the type's comment), cut on its UTF-8 bytes for speed.
    static func tokens(_ text: String) -> Tokens {
        var text = text
        text.makeContiguousUTF8()
        return Tokens(text: text, list: text.utf8.withContiguousStorageIfAvailable { tokens(in: $0) }!)
    }

    private static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var result: [Token] = []
        var start: Int?
        var kind = Token.Kind.word
        var nonASCII = false
        func close(at end: Int) {
            if let begin = start { result.append(Token(bytes, begin, end, kind: kind, isASCII: !nonASCII)) }
            start = nil
            nonASCII = false
        }
        var index = 0
        while index < bytes.count {
            let (value, length) = UTF8Scanner.decode(bytes, at: index)
            let next = index + length
            if value < 0x80 {
                // Most text is ASCII: classify it without Unicode property lookups.
                if value == 0x20 || (0x09...0x0D).contains(value) {
                    close(at: index)
                } else if (0x30...0x39).contains(value) {
                    if start == nil || kind != .number { close(at: index); start = index; kind = .number }
                } else if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                    if start == nil || kind != .word { close(at: index); start = index; kind = .word }
                } else if (value == 0x2E || value == 0x2C), start != nil, kind == .number,
                          next < bytes.count, (0x30...0x39).contains(bytes[next]) {
                    // A separator inside a number stays part of it.
                } else {
                    close(at: index)
                    result.append(Token(bytes, index, next, kind: .punctuation))
                }
                index = next
                continue
            }
            // Vietnamese letters, combining marks and common Han characters, most of the
            // rest, classified by range as the property lookups below would.
            if (0x00C0...0x024F).contains(value) && value != 0xD7 && value != 0xF7 || (0x1E00...0x1EFF).contains(value) {
                if start == nil || kind != .word { close(at: index); start = index; kind = .word }
                nonASCII = true
                index = next
                continue
            }
            if (0x0300...0x036F).contains(value) {
                if start == nil { start = index; kind = .word }
                nonASCII = true
                index = next
                continue
            }
            if (0x4E00...0x9FEF).contains(value) {
                close(at: index)
                result.append(Token(bytes, index, next, kind: .word, isASCII: false))
                index = next
                continue
            }
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            let category = properties.generalCategory
            if properties.isWhitespace {
                close(at: index)
            } else if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark {
                // A combining mark belongs to the token before it.
                if start == nil { start = index; kind = .word }
                nonASCII = true
            } else if properties.isAlphabetic && !isIdeographic(scalar) {
                if start == nil || kind != .word { close(at: index); start = index; kind = .word }
                nonASCII = true
            } else if category == .decimalNumber {
                if start == nil || kind != .number { close(at: index); start = index; kind = .number }
            } else if properties.isAlphabetic {
                // Ideographic: a token alone.
                close(at: index)
                result.append(Token(bytes, index, next, kind: .word, isASCII: false))
            } else {
                close(at: index)
                result.append(Token(bytes, index, next, kind: .punctuation))
            }
            index = next
        }
        close(at: bytes.count)
        return result
    }

    private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x2E80...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x3FFFF).contains(value)
    }

    /// The folded hashes of the words among `tokens`, sorted.
    static func foldedWords(_ tokens: Tokens) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(tokens.list.count)
        for token in tokens.list where token.kind == .word { words.append(token.folded) }
        words.sort()
        return words
    }

    /// A lower bound of ``distance(_:_:allowedCost:)``'s cost in edits: a word of one text
    /// with no word of the same letters (``Token/folded``) left to pair with in the other is
    /// dropped or replaced, an edit each, and one edit touches one word of each text; so the
    /// larger count of unpaired words of either side. `a` and `b` are sorted folded hashes.
    static func unpairedWords(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, paired = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { paired += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return max(a.count, b.count) - paired
    }

    /// Cheapest alignment cost (in tenths) and the number of edits (not minor differences) on
    /// that path, or nil once every path costs more than `allowedCost`.
    static func distance(_ a: Tokens, _ b: Tokens, allowedCost: Int = Int.max / 2) -> (cost: Int, edits: Int)? {
        a.withBytes { textA in
            b.withBytes { textB in distance(a.list, textA, b.list, textB, allowedCost: allowedCost) }
        }
    }

    private static func distance(_ a: [Token], _ textA: UnsafeBufferPointer<UInt8>, _ b: [Token], _ textB: UnsafeBufferPointer<UInt8>,
                                 allowedCost: Int) -> (cost: Int, edits: Int)? {
        // A cell packs cost and edits into one integer, so comparing cells compares cost first.
        let shift = 1 << 20
        func gap(_ token: Token) -> Int { token.kind == .punctuation ? 2 * shift : 10 * shift + 1 }
        func substitution(_ x: Token, _ y: Token) -> Int {
            // Byte comparison: Unicode-aware == costs more and the texts are compared as typed.
            // The hashes answer most pairs (different words) without reading the text.
            let left = UnsafeBufferPointer(rebasing: textA[Int(x.start)..<Int(x.end)])
            let right = UnsafeBufferPointer(rebasing: textB[Int(y.start)..<Int(y.end)])
            if x.exact == y.exact && left.count == right.count && memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 { return 0 }
            if x.kind == .number && y.kind == .number { return 2 * shift }
            if x.kind == .punctuation && y.kind == .punctuation { return 2 * shift }
            guard x.kind == .word && y.kind == .word, x.folded == y.folded else { return 10 * shift + 1 }
            if x.isASCII && y.isASCII { return equalIgnoringASCIICase(left, right) ? 1 * shift : 10 * shift + 1 }
            // Other words: the same letters but for diacritics (a cheap test first, then a table
            // of base letters), and only then the keys that tell case, composition and tone-mark
            // placement from other diacritics (they go through ICU's normalizer).
            let first = String(decoding: left, as: UTF8.self), second = String(decoding: right, as: UTF8.self)
            guard mayDifferInMarksOnly(first[...], second[...]), sameBaseLetters(first[...], second[...]) else { return 10 * shift + 1 }
            if first == second { return 0 }  // canonically equivalent: the same word (NFC / NFD)
            return MatchKey.strict(first) == MatchKey.strict(second) ? 1 * shift : 5 * shift + 1
        }
        let limit = allowedCost >= Int.max / (2 * shift) ? Int.max / 2 : (allowedCost + 1) * shift
        // Equal tokens cost 0 and differently hashed words (most pairs) an edit without looking
        // at the tokens' text at all.
        var previous = [Int](repeating: 0, count: b.count + 1)
        for j in b.indices { previous[j + 1] = previous[j] + gap(b[j]) }
        var current = previous
        // Ukkonen's cut-off, both ends: a path through the cell of a[..<i] and b[..<j] takes
        // |j - i| gaps to reach it and |(m - n) - (j - i)| more to reach the end (n, m tokens).
        // `gaps` is the most gaps the allowed cost pays for, each 0.2 for a punctuation token
        // (at most `punctuation` of them) and 1 for any other; cells needing more are skipped,
        // the two just outside the band written as dead for the next row to read.
        let skew = b.count - a.count
        var lowOffset = Int.min / 4, highOffset = Int.max / 4
        if limit < Int.max / 2 {
            let punctuation = a.reduce(0) { $0 + ($1.kind == .punctuation ? 1 : 0) } + b.reduce(0) { $0 + ($1.kind == .punctuation ? 1 : 0) }
            let gaps = 2 * punctuation >= allowedCost ? allowedCost / 2 : punctuation + (allowedCost - 2 * punctuation) / 10
            guard gaps >= abs(skew) else { return nil }
            let spare = (gaps - abs(skew)) / 2
            lowOffset = min(0, skew) - spare
            highOffset = max(0, skew) + spare
        }
        for i in a.indices {
            let drop = gap(a[i])
            let exact = a[i].exact, folded = a[i].folded, kind = a[i].kind.rawValue
            current[0] = previous[0] + drop
            var rowMinimum = current[0]
            let low = max(0, i + lowOffset), high = min(b.count - 1, i + highOffset)
            if low > 0 && low <= b.count { current[low] = limit }
            if high + 2 <= b.count { current[high + 2] = limit }
            for j in stride(from: low, through: high, by: 1) {
                let cost: Int
                let other = b[j]
                if exact == other.exact || (kind & other.kind.rawValue == 1 && folded == other.folded) {
                    cost = substitution(a[i], other)  // the same token, or the same word's letters
                } else if kind & other.kind.rawValue > 1 {
                    cost = 2 * shift  // another number, other punctuation
                } else {
                    cost = 10 * shift + 1
                }
                let cell = min(previous[j] + cost, previous[j + 1] + drop, current[j] + gap(other))
                current[j + 1] = cell
                rowMinimum = min(rowMinimum, cell)
            }
            if rowMinimum >= limit { return nil }
            swap(&previous, &current)
        }
        let cell = previous[b.count]
        return cell >= limit ? nil : (cell / shift, cell % shift)
    }

    /// Whether two ASCII words are the same but for case, without making lower-case copies.
    static func equalIgnoringASCIICase(_ x: Substring, _ y: Substring) -> Bool {
        equalIgnoringASCIICase(x.utf8, y.utf8)
    }

    static func equalIgnoringASCIICase(_ x: some Collection<UInt8>, _ y: some Collection<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { $0 == $1 || ($0 | 0x20 == $1 | 0x20 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
    }

    /// A cheap test that lets through every pair of words that may differ only in diacritics
    /// (and some others): in composed form they have as many scalars, and the same ASCII letters
    /// where both have one. A combining mark (decomposed text) lets the pair through.
    static func mayDifferInMarksOnly(_ x: Substring, _ y: Substring) -> Bool {
        // Most pairs differ in a first or last ASCII letter: answered from two bytes each.
        func differ(_ p: UInt8?, _ q: UInt8?) -> Bool {
            guard let p, let q, p < 0x80, q < 0x80 else { return false }
            return p | 0x20 != q | 0x20
        }
        if differ(x.utf8.first, y.utf8.first) || differ(x.utf8.last, y.utf8.last) { return false }
        var first = x.unicodeScalars.makeIterator(), second = y.unicodeScalars.makeIterator()
        while true {
            let p = first.next(), q = second.next()
            guard let p, let q else {
                // One word ended: the other may go on with combining marks only (NFD).
                guard let rest = p ?? q else { return true }
                return (0x0300...0x036F).contains(rest.value)
            }
            if (0x0300...0x036F).contains(p.value) || (0x0300...0x036F).contains(q.value) { return true }
            if p.isASCII && q.isASCII && (p.value | 0x20) != (q.value | 0x20) { return false }
            // Two different Han, kana or Hangul characters never differ in marks alone (Chinese
            // compares character by character, so this pair is asked most); only compatibility
            // ideographs have a canonical equivalent among the others.
            if p != q && isUnmarkedScript(p) && isUnmarkedScript(q) { return false }
        }
    }

    /// Han, kana, Hangul syllables and the CJK symbols before them (U+2E80–U+D7AF), but not
    /// the compatibility ideographs, which decompose to other Han characters.
    static func isUnmarkedScript(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0xD7AF).contains(scalar.value)
    }

    /// Whether two words have the same letters once lower-cased and stripped of diacritics
    /// (``MatchKey/loose(_:)``, đ as d), compared scalar by scalar through ``baseLetters``.
    static func sameBaseLetters(_ x: Substring, _ y: Substring) -> Bool {
        var first = x.unicodeScalars.makeIterator(), second = y.unicodeScalars.makeIterator()
        while true {
            let p = nextBaseLetter(&first), q = nextBaseLetter(&second)
            if p != q { return false }
            if p == nil { return true }
        }
    }

    /// The next letter of a word as ``sameBaseLetters(_:_:)`` compares it: lower case, without
    /// diacritics, combining marks skipped; nil at the end.
    static func nextBaseLetter(_ iterator: inout Substring.UnicodeScalarView.Iterator) -> UInt32? {
        while let scalar = iterator.next() {
            if let letter = baseLetter(scalar.value) { return letter }
        }
        return nil
    }

    /// The letter `value` is as ``sameBaseLetters(_:_:)`` compares it: lower case, without
    /// diacritics; nil for a combining mark (NFD), which is skipped.
    @inline(__always)
    static func baseLetter(_ value: UInt32) -> UInt32? {
        if value < 0x80 { return (0x41...0x5A).contains(value) ? value | 0x20 : value }
        if (0x0300...0x036F).contains(value) { return nil }
        // Han, kana and Hangul have no case and no diacritics: asked most for Chinese.
        if (0x2E80...0xD7AF).contains(value) { return value }
        if let base = baseLetters[value] { return base }
        // Other scripts (Cyrillic, Greek, full-width Latin): the letter in lower case.
        guard let scalar = Unicode.Scalar(value) else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : value
    }

    /// The lower-case base letter of each Latin letter with diacritics (U+00C0–U+024F,
    /// U+1E00–U+1EFF: Vietnamese among them), read once through ``MatchKey/loose(_:)``.
    static let baseLetters: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for value in Array(UInt32(0x00C0)...0x024F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let folded = MatchKey.loose(String(scalar)).unicodeScalars
            if folded.count == 1, let base = folded.first, base.value != value { table[value] = base.value }
        }
        return table
    }()
}

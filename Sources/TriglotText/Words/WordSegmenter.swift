/// Splits text into tokens: ICU's word break iterator (with its dictionary for Chinese), then
/// Triglot's rules: hyphenated compounds and abbreviations stay whole in Latin script, and
/// registered terms become single tokens. Vietnamese comes out as syllables.
///
/// Not thread-safe (it owns an ICU iterator); make one per thread.
public final class WordSegmenter {
    /// The language whose abbreviation list applies, or nil to detect it per text.
    public let language: Language?
    /// Terms kept as one token.
    public var terms: TermSet
    private let iterator: BreakIterator
    private var scratch: [Span] = []

    /// A segmenter for `language` (nil: detect) that keeps `terms` whole.
    public init(language: Language? = nil, terms: TermSet = TermSet()) throws(TriglotTextError) {
        self.language = language
        self.terms = terms
        iterator = try BreakIterator(.word, locale: "en")
    }

    /// The tokens of `text` in order; white space only when `includeWhitespace` is true.
    public func tokens(in text: String, includeWhitespace: Bool = false) throws(TriglotTextError) -> [Token] {
        var copy = text
        let spans = try copy.withUTF8Bytes { (utf8) throws(TriglotTextError) in try tokenSpans(utf8) }
        defer { scratch = spans }  // give the storage back for the next call
        let utf8 = text.utf8
        var tokens: [Token] = []
        tokens.reserveCapacity(spans.count)
        var index = utf8.startIndex
        var offset = 0
        for span in spans where includeWhitespace || span.kind != .whitespace {
            let lower = utf8.index(index, offsetBy: span.range.lowerBound - offset)
            let upper = utf8.index(lower, offsetBy: span.range.count)
            index = upper
            offset = span.range.upperBound
            tokens.append(Token(range: lower..<upper, utf8Range: span.range, kind: span.kind, isTerm: span.isTerm))
        }
        return tokens
    }

    /// Calls `body` with each token of `text` other than white space, as its UTF-8 bytes, its
    /// byte offset, its kind and whether it is a registered term: the same tokens as
    /// ``tokens(in:includeWhitespace:)`` without building String indices, for callers that
    /// look tokens up by their bytes.
    public func forEachToken(
        in text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, TokenKind, Bool) -> Void
    ) throws(TriglotTextError) {
        var copy = text
        try copy.withUTF8Bytes { (utf8) throws(TriglotTextError) in
            let spans = try tokenSpans(utf8)
            for span in spans where span.kind != .whitespace {
                body(UnsafeBufferPointer(rebasing: utf8[span.range]), span.range.lowerBound, span.kind, span.isTerm)
            }
            scratch = spans  // give the storage back for the next call
        }
    }

    /// A token as byte offsets, before it is tied to a String.
    struct Span {
        var range: Range<Int>
        var kind: TokenKind
        var isTerm = false
        var ideographic = false
    }

    /// All tokens of `utf8` (white space included) as byte ranges.
    func tokenSpans(_ utf8: UnsafeBufferPointer<UInt8>) throws(TriglotTextError) -> [Span] {
        // Take the last call's storage (``tokens(in:)`` gives it back): segmenting many articles
        // then allocates almost nothing.
        var spans = scratch
        scratch = []
        spans.removeAll(keepingCapacity: true)
        var start = 0
        try iterator.forEachBoundary(in: utf8) { end, status in
            spans.append(Self.classify(utf8, start..<end, status: status))
            start = end
        }
        let detected = language ?? LanguageEvidence(utf8: utf8, in: 0..<utf8.count).language ?? .english
        if detected != .chinese {
            joinLatinCompounds(&spans, utf8, language: detected)
        }
        if !terms.isEmpty { spans = applyTerms(spans, utf8) }
        return spans
    }

    /// The kind of the token ICU found at `range`, from its rule status (UWordBreak ranges).
    static func classify(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, status: Int32) -> Span {
        switch status {
        case 100..<200: return Span(range: range, kind: .number)
        case 200..<300: return Span(range: range, kind: .word)
        case 300..<500: return Span(range: range, kind: .word, ideographic: true)
        default:
            // White space only when every scalar is: ICU attaches a stray combining mark to a space.
            var offset = range.lowerBound
            var scalar = UTF8Scanner.decode(utf8, at: offset).0
            while UTF8Scanner.isSpace(scalar) {
                offset += UTF8Scanner.decode(utf8, at: offset).1
                if offset == range.upperBound { return Span(range: range, kind: .whitespace) }
                scalar = UTF8Scanner.decode(utf8, at: offset).0
            }
            if scalar < 0x80 {
                // ASCII: Unicode's categories, without the property lookup.
                switch UInt8(scalar) {
                case 0x24, 0x2B, 0x3C...0x3E, 0x5E, 0x60, 0x7C, 0x7E: return Span(range: range, kind: .symbol)  // $ + < = > ^ ` | ~
                case 0x30...0x39: return Span(range: range, kind: .number)
                case 0x41...0x5A, 0x61...0x7A: return Span(range: range, kind: .word)
                case 0x21...0x2F, 0x3A...0x40, 0x5B...0x5F, 0x7B...0x7D: return Span(range: range, kind: .punctuation)
                default: return Span(range: range, kind: .symbol)
                }
            }
            guard let value = Unicode.Scalar(scalar) else { return Span(range: range, kind: .symbol) }
            switch value.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return Span(range: range, kind: .punctuation)
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                return Span(range: range, kind: .word)
            case .decimalNumber, .letterNumber, .otherNumber:
                return Span(range: range, kind: .number)
            default:
                return Span(range: range, kind: .symbol)
            }
        }
    }

    /// "well-known", "COVID-19" and "U.S." as single words: ICU splits at hyphens and leaves the
    /// final period of abbreviations apart. Compacts `spans` in place (it only ever shrinks).
    private func joinLatinCompounds(_ spans: inout [Span], _ utf8: UnsafeBufferPointer<UInt8>, language: Language) {
        let rules = SentenceRules.shipped(for: language)
        var written = 0
        var index = 0
        let count = spans.count
        // Words longer than every entry cannot be abbreviations: skip building their keys.
        let longest = Self.longestAbbreviation[language] ?? 0
        while index < count {
            var current = spans[index]
            index += 1
            if (current.kind == .word || current.kind == .number) && !current.ideographic {
                // word-word, word-number, number-word joined by one hyphen with no space.
                while index + 1 < count, Self.isHyphen(utf8, spans[index].range),
                      spans[index + 1].kind == .word || spans[index + 1].kind == .number,
                      !spans[index + 1].ideographic,
                      current.kind == .word || spans[index + 1].kind == .word {
                    current.range = current.range.lowerBound..<spans[index + 1].range.upperBound
                    current.kind = .word
                    index += 2
                }
                // An abbreviation keeps its period: "U.S.", "Mr.", "TS.".
                if current.kind == .word, index < count, spans[index].range.count == 1,
                   utf8[spans[index].range.lowerBound] == 0x2E, current.range.count <= longest {
                    let key = String(decoding: UnsafeBufferPointer(rebasing: utf8[current.range]), as: UTF8.self).lowercased()
                    if !rules.classes(of: key).isDisjoint(with: [.title, .abbreviation, .numberPrefix])
                        || (key.contains(".") && SentenceBoundaryRules.isDottedAcronym(key)) {
                        current.range = current.range.lowerBound..<spans[index].range.upperBound
                        index += 1
                    }
                }
            }
            spans[written] = current
            written += 1
        }
        spans.removeLast(count - written)
    }

    /// The byte length of each language's longest title or abbreviation.
    private static let longestAbbreviation: [Language: Int] = Dictionary(uniqueKeysWithValues: Language.allCases.map {
        let rules = SentenceRules.shipped(for: $0)
        return ($0, rules.titles.union(rules.abbreviations).union(rules.numberPrefixes).map(\.utf8.count).max() ?? 0)
    })

    private static func isHyphen(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if range.count == 1 { return utf8[range.lowerBound] == 0x2D }
        let scalar = UTF8Scanner.decode(utf8, at: range.lowerBound)
        return scalar.1 == range.count && (scalar.0 == 0x2010 || scalar.0 == 0x2011)
    }

    /// Replaces the tokens a registered term covers with one token; a term may start or end
    /// inside an ideographic token, which is then cut.
    private func applyTerms(_ spans: [Span], _ utf8: UnsafeBufferPointer<UInt8>) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(spans.count)
        var index = 0
        var position = spans.first?.range.lowerBound ?? 0
        // Ends of tokens, to check that a term ends on a boundary.
        let ends = Set(spans.map(\.range.upperBound))
        func tokenIndex(containing offset: Int) -> Int? {
            var low = 0, high = spans.count - 1
            while low <= high {
                let middle = (low + high) / 2
                if spans[middle].range.upperBound <= offset { low = middle + 1 }
                else if spans[middle].range.lowerBound > offset { high = middle - 1 }
                else { return middle }
            }
            return nil
        }
        func validEnd(_ end: Int) -> Bool {
            if ends.contains(end) { return true }
            guard let containing = tokenIndex(containing: end) else { return false }
            return spans[containing].ideographic
        }
        while index < spans.count {
            let span = spans[index]
            var starts = [position]
            if span.ideographic {
                var offset = position + UTF8Scanner.decode(utf8, at: position).1
                while offset < span.range.upperBound {
                    starts.append(offset)
                    offset += UTF8Scanner.decode(utf8, at: offset).1
                }
            }
            var found: Range<Int>?
            for start in starts {
                if let end = terms.matchEnds(in: utf8, from: start).last(where: validEnd) {
                    found = start..<end
                    break
                }
            }
            guard let term = found else {
                result.append(Span(range: position..<span.range.upperBound, kind: span.kind, ideographic: span.ideographic))
                index += 1
                if index < spans.count { position = spans[index].range.lowerBound }
                continue
            }
            if term.lowerBound > position {
                result.append(Span(range: position..<term.lowerBound, kind: span.kind, ideographic: span.ideographic))
            }
            result.append(Span(range: term, kind: .word, isTerm: true))
            while index < spans.count && spans[index].range.upperBound <= term.upperBound { index += 1 }
            position = term.upperBound
        }
        return result
    }
}

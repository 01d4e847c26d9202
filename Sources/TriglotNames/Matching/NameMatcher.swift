import TriglotText

/// One name found in a text.
public struct NameMatch: Equatable, Sendable {
    /// The value given with the pattern that matched (a concept's index for a glossary matcher).
    public let value: Int
    /// Where the name is in the original text, as UTF-8 byte offsets.
    public let utf8Range: Range<Int>
    /// Where it is in the folded text.
    public let foldedRange: Range<Int>
    /// Whether the text is the pattern's form exactly (diacritics kept) or only once folded;
    /// when several values share the folded key, an exact one is chosen over a folded one.
    public let matchedBy: MatchedBy
}

/// Finds every glossary name in a text at once: leftmost-longest, non-overlapping, on the text
/// folded as NameFolder folds names (see ``FoldedText``). A name that starts or ends with a
/// letter of an alphabet matches on word boundaries only (no "Son" in "Sonnet"); Chinese
/// characters match anywhere, since Chinese has no spaces.
///
/// The patterns are a byte trie in flat arrays: each state's edges sorted by byte, and the busy
/// states (the root, and any with eight edges or more: the first levels, the bytes inside
/// Chinese characters) given a dense 256-entry row. The
/// scan walks the trie from each position where a name may start, keeping the longest end that
/// passes the boundary check; a walk stops at the first byte no pattern continues with, so it is
/// bounded by the longest pattern and in practice a few bytes. Unlike Aho-Corasick's failure
/// links this needs no special care for leftmost-longest semantics with boundary conditions.
///
/// Several values may share a folded key (the glossary's "Tần Cương", Qin Gang, and "Tân
/// Cương", Xinjiang): a match then goes to the value with a form the text is exactly
/// (diacritics kept, see ``NameFolder/exactKey(_:)``); when none is, as in "Tan Cuong", to the
/// smallest value (the first concept in glossary order), marked `.folded`. Every match says
/// whether it was exact.
/// Built once; immutable and safe to share between threads.
public final class NameMatcher: Sendable {
    /// A value a pattern reports, with the forms of it that fold to the pattern: their exact
    /// keys where they are the folded key itself (ASCII, Han), the forms as written otherwise,
    /// whose exact keys are worked out only when a match needs them (a glossary's worth of
    /// normalizer calls was a third of `align`'s start-up).
    private struct Candidate: Sendable {
        let value: Int
        let exactKeys: [String]
        let otherForms: [String]

        /// Whether `written` (an exact key) is one of the forms exactly.
        func isExactly(_ written: String, cache: ExactKeyCache) -> Bool {
            exactKeys.contains(written) || otherForms.contains { cache.key($0) == written }
        }
    }

    /// The number of distinct patterns.
    public let patternCount: Int
    /// Per state: where its edges start in `labels`/`targets` (one extra entry).
    private let edgeStarts: [Int32]
    /// Edge bytes, sorted within each state.
    private let labels: [UInt8]
    /// Edge targets.
    private let targets: [Int32]
    /// Per state: its dense row in `dense`, or -1.
    private let denseRows: [Int32]
    /// Dense rows: 256 targets each (-1: no edge).
    private let dense: [Int32]
    /// Per state: the index in `candidates` of the pattern ending there, or -1.
    private let outputs: [Int32]
    /// Per pattern: the values it reports, smallest first.
    private let candidates: [[Candidate]]

    /// States with at least this many edges get a dense row.
    private static let denseThreshold = 8

    /// A matcher for `patterns`: keys already folded by ``NameFolder/key(_:)``, each with a
    /// value reported with its matches. Empty keys are ignored; for a key given twice, the
    /// smallest value wins. A key is its own exact form: a match is `.exact` when the text
    /// has no diacritics the key lacks.
    public convenience init(patterns: [(key: String, value: Int)]) {
        self.init(entries: patterns.map { ($0.key, $0.value, [$0.key], []) })
    }

    /// A matcher for every form of every concept of `glossary`; a match's value is the
    /// concept's index in `glossary.concepts`.
    public convenience init(glossary: Glossary) {
        // One entry per (folded key, concept), with the exact keys of the concept's forms that
        // fold to it.
        var entries: [(key: String, value: Int, exactKeys: [String], otherForms: [String])] = []
        var positions: [String: Int] = [:]
        for (key, form, concept) in glossary.keyedFormTexts {
            // ASCII and Han characters alone carry no diacritics: their exact key is the folded one.
            let plain = form.utf8.allSatisfy({ $0 < 0x80 }) || form.unicodeScalars.allSatisfy(\.isHanIdeograph)
            let entryKey = "\(concept)\t" + key
            let position = positions[entryKey] ?? entries.count
            if position == entries.count {
                positions[entryKey] = position
                entries.append((key, concept, [], []))
            }
            if plain {
                if !entries[position].exactKeys.contains(key) { entries[position].exactKeys.append(key) }
            } else if !entries[position].otherForms.contains(form) {
                entries[position].otherForms.append(form)
            }
        }
        self.init(entries: entries)
    }

    /// The matcher for `entries`: folded keys, each with its value and the forms behind it
    /// (exact keys of plain forms, other forms as written).
    private init(entries: [(key: String, value: Int, exactKeys: [String], otherForms: [String])]) {
        var keyed: [(bytes: [UInt8], value: Int, candidate: Candidate)] = entries.compactMap { entry in
            entry.key.isEmpty ? nil
                : (Array(entry.key.utf8), entry.value, Candidate(value: entry.value, exactKeys: entry.exactKeys, otherForms: entry.otherForms))
        }
        keyed.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) || ($0.bytes == $1.bytes && $0.value < $1.value) }
        var candidates: [[Candidate]] = []

        // Sorted keys build the trie depth first, each state's children arriving in byte order:
        // kept as child/sibling lists, then laid out flat.
        var firstChild: [Int32] = [-1], lastChild: [Int32] = [-1], nextSibling: [Int32] = [-1]
        var label: [UInt8] = [0]
        var outputs: [Int32] = [-1]
        var path: [Int32] = [0]  // states along the previous key
        var previous: [UInt8] = []
        var distinct = 0
        for (bytes, _, candidate) in keyed {
            var shared = 0
            let limit = min(bytes.count, previous.count)
            while shared < limit && bytes[shared] == previous[shared] { shared += 1 }
            if shared == bytes.count && bytes.count == previous.count {
                // A repeated key: another value for the same pattern.
                candidates[candidates.count - 1].append(candidate)
                continue
            }
            path.removeLast(path.count - shared - 1)
            var state = path[shared]
            for byte in bytes[shared...] {
                let child = Int32(label.count)
                firstChild.append(-1); lastChild.append(-1); nextSibling.append(-1)
                label.append(byte); outputs.append(-1)
                if lastChild[Int(state)] < 0 { firstChild[Int(state)] = child } else { nextSibling[Int(lastChild[Int(state)])] = child }
                lastChild[Int(state)] = child
                state = child
                path.append(state)
            }
            outputs[Int(state)] = Int32(candidates.count)
            candidates.append([candidate])
            distinct += 1
            previous = bytes
        }

        let stateCount = label.count
        var edgeStarts = [Int32](repeating: 0, count: stateCount + 1)
        var labels: [UInt8] = [], targets: [Int32] = []
        labels.reserveCapacity(stateCount)
        targets.reserveCapacity(stateCount)
        var denseRows = [Int32](repeating: -1, count: stateCount)
        var dense: [Int32] = []
        for state in 0..<stateCount {
            edgeStarts[state] = Int32(labels.count)
            var child = firstChild[state]
            while child >= 0 {
                labels.append(label[Int(child)])
                targets.append(child)
                child = nextSibling[Int(child)]
            }
            let edges = labels.count - Int(edgeStarts[state])
            if state == 0 || edges >= Self.denseThreshold {
                denseRows[state] = Int32(dense.count / 256)
                var row = [Int32](repeating: -1, count: 256)
                for edge in Int(edgeStarts[state])..<labels.count { row[Int(labels[edge])] = targets[edge] }
                dense += row
            }
        }
        edgeStarts[stateCount] = Int32(labels.count)
        self.patternCount = distinct
        self.edgeStarts = edgeStarts
        self.labels = labels
        self.targets = targets
        self.denseRows = denseRows
        self.dense = dense
        self.outputs = outputs
        self.candidates = candidates
    }

    /// Every pattern in `text`, leftmost-longest, in order, with offsets in `text`.
    /// `exactKeys`: a cache of the exact keys worked out (one per thread), for a caller matching
    /// many texts.
    public func matches(in text: String, exactKeys: ExactKeyCache? = nil) -> [NameMatch] {
        matches(in: FoldedText(text), exactKeys: exactKeys)
    }

    /// Every pattern in a text already folded, leftmost-longest, in order.
    public func matches(in text: FoldedText, exactKeys: ExactKeyCache? = nil) -> [NameMatch] {
        var found: [NameMatch] = []
        // A text names the same people again and again: without a caller's cache, one for this
        // text (Vietnamese news went 2.5 times slower with every match's keys worked out anew).
        let cache = exactKeys ?? ExactKeyCache()
        scan(text.bytes) { start, end, pattern in
            let range = text.originalRange(of: start..<end)
            let (value, matchedBy) = choose(among: candidates[pattern], text: text, range: range, folded: start..<end, cache: cache)
            found.append(NameMatch(value: value, utf8Range: range, foldedRange: start..<end, matchedBy: matchedBy))
        }
        return found
    }

    /// The value a match reports: the first candidate the written text is exactly, else the
    /// first, folded.
    private func choose(among candidates: [Candidate], text: FoldedText, range: Range<Int>,
                        folded: Range<Int>, cache: ExactKeyCache) -> (Int, MatchedBy) {
        let utf8 = text.original.utf8
        let slice = utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        // Text with no letter a diacritic can sit on beyond ASCII (Chinese characters, say) is
        // its folded key exactly; only other text needs its exact key worked out.
        let plain = String(decoding: slice, as: UTF8.self)
        let written = plain.unicodeScalars.allSatisfy({ $0.isASCII || $0.value >= 0x2E80 })
            ? String(decoding: text.bytes[folded], as: UTF8.self) : cache.key(plain)
        if let exact = candidates.first(where: { $0.isExactly(written, cache: cache) }) { return (exact.value, .exact) }
        return (candidates[0].value, .folded)
    }

    /// How many patterns `text` holds (for benchmarks: the scan without building results).
    public func count(in text: FoldedText) -> Int {
        var count = 0
        scan(text.bytes) { _, _, _ in count += 1 }
        return count
    }

    /// Calls `body` with each match's folded start, end and value, in order.
    private func scan(_ text: [UInt8], _ body: (Int, Int, Int) -> Void) {
        guard patternCount > 0 else { return }
        text.withUnsafeBufferPointer { bytes in
        edgeStarts.withUnsafeBufferPointer { edgeStarts in
        labels.withUnsafeBufferPointer { labels in
        targets.withUnsafeBufferPointer { targets in
        denseRows.withUnsafeBufferPointer { denseRows in
        dense.withUnsafeBufferPointer { dense in
        outputs.withUnsafeBufferPointer { outputs in
            @inline(__always) func next(_ state: Int, _ byte: UInt8) -> Int {
                let row = Int(denseRows[state])
                if row >= 0 { return Int(dense[row &<< 8 | Int(byte)]) }
                var edge = Int(edgeStarts[state])
                let end = Int(edgeStarts[state + 1])
                while edge < end {
                    let edgeLabel = labels[edge]
                    if edgeLabel == byte { return Int(targets[edge]) }
                    if edgeLabel > byte { return -1 }
                    edge += 1
                }
                return -1
            }
            let count = bytes.count
            var position = 0
            // Whether the scalar before `position` is a letter or digit of an alphabet.
            var afterWord = false
            while position < count {
                let byte = bytes[position]
                if byte < 0x80 && afterWord && Self.asciiWord[Int(byte)] {
                    // Inside a word no Latin name can start: skip to its end at once.
                    position += 1
                    while position < count && bytes[position] < 0x80 && Self.asciiWord[Int(bytes[position])] { position += 1 }
                    continue
                }
                let first = Int(dense[Int(byte)])  // the root's row is row 0
                if first < 0 || (afterWord && byte >= 0x80 && Self.isWordStart(bytes, position)) {
                    // No name starts here: step over the scalar.
                    if byte < 0x80 {
                        afterWord = Self.asciiWord[Int(byte)]
                        position += 1
                    } else {
                        let (value, length) = UTF8Scanner.decode(bytes, at: position)
                        afterWord = Self.isWord(value)
                        position += length
                    }
                    continue
                }
                var state = first
                var index = position + 1
                var bestEnd = -1, bestValue = -1
                while true {
                    let output = Int(outputs[state])
                    if output >= 0 && Self.endsWord(bytes, index) {
                        bestEnd = index
                        bestValue = output
                    }
                    if index == count { break }
                    state = next(state, bytes[index])
                    if state < 0 { break }
                    index += 1
                }
                if bestEnd >= 0 {
                    body(position, bestEnd, bestValue)
                    position = bestEnd
                    afterWord = Self.endsInWord(bytes, bestEnd)
                } else if byte < 0x80 {
                    afterWord = Self.asciiWord[Int(byte)]
                    position += 1
                } else {
                    let (value, length) = UTF8Scanner.decode(bytes, at: position)
                    afterWord = Self.isWord(value)
                    position += length
                }
            }
        }}}}}}}
    }

    /// ASCII letters and digits, as a bit set (no lazy global on the hot path).
    private enum asciiWord {
        @inline(__always)
        static subscript(_ byte: Int) -> Bool {
            let low: UInt64 = 0x03FF_0000_0000_0000  // digits 0x30-0x39
            let high: UInt64 = 0x07FF_FFFE_07FF_FFFE  // letters 0x41-0x5A, 0x61-0x7A
            return byte < 64 ? (low >> UInt64(byte)) & 1 == 1 : (high >> UInt64(byte - 64)) & 1 == 1
        }
    }

    /// Letters and digits that words are made of, other than Chinese, Japanese and Korean
    /// characters, which stand alone.
    static func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 { return asciiWord[Int(value)] }
        switch value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF: return false
        default:
            guard let scalar = Unicode.Scalar(value) else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Whether the scalar at `position` is a word letter (a name starting there must not
    /// follow another word letter).
    @inline(__always)
    private static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        let byte = bytes[position]
        if byte < 0x80 { return asciiWord[Int(byte)] }
        return isWord(UTF8Scanner.decode(bytes, at: position).0)
    }

    /// Whether a name may end at `end`: not between two word letters.
    @inline(__always)
    private static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        end == bytes.count || !isWordStart(bytes, end) || !endsInWord(bytes, end)
    }

    /// Whether the scalar before `end` is a word letter.
    @inline(__always)
    private static func endsInWord(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end > 0 else { return false }
        let byte = bytes[end - 1]
        if byte < 0x80 { return asciiWord[Int(byte)] }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWord(UTF8Scanner.decode(bytes, at: start).0)
    }
}

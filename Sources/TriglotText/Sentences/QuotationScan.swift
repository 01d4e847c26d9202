/// Which quotation is open at a point of a sentence, found by reading the sentence's quote marks
/// from its start: `"` opens and closes; “ opens and ” closes; ‘ opens, and so does `'` at the
/// start of a word (`triglot segment --clean` turns typewriter backtick quotes into `'`); ’ and `'` close a single quotation when no letter follows them (in
/// "they'll" and "dragon’s" they are apostrophes).
///
/// Like ``BracketScan``, it goes on from where the last call for the same sentence stopped, so
/// one pass over the text stays linear however many boundaries a sentence has.
struct QuotationScan {
    /// The kind of quotation that is open.
    enum Kind: UInt8 {
        case double = 1, curlyDouble, single
    }

    /// Open quotations, innermost last, kept in one integer (a byte per level, eight levels):
    /// a sentence's quotations cost no allocation.
    struct Stack {
        private var levels: UInt64 = 0
        private(set) var count = 0

        var isEmpty: Bool { count == 0 }
        var last: Kind? { count == 0 ? nil : Kind(rawValue: UInt8(truncatingIfNeeded: levels >> UInt64(8 * (count - 1)))) }

        func contains(_ kind: Kind) -> Bool { lastLevel(of: kind) != nil }

        /// A ninth level is not kept: such nesting is no prose.
        mutating func push(_ kind: Kind) {
            guard count < 8 else { return }
            levels |= UInt64(kind.rawValue) << UInt64(8 * count)
            count += 1
        }

        /// Closes the innermost quotation of `kind` and every one opened inside it.
        mutating func pop(through kind: Kind) {
            guard let level = lastLevel(of: kind) else { return }
            levels &= level == 0 ? 0 : (1 << UInt64(8 * level)) - 1
            count = level
        }

        private func lastLevel(of kind: Kind) -> Int? {
            var level = count - 1
            while level >= 0 {
                if UInt8(truncatingIfNeeded: levels >> UInt64(8 * level)) == kind.rawValue { return level }
                level -= 1
            }
            return nil
        }
    }

    var start = -1
    var position = 0
    /// The open quotations, innermost last (a single quotation inside a double one).
    var open = Stack()
    /// Where the outermost open quotation, or else the last one closed, opened.
    var lastOpening: Int?

    /// Reads `text` on to `end` from where it stopped, starting over at `sentenceStart` when
    /// the sentence is another.
    mutating func advance(in text: ByteText, sentenceStart: Int, to end: Int) {
        if start != sentenceStart || position > end {
            self = QuotationScan(start: sentenceStart, position: sentenceStart)
        }
        let utf8 = text.utf8
        var index = position
        while index < end {
            // Eight bytes at a time: most of a sentence holds no quote mark.
            if index + 8 <= end, let base = utf8.baseAddress,
               !Self.mayHoldMark(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            visit(utf8[index], at: index, in: text)
            index += 1
        }
        position = end
    }

    /// Whether any byte of `word` may be `"`, `'` or 0xE2, the lead byte of “ ” ‘ ’ (the bit trick
    /// of ``PunctuationIndex/mayContainIndexed(_:)``; `"` and `'` share a test, which also lets
    /// "#" and "&" through to the exact one).
    @inline(__always)
    private static func mayHoldMark(_ word: UInt64) -> Bool {
        PunctuationIndex.has(0x22, in: word & 0xFAFA_FAFA_FAFA_FAFA) || PunctuationIndex.has(0xE2, in: word)
    }

    /// Reads the byte at `index`.
    private mutating func visit(_ byte: UInt8, at index: Int, in text: ByteText) {
        let utf8 = text.utf8
        switch byte {
        case 0x22:  // "
            switch Self.straightQuoteRole(at: index, in: text) {
            case .opens: opening(.double, at: index)
            case .closes: open.pop(through: .double)
            case .either: if open.last == .double { open.pop(through: .double) } else { opening(.double, at: index) }
            case .neither: break
            }
        case 0x27:  // '
            if Self.isLetter(after: index + 1, in: text) {
                if index == start || Self.isSpaceOrOpener(before: index, in: text) { opening(.single, at: index) }
            } else if open.contains(.single), index > start, !Self.isSpaceOrOpener(before: index, in: text) {
                open.pop(through: .single)
            }
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80:
            switch utf8[index + 2] {
            case 0x9C: opening(.curlyDouble, at: index)  // “
            case 0x9D: open.pop(through: .curlyDouble)  // ”
            case 0x98: opening(.single, at: index)  // ‘
            case 0x99:  // ’
                if open.contains(.single), !Self.isLetter(after: index + 3, in: text) { open.pop(through: .single) }
            default: break
            }
        default: break
        }
    }

    private mutating func opening(_ kind: Kind, at index: Int) {
        if open.isEmpty { lastOpening = index }
        open.push(kind)
    }

    /// Whether the innermost open quotation closes on the same line as `offset`, within
    /// `limit` bytes, with a mark that is not an apostrophe.
    func closesOnLine(from offset: Int, in text: ByteText, limit: Int = 2_000) -> Bool {
        guard let kind = open.last else { return false }
        let utf8 = text.utf8
        var index = offset
        let end = min(utf8.count, offset + limit)
        while index < end {
            switch utf8[index] {
            case 0x0A, 0x0D: return false
            // A quotation of the same kind opening first: this one was never closed.
            case 0x22 where kind == .double:
                switch Self.straightQuoteRole(at: index, in: text) {
                case .opens: return false
                case .closes, .either: return true
                case .neither: break
                }
            case 0x27 where kind == .single:
                let letterAfter = Self.isLetter(after: index + 1, in: text), spaceBefore = Self.isSpaceOrOpener(before: index, in: text)
                if !letterAfter && !spaceBefore { return true }
                if letterAfter && spaceBefore { return false }
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80:
                if kind == .curlyDouble && utf8[index + 2] == 0x9D { return true }
                if kind == .curlyDouble && utf8[index + 2] == 0x9C { return false }
                if kind == .single && utf8[index + 2] == 0x99 && !Self.isLetter(after: index + 3, in: text) { return true }
                if kind == .single && utf8[index + 2] == 0x98 { return false }
            default: break
            }
            index += 1
        }
        return false
    }

    /// What a straight double quote does, by what stands around it.
    enum Role { case opens, closes, either, neither }

    /// `"` after white space (or at the start) and before a non-space opens; after a non-space
    /// and before white space or punctuation it closes; after a digit it is an inch mark
    /// ("6'2\"") and neither; otherwise it opens or closes as the quotations open say.
    static func straightQuoteRole(at index: Int, in text: ByteText) -> Role {
        let before = text.scalar(before: index)?.0
        let after = text.scalar(at: index + 1)
        let spaceBefore = isSpaceOrOpener(before: index, in: text)
        let spaceAfter = after.map { UTF8Scanner.isSpace($0) } ?? true
        if let before, (0x30...0x39).contains(before) { return .neither }
        if spaceBefore && !spaceAfter { return .opens }
        if !spaceBefore && (spaceAfter || !isLetter(after: index + 1, in: text)) { return .closes }
        return .either
    }

    /// Whether a letter starts at `offset`.
    static func isLetter(after offset: Int, in text: ByteText) -> Bool {
        guard let scalar = text.scalar(at: offset) else { return false }
        if scalar < 0x80 {
            let folded = scalar | 0x20
            return folded >= 0x61 && folded <= 0x7A
        }
        return Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
    }

    /// Whether white space or an opening bracket stands right before `offset` (a quote there opens).
    static func isSpaceOrOpener(before offset: Int, in text: ByteText) -> Bool {
        guard let (scalar, _) = text.scalar(before: offset) else { return true }
        return UTF8Scanner.isSpace(scalar) || scalar == 0x28 || scalar == 0x5B || scalar == 0x2014 || scalar == 0x2013
    }
}

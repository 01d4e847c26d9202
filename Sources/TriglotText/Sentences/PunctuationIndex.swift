/// Where the bytes that boundary rules look at stand in a text: `.` `(` `)` `[` `]`, line ends,
/// and the lead bytes of CJK punctuation (0xE3: 《》「」。, 0xEF: （）．). Found in one vectorised
/// pass, so the rules visit these places instead of walking every byte (which cost as much as
/// ICU's own pass).
struct PunctuationIndex {
    /// The offsets, increasing.
    let offsets: [Int]

    init(_ utf8: UnsafeBufferPointer<UInt8>) {
        var offsets: [Int] = []
        offsets.reserveCapacity(utf8.count / 32 + 8)
        let count = utf8.count
        var index = 0
        if let base = utf8.baseAddress.map(UnsafeRawPointer.init) {
            // Eight bytes at a time: a word with none of the indexed bytes is skipped whole.
            while index + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if Self.mayContainIndexed(word) {
                    for lane in index..<(index + 8) where Self.isIndexed(utf8[lane]) { offsets.append(lane) }
                }
                index += 8
            }
        }
        while index < count {
            if Self.isIndexed(utf8[index]) { offsets.append(index) }
            index += 1
        }
        self.offsets = offsets
    }

    /// Whether any byte of `word` may be indexed (the usual bit trick for "has a byte equal to
    /// x"; pairs of targets one or two bits apart share a test, whose odd extra matches, "Y" or
    /// "_", the exact test drops).
    @inline(__always)
    static func mayContainIndexed(_ word: UInt64) -> Bool {
        has(0x2E, in: word) || has(0x28, in: word & 0xFEFE_FEFE_FEFE_FEFE)  // . ( )
            || has(0x59, in: word & 0xF9F9_F9F9_F9F9_F9F9) || has(0x0A, in: word) || has(0x0D, in: word)  // [ ] LF CR
            || has(0xE3, in: word) || has(0xEF, in: word)
    }

    /// Whether `bytes` may hold `byte` (never false when it does; now and then true when it does
    /// not, after a byte equal to it).
    @inline(__always)
    static func has(_ byte: UInt64, in bytes: UInt64) -> Bool {
        let x = bytes ^ (0x0101_0101_0101_0101 &* byte)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether `byte` is one of the indexed bytes.
    @inline(__always)
    static func isIndexed(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x5B, 0x5D, 0x2E, 0x0A, 0x0D, 0xE3, 0xEF: return true
        default: return false
        }
    }

    /// The position in `offsets` of the first offset at or after `offset`.
    func first(atOrAfter offset: Int) -> Int {
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

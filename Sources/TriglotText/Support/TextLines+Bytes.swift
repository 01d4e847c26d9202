import Foundation

/// The same line ends on UTF-8 bytes, for readers that work on a text's bytes (sentence rules,
/// paragraph layout): a reader that splits on LF alone sees a CR-only file as one long line, and
/// loses its headline and paragraphs.
extension TextLines {
    /// The lines of `utf8`, without their line ends, in order: `body` gets each line's byte
    /// range. A final line end starts no further line only if `countsFinalEmptyLine` is false.
    package static func forEachLine(in utf8: UnsafeBufferPointer<UInt8>, countsFinalEmptyLine: Bool = true,
                                   _ body: (Range<Int>) -> Void) {
        guard let base = utf8.baseAddress, utf8.count > 0 else {
            if countsFinalEmptyLine { body(0..<0) }
            return
        }
        let count = utf8.count
        // Most text has no CR: then memchr jumps from line feed to line feed.
        let hasCarriageReturn = memchr(base, 0x0D, count) != nil
        var start = 0
        while true {
            var end = count
            if hasCarriageReturn {
                var index = start
                while index < count && utf8[index] != 0x0A && utf8[index] != 0x0D { index += 1 }
                end = index
            } else if start < count, let found = memchr(base + start, 0x0A, count - start) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if end == count {
                if start < count || countsFinalEmptyLine { body(start..<count) }
                return
            }
            body(start..<end)
            start = end + length(at: end, in: utf8)
        }
    }

    /// The length of the line end at `index`: 2 for CRLF, 1 for LF or a lone CR, 0 for none.
    @inline(__always)
    package static func length(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard index < utf8.count else { return 0 }
        switch utf8[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < utf8.count && utf8[index + 1] == 0x0A ? 2 : 1
        default: return 0
        }
    }

    /// How many line ends `range` of `utf8` holds, CRLF counted once.
    package static func count(in utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var lines = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let end = length(at: index, in: utf8)
            if end > 0 {
                lines += 1
                index += end
            } else {
                index += 1
            }
        }
        return lines
    }
}

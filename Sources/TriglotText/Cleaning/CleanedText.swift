/// Text cleaned by ``TextCleaner``, with where each of its characters came from, so sentences
/// found in it can be reported by their place in the original.
public struct CleanedText: Sendable {
    /// The cleaned text.
    public let text: String
    /// UTF-8 offset in ``text`` where each scalar starts, in order.
    private let starts: [Int32]
    /// For each scalar of ``text``, the UTF-8 range of the original it stands for.
    private let originStarts: [Int32]
    private let originEnds: [Int32]

    init(pieces: [TextCleaner.Piece]) {
        var text = String.UnicodeScalarView()
        var starts: [Int32] = [], originStarts: [Int32] = [], originEnds: [Int32] = []
        starts.reserveCapacity(pieces.count)
        originStarts.reserveCapacity(pieces.count)
        originEnds.reserveCapacity(pieces.count)
        var offset = 0
        for piece in pieces {
            text.append(piece.scalar)
            starts.append(Int32(truncatingIfNeeded: offset))
            originStarts.append(Int32(truncatingIfNeeded: piece.origin.lowerBound))
            originEnds.append(Int32(truncatingIfNeeded: piece.origin.upperBound))
            offset += UTF8.width(piece.scalar)
        }
        self.text = String(text)
        self.starts = starts
        self.originStarts = originStarts
        self.originEnds = originEnds
    }

    /// The UTF-8 range of the original that a UTF-8 range of ``text`` comes from: from the
    /// origin of its first scalar to the end of its last one's (empty ranges map to an empty range).
    public func originalRange(ofUTF8 range: Range<Int>) -> Range<Int> {
        guard !starts.isEmpty else { return 0..<0 }
        let first = scalarIndex(atOrAfter: range.lowerBound)
        let last = scalarIndex(atOrAfter: range.upperBound) - 1
        guard first < starts.count else { let end = Int(originEnds[originEnds.count - 1]); return end..<end }
        let lower = Int(originStarts[first])
        guard last >= first else { return lower..<lower }
        return lower..<max(lower, Int(originEnds[last]))
    }

    /// The first scalar starting at or after a UTF-8 offset of ``text``.
    private func scalarIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

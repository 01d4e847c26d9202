import TriglotText

/// A text folded the way ``NameFolder`` folds names (case, diacritics and tone marks, đ → d,
/// traditional → simplified, runs of spaces, hyphens and dots as one space), as UTF-8 bytes,
/// with the original UTF-8 offset of every folded byte: matches are found in the folded bytes
/// and reported in the original text.
///
/// Folding goes scalar by scalar, which is what NameFolder does to a whole name (its steps act
/// on each scalar alone), so a name folded here and by NameFolder gives the same bytes.
public struct FoldedText: Sendable {
    /// The folded text.
    public let bytes: [UInt8]
    /// For each folded byte, the UTF-8 offset in the original of the scalar it comes from; one
    /// extra entry for the end. Offsets fit in 32 bits: texts are news, not gigabytes.
    public let origins: [UInt32]
    /// The text as given, for telling matches that are exact (diacritics kept) from folded ones.
    public let original: String

    /// Folds `text` in one pass.
    public init(_ text: String) {
        original = text
        var copy = text
        (bytes, origins) = copy.withUTF8 { Self.fold($0) }
    }

    /// The range of the original text that folded bytes `range` come from: from the scalar of
    /// its first byte to the end of the scalar of its last, with the marks folding dropped after
    /// it, without the separators after it.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { let start = Int(origins[range.lowerBound]); return start..<start }
        // A scalar may fold to several scalars: end after every byte that comes from it.
        let last = origins[range.upperBound - 1]
        var end = range.upperBound
        while end < bytes.count && origins[end] == last { end += 1 }
        return Int(origins[range.lowerBound])..<Int(origins[end])
    }

    private static func fold(_ utf8: UnsafeBufferPointer<UInt8>) -> ([UInt8], [UInt32]) {
        let table = ScalarFolds.shared
        let count = utf8.count
        // Output pointers written without bounds checks or appends, grown when a scalar could
        // overrun them (folding rarely lengthens text; 32 bytes covers any one scalar's fold).
        var capacity = count + 64
        var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        var origins = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity + 1)
        var written = 0
        var cache: [UInt32: ScalarFolds.Fold] = [:]
        var pendingSpace = false
        var spaceOrigin: UInt32 = 0
        var offset = 0
        table.kinds.withUnsafeBufferPointer { kinds in
        table.starts.withUnsafeBufferPointer { starts in
        table.lengths.withUnsafeBufferPointer { lengths in
        table.pool.withUnsafeBufferPointer { pool in
        ScalarFolds.asciiFolds.withUnsafeBufferPointer { ascii in
            while offset < count {
                if written + 32 > capacity {
                    capacity *= 2
                    Self.grow(&bytes, &origins, keeping: written, to: capacity)
                }
                let lead = utf8[offset]
                if lead < 0x80 {
                    // ASCII, most of any text: one table look-up (0: a separator).
                    let folded = ascii[Int(lead)]
                    if folded == 0 {
                        if !pendingSpace && written > 0 {
                            pendingSpace = true
                            spaceOrigin = UInt32(offset)
                        }
                    } else {
                        if pendingSpace {
                            bytes[written] = 0x20
                            origins[written] = spaceOrigin
                            written += 1
                            pendingSpace = false
                        }
                        bytes[written] = folded
                        origins[written] = UInt32(offset)
                        written += 1
                    }
                    offset += 1
                    continue
                }
                let (value, length) = UTF8Scanner.decode(utf8, at: offset)
                let kind = value < 0x10000 ? kinds[Int(value)] : ScalarFolds.untabulated
                var replacement: UnsafeBufferPointer<UInt8>
                var separator = false
                var heap: [UInt8] = []
                switch kind {
                case ScalarFolds.same:
                    replacement = UnsafeBufferPointer(rebasing: utf8[offset..<(offset + length)])
                case ScalarFolds.replaced:
                    let start = Int(starts[Int(value)])
                    replacement = UnsafeBufferPointer(rebasing: pool[start..<(start + Int(lengths[Int(value)]))])
                case ScalarFolds.separator:
                    replacement = UnsafeBufferPointer(rebasing: utf8[offset..<offset])
                    separator = true
                default:
                    let fold: ScalarFolds.Fold
                    if let known = cache[value] {
                        fold = known
                    } else {
                        fold = Unicode.Scalar(value).map(ScalarFolds.fold) ?? .same
                        cache[value] = fold
                    }
                    switch fold {
                    case .separator:
                        replacement = UnsafeBufferPointer(rebasing: utf8[offset..<offset])
                        separator = true
                    case .same: replacement = UnsafeBufferPointer(rebasing: utf8[offset..<(offset + length)])
                    case let .bytes(folded):
                        heap = folded
                        replacement = UnsafeBufferPointer(rebasing: utf8[offset..<offset])
                    }
                }
                if separator {
                    if !pendingSpace && written > 0 {
                        pendingSpace = true
                        spaceOrigin = UInt32(offset)
                    }
                } else if !replacement.isEmpty || !heap.isEmpty {
                    if written + heap.count + 32 > capacity {
                        // A fold longer than any tabulated one: make room once.
                        capacity = capacity * 2 + heap.count
                        Self.grow(&bytes, &origins, keeping: written, to: capacity)
                    }
                    if pendingSpace {
                        bytes[written] = 0x20
                        origins[written] = spaceOrigin
                        written += 1
                        pendingSpace = false
                    }
                    for byte in replacement {
                        bytes[written] = byte
                        origins[written] = UInt32(offset)
                        written += 1
                    }
                    for byte in heap {
                        bytes[written] = byte
                        origins[written] = UInt32(offset)
                        written += 1
                    }
                }
                offset += length
            }
        }}}}}
        // A trailing run of separators is dropped, and so is its place in the original.
        origins[written] = pendingSpace ? spaceOrigin : UInt32(count)
        let result = (Array(UnsafeBufferPointer(start: bytes, count: written)),
                      Array(UnsafeBufferPointer(start: origins, count: written + 1)))
        bytes.deallocate()
        origins.deallocate()
        return result
    }
}

extension FoldedText {
    /// Moves the first `written` folded bytes and their origins to buffers of `capacity` bytes
    /// (origins one more), freeing the old ones.
    fileprivate static func grow(_ bytes: inout UnsafeMutablePointer<UInt8>, _ origins: inout UnsafeMutablePointer<UInt32>,
                                 keeping written: Int, to capacity: Int) {
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        newBytes.update(from: bytes, count: written)
        bytes.deallocate()
        bytes = newBytes
        let newOrigins = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity + 1)
        newOrigins.update(from: origins, count: written)
        origins.deallocate()
        origins = newOrigins
    }
}

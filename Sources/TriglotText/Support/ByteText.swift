/// A read-only view of UTF-8 text for the boundary rules, with scalar-level look-around.
struct ByteText {
    let utf8: UnsafeBufferPointer<UInt8>

    init(_ utf8: UnsafeBufferPointer<UInt8>) { self.utf8 = utf8 }

    var count: Int { utf8.count }

    /// The scalar starting at `offset`, or nil at the end.
    @inline(__always)
    func scalar(at offset: Int) -> UInt32? {
        offset < utf8.count ? UTF8Scanner.decode(utf8, at: offset).0 : nil
    }

    /// The scalar ending just before `offset` and where it starts, or nil at the start.
    @inline(__always)
    func scalar(before offset: Int) -> (UInt32, Int)? {
        offset > 0 ? UTF8Scanner.decode(utf8, before: offset) : nil
    }

    /// `range` without leading and trailing white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, let (scalar, length) = Optional(UTF8Scanner.decode(utf8, at: lower)),
              UTF8Scanner.isSpace(scalar) {
            lower += length
        }
        while upper > lower, let (scalar, start) = scalar(before: upper), UTF8Scanner.isSpace(scalar) {
            upper = start
        }
        return lower..<upper
    }

    /// The offset after the white space that starts at `offset`.
    func skippingSpace(from offset: Int) -> Int {
        var position = offset
        while let scalar = scalar(at: position), UTF8Scanner.isSpace(scalar) {
            position += UTF8Scanner.decode(utf8, at: position).1
        }
        return position
    }

    /// The offset where the white space ending at `offset` starts.
    func skippingSpace(backFrom offset: Int) -> Int {
        var position = offset
        while let (scalar, start) = scalar(before: position), UTF8Scanner.isSpace(scalar) { position = start }
        return position
    }

    /// The run of non-space scalars that ends at `end`.
    func word(endingAt end: Int) -> Range<Int> {
        var start = end
        while let (scalar, previous) = scalar(before: start), !UTF8Scanner.isSpace(scalar) { start = previous }
        return start..<end
    }

    /// The run of non-space scalars that starts at `start`.
    func word(startingAt start: Int) -> Range<Int> {
        var end = start
        while let scalar = scalar(at: end), !UTF8Scanner.isSpace(scalar) {
            end += UTF8Scanner.decode(utf8, at: end).1
        }
        return start..<end
    }

    /// The bytes of `range` as a String.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
    }

    /// Whether `range` holds a newline.
    func containsNewline(_ range: Range<Int>) -> Bool {
        utf8[range].contains { $0 == 0x0A || $0 == 0x0D }
    }
}

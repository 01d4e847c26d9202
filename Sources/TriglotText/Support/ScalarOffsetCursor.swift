/// Converts UTF-8 byte offsets into Unicode scalar offsets (what Triglot's JSON reports),
/// walking the text once when the offsets asked for never decrease.
package struct ScalarOffsetCursor {
    private let utf8: String.UTF8View
    private var byteOffset = 0
    private var scalarOffset = 0
    private var index: String.UTF8View.Index

    /// A cursor at the start of `text`.
    package init(_ text: String) {
        utf8 = text.utf8
        index = utf8.startIndex
    }

    /// The scalar offset of byte offset `target`, which must lie on a scalar boundary.
    /// Going backwards restarts from the beginning.
    package mutating func scalarOffset(ofUTF8 target: Int) -> Int {
        if target < byteOffset {
            byteOffset = 0
            scalarOffset = 0
            index = utf8.startIndex
        }
        while byteOffset < target {
            // Every byte that is not a continuation byte starts a scalar.
            if utf8[index] & 0xC0 != 0x80 { scalarOffset += 1 }
            index = utf8.index(after: index)
            byteOffset += 1
        }
        return scalarOffset
    }
}

import Foundation

/// A spelling that hashes and compares by its UTF-8 bytes. Swift's String hashing normalises
/// Unicode on every call, which made hashing the summarizer's main cost on Vietnamese.
/// ``SentenceTerms`` maps every spelling, NFC or not, to the number of its NFC form, so byte
/// keys lose nothing.
struct TermKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: TermKey, rhs: TermKey) -> Bool {
        let count = lhs.text.utf8.count
        guard count == rhs.text.utf8.count else { return false }
        let same = lhs.text.utf8.withContiguousStorageIfAvailable { left in
            rhs.text.utf8.withContiguousStorageIfAvailable { right in
                memcmp(left.baseAddress!, right.baseAddress!, count) == 0
            }
        }
        return same.flatMap { $0 } ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// One sentence of a text: where it is and what language it is in.
///
/// The boundary contract, for sentences and tokens alike: ranges are in increasing order, do
/// not overlap, hold no leading or trailing white space, and everything between them is
/// white space, so the text is the ranges' contents joined by the white space between them.
public struct Sentence: Hashable, Sendable {
    /// The sentence's characters in the text it came from, without surrounding white space.
    public let range: Range<String.Index>
    /// The same span as UTF-8 byte offsets.
    public let utf8Range: Range<Int>
    /// The sentence's own language, or the document's when the sentence is too short to tell.
    public let language: Language
}

extension StringProtocol {
    /// The text as one line: every run of white space (line breaks included) becomes one
    /// space. This is how sentences are shown one per line.
    package var collapsingWhitespace: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}

import TriglotFormats
import TriglotText

/// The JSON objects of a text's sentences or tokens, as `triglot segment --format json` lists
/// them: one item at a time, offsets counted by a cursor that walks the text once.
public struct SegmentJSON {
    private let text: String
    private var cursor: ScalarOffsetCursor

    /// Objects for the items of `text` (what ``SegmentWorkflow`` split), given in text order.
    public init(text: String) {
        self.text = text
        cursor = ScalarOffsetCursor(text)
    }

    /// `{"text", "start", "end", "kind"?, "language"}`: the item as shown (a cleaned sentence) or
    /// as written, its Unicode scalar offsets in the text (end exclusive), a token's kind.
    public mutating func object(_ item: SegmentWorkflow.Item) -> JSONOutput {
        var members: [(key: String, value: JSONOutput)] = [
            ("text", .string(item.shown ?? String(text[item.range]))),
            ("start", .int(cursor.scalarOffset(ofUTF8: item.utf8Range.lowerBound))),
            ("end", .int(cursor.scalarOffset(ofUTF8: item.utf8Range.upperBound))),
        ]
        if let kind = item.kind { members.append(("kind", .string(kind.rawValue))) }
        return .object(members + [("language", .string(item.language.code))])
    }

    /// The objects of all `items` of `text`, made as the sequence is read.
    public static func objects(_ items: [SegmentWorkflow.Item], of text: String) -> some Sequence<JSONOutput> {
        var json = SegmentJSON(text: text)
        return items.lazy.map { json.object($0) }
    }
}

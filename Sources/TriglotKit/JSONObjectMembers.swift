import TriglotFormats

/// The members of one JSON object as written: each key, decoded, with its value's exact text, so
/// that a batch can echo an id as it was given (`true`, `1.50`, `"007"`) and pass fields it does
/// not know through untouched. Read with the formats module's ``JSONValue``; only the top level
/// is split, nested values are kept whole.
struct JSONObjectMembers {
    /// The members in their order: key and raw value text.
    let members: [(key: String, raw: String)]

    /// The raw value of `key`, or nil.
    subscript(key: String) -> String? { members.first { $0.key == key }?.raw }

    /// The members of the object `text` is, or nil when it is not one JSON object.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let value = try? JSONValue.parse(bytes, file: ""), case let .object(members) = value.content else { return nil }
        self.members = members.map { ($0.key, String(decoding: bytes[$0.value.offsets], as: UTF8.self)) }
    }
}

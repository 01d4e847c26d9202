import TriglotFormats
import TriglotText

/// One line of a JSON Lines batch, read once with the formats module's ``JSONValue``: its number,
/// its id as written, its fields decoded for a ``JSONLinesTask`` to take what it needs from, and
/// each field's text as written, so that fields the task does not know pass through untouched.
public struct JSONLinesRecord {
    /// The line's number in the input, from 1.
    public let line: Int
    /// The id exactly as written (`"007"`, `1.50`, `true`, `null`).
    public let id: String
    /// The top-level members in their order: key, decoded value, and the value's text as written.
    let members: [(key: String, value: JSONValue, raw: String)]

    /// Why a line is not a record: the reason its error record gives (it has no id to echo).
    struct Unreadable: Error {
        let reason: String
    }

    /// The record `text` (line `line`) is, or why it is none: not one JSON object, or no usable id.
    init(line: Int, text: String) throws(Unreadable) {
        let bytes = Array(text.utf8)
        guard let value = try? JSONValue.parse(bytes, file: ""), case let .object(members) = value.content else {
            throw Unreadable(reason: "not a JSON object")
        }
        self.line = line
        self.members = members.map { ($0.key, $0.value, String(decoding: bytes[$0.value.offsets], as: UTF8.self)) }
        // The first "id" is echoed, as before; fields read the last of a repeated key (``value(_:)``).
        guard let id = members.first(where: { $0.key == "id" })?.value else {
            throw Unreadable(reason: "missing \"id\" (a string, number, boolean or null)")
        }
        switch id.content {
        case .array, .object: throw Unreadable(reason: "\"id\" must be a string, number, boolean or null")
        default: self.id = String(decoding: bytes[id.offsets], as: UTF8.self)
        }
    }

    /// The value of `key`; a repeated key gives its last value, as Foundation's reader did.
    func value(_ key: String) -> JSONValue.Content? { members.last { $0.key == key }?.value.content }

    /// The string `key` holds, or nil when it is absent or not a string.
    public func text(_ key: String) -> String? {
        guard case let .string(text) = value(key) else { return nil }
        return text
    }

    /// Whether the line has a field `key` (null included).
    public func has(_ key: String) -> Bool { value(key) != nil }

    /// The string `key` holds; a line without it is an invalid record.
    public func string(_ key: String) throws(KitError) -> String {
        guard let value = text(key) else { throw invalid("missing \"\(key)\" (a string)") }
        return value
    }

    /// The string `key` holds, or nil when it is absent or null; another value is an invalid record.
    public func optionalString(_ key: String) throws(KitError) -> String? {
        switch value(key) {
        case nil, .null?: return nil
        case let .string(text)?: return text
        default: throw invalid("\"\(key)\" must be a string")
        }
    }

    /// The members to pass through: those whose key is not in `known`, in their order, as written.
    func passThrough(except known: Set<String>) -> [(key: String, raw: String)] {
        members.filter { !known.contains($0.key) }.map { ($0.key, $0.raw) }
    }

    /// The language `"language"` names (`"auto"`: nil, to detect it), or `fallback` when the line
    /// names none.
    public func language(default fallback: Language?) throws(KitError) -> Language? {
        guard let code = try optionalString("language") else { return fallback }
        if code == "auto" { return nil }
        guard let language = Language(rawValue: code) else {
            throw invalid("\"language\" must be en, zh, vi or auto (got \(JSONText.quoted(code)))")
        }
        return language
    }

    /// The failure that makes this line an error record.
    public func invalid(_ reason: String) -> KitError { .invalidRecord(line: line, reason: reason) }
}

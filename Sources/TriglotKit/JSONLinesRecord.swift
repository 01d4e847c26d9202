import TriglotFormats
import Foundation
import TriglotText

/// One line of a JSON Lines batch, read: its number, its id as written, and its fields, for a
/// ``JSONLinesTask`` to take what it needs from.
public struct JSONLinesRecord {
    /// The line's number in the input, from 1.
    public let line: Int
    /// The id exactly as written (`"007"`, `1.50`, `true`, `null`).
    public let id: String
    /// The decoded object.
    let object: [String: Any]

    /// The string `key` holds, or nil when it is absent or not a string.
    public func text(_ key: String) -> String? { object[key] as? String }

    /// Whether the line has a field `key` (null included).
    public func has(_ key: String) -> Bool { object[key] != nil }

    /// The string `key` holds; a line without it is an invalid record.
    public func string(_ key: String) throws(KitError) -> String {
        guard let value = object[key] as? String else { throw invalid("missing \"\(key)\" (a string)") }
        return value
    }

    /// The string `key` holds, or nil when it is absent or null; another value is an invalid record.
    public func optionalString(_ key: String) throws(KitError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let string = value as? String else { throw invalid("\"\(key)\" must be a string") }
        return string
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

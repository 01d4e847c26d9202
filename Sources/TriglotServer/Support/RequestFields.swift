import TriglotFormats
import TriglotText

/// The members of a request's JSON object, read once, with typed accessors whose failures name
/// the field; a member the endpoint does not know is refused, so a misspelt option is not ignored.
struct RequestFields {
    private let members: [(key: String, value: JSONValue)]

    /// The object `bytes` holds; `known` are the keys the endpoint reads.
    init(_ bytes: [UInt8], known: Set<String>) throws(ServerError) {
        let value = try Self.value(bytes)
        guard case let .object(members) = value.content else {
            throw .invalidJSON("the body must be one JSON object ({\"text\": ...}), not another JSON value")
        }
        if let unknown = members.first(where: { !known.contains($0.key) }) {
            throw .invalidRequest("unknown field \"\(unknown.key)\": this endpoint reads \(known.sorted().joined(separator: ", "))")
        }
        self.members = members
    }

    /// The JSON value `bytes` hold, or the request error for why they hold none.
    static func value(_ bytes: [UInt8]) throws(ServerError) -> JSONValue {
        do {
            return try JSONValue.parse(bytes, file: "request body")
        } catch {
            if case let .invalidUTF8(_, offset, _, _) = error { throw .invalidUTF8(offset: offset) }
            throw .invalidJSON("line \(error.line), column \(error.column): \(error.reason)")
        }
    }

    /// The value of `key` (the last one when repeated), nil when absent or null.
    private func value(_ key: String) -> JSONValue.Content? {
        guard let content = members.last(where: { $0.key == key })?.value.content else { return nil }
        if case .null = content { return nil }
        return content
    }

    /// The string `key` holds; absent is an invalid request.
    func string(_ key: String) throws(ServerError) -> String {
        guard let text = try optionalString(key) else { throw .invalidRequest("missing field \"\(key)\" (a string)") }
        return text
    }

    /// The string `key` holds, or nil when absent.
    func optionalString(_ key: String) throws(ServerError) -> String? {
        switch value(key) {
        case nil: return nil
        case let .string(text)?: return text
        default: throw .invalidRequest("field \"\(key)\" must be a string")
        }
    }

    /// The integer `key` holds, within `range`, or nil when absent.
    func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(ServerError) -> Int? {
        switch value(key) {
        case nil: return nil
        case let .number(text)?:
            guard let number = Int(text), range.contains(number) else {
                throw .invalidRequest("field \"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \(text))")
            }
            return number
        default: throw .invalidRequest("field \"\(key)\" must be a number")
        }
    }

    /// The number `key` holds, or nil when absent.
    func optionalDouble(_ key: String) throws(ServerError) -> Double? {
        switch value(key) {
        case nil: return nil
        case let .number(text)?:
            guard let number = Double(text) else { throw .invalidRequest("field \"\(key)\" must be a number (got \(text))") }
            return number
        default: throw .invalidRequest("field \"\(key)\" must be a number")
        }
    }

    /// The boolean `key` holds, or `fallback` when absent.
    func bool(_ key: String, default fallback: Bool) throws(ServerError) -> Bool {
        switch value(key) {
        case nil: return fallback
        case let .bool(flag)?: return flag
        default: throw .invalidRequest("field \"\(key)\" must be true or false")
        }
    }

    /// The language `key` names ("auto" or absent: nil, detect it).
    func language(_ key: String) throws(ServerError) -> Language? {
        guard let code = try optionalString(key), code != "auto" else { return nil }
        guard let language = Language(rawValue: code) else {
            throw .invalidRequest("field \"\(key)\" must be en, zh, vi or auto (got \(JSONText.quoted(code)))")
        }
        return language
    }

    /// How to read the text: in the language `key` names, or detected.
    func policy(_ key: String) throws(ServerError) -> LanguagePolicy {
        try language(key).map { .given($0) } ?? .detect
    }

    /// The languages `key` lists, or nil when absent.
    func languages(_ key: String) throws(ServerError) -> [Language]? {
        switch value(key) {
        case nil: return nil
        case let .array(items)?:
            return try items.map { item throws(ServerError) -> Language in
                guard case let .string(code) = item.content, let language = Language(rawValue: code) else {
                    throw .invalidRequest("field \"\(key)\" must list languages among en, zh and vi")
                }
                return language
            }
        default: throw .invalidRequest("field \"\(key)\" must be an array of languages (en, zh, vi)")
        }
    }
}

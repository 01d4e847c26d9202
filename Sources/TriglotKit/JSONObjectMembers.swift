import Foundation

/// The members of one JSON object as written: each key, decoded, with its value's exact text, so
/// that a batch can echo an id as it was given (`true`, `1.50`, `"007"`) and pass fields it does
/// not know through untouched. Only the top level is split; nested values are kept whole. Not a
/// validator: the caller checks the line with a real JSON parser first.
struct JSONObjectMembers {
    /// The members in their order: key and raw value text.
    let members: [(key: String, raw: String)]

    /// The raw value of `key`, or nil.
    subscript(key: String) -> String? { members.first { $0.key == key }?.raw }

    /// The members of the object `text` is, or nil when it is not one object.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var members: [(String, String)] = []
        scanner.skipSpace()
        if scanner.take(UInt8(ascii: "}")) {
            self.members = []
            return
        }
        while true {
            scanner.skipSpace()
            guard let keyRange = scanner.string(), let key = Self.decodedKey(bytes[keyRange]) else { return nil }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            guard let value = scanner.value() else { return nil }
            members.append((key, String(decoding: bytes[value], as: UTF8.self)))
            scanner.skipSpace()
            if scanner.take(UInt8(ascii: ",")) { continue }
            guard scanner.take(UInt8(ascii: "}")) else { return nil }
            break
        }
        self.members = members
    }

    /// A key as text: the common case has no escapes; escaped keys go through the JSON decoder.
    private static func decodedKey(_ quoted: ArraySlice<UInt8>) -> String? {
        let inner = quoted.dropFirst().dropLast()
        if !inner.contains(UInt8(ascii: "\\")) { return String(decoding: inner, as: UTF8.self) }
        let array = Data(("[" + String(decoding: quoted, as: UTF8.self) + "]").utf8)
        return (try? JSONSerialization.jsonObject(with: array) as? [String])?.first
    }

    /// A cursor over the bytes of one line.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A string's range, quotes included.
        mutating func string() -> Range<Int>? {
            let start = index
            guard take(UInt8(ascii: "\"")) else { return nil }
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""): index += 1; return start..<index
                default: index += 1
                }
            }
            return nil
        }

        /// A value's range: a string, a nested object or array (brackets counted outside
        /// strings), or a literal or number (up to the next delimiter).
        mutating func value() -> Range<Int>? {
            guard index < bytes.count else { return nil }
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard string() != nil else { return nil }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { index += 1; return start..<index }
                    default: break
                    }
                    index += 1
                }
                return nil
            default:
                while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D]
                    .contains(bytes[index]) {
                    index += 1
                }
                return index > start ? start..<index : nil
            }
        }
    }
}

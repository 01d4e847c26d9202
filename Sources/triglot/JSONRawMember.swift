import Foundation

/// The source text of a member's value in one JSON object, exactly as written.
///
/// JSONSerialization hands numbers and booleans back as NSNumber, which loses how they were
/// written (`true` becomes 1, `1.50` becomes 1.5); an id echoed to the caller must come back
/// as the caller wrote it.
enum JSONRawMember {
    /// The bytes of the value of the last top-level member named `name` in `object` (a JSON
    /// object already known to be valid), or nil when it has none.
    static func value(named name: String, in object: some Collection<UInt8>) -> [UInt8]? {
        let bytes = Array(object)
        var index = skippingSpace(bytes, 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        var found: [UInt8]?
        while true {
            index = skippingSpace(bytes, index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return found }
            let keyEnd = endOfValue(bytes, index)
            let key = decodedString(bytes[index..<keyEnd])
            index = skippingSpace(bytes, keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return found }
            let valueStart = skippingSpace(bytes, index + 1)
            let valueEnd = endOfValue(bytes, valueStart)
            // The last of duplicate keys, as JSONSerialization keeps it.
            if key == name { found = Array(bytes[valueStart..<valueEnd]) }
            index = skippingSpace(bytes, valueEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return found }
            index += 1
        }
    }

    /// The offset just past the value starting at `start`: a string, an object or array (with
    /// what nests in it), or a bare word (number, true, false, null).
    private static func endOfValue(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start
        var depth = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return index + 1 }
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return index }  // the end of the enclosing object
                    depth -= 1
                    if depth == 0 { return index + 1 }
                case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        }
        return index
    }

    private static func skippingSpace(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }

    /// A key's text with its escapes resolved ("\u0069d" is "id").
    private static func decodedString(_ quoted: ArraySlice<UInt8>) -> String? {
        guard quoted.count >= 2 else { return nil }
        if !quoted.contains(UInt8(ascii: "\\")) { return String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self) }
        return (try? JSONSerialization.jsonObject(with: Data(quoted), options: .fragmentsAllowed)) as? String
    }
}

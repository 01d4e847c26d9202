/// Byte-level helpers over UTF-8 buffers, used on hot paths where String's views cost too much.
package enum UTF8Scanner {
    /// Decodes the scalar starting at `index` of valid UTF-8; returns it and its length in bytes.
    /// Inlinable: other modules' tokenizers call it per character.
    @inlinable @inline(__always)
    package static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(utf8[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return (((lead & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return (((lead & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F), 3)
        }
        return (((lead & 0x07) << 18) | (UInt32(utf8[index + 1] & 0x3F) << 12)
                | (UInt32(utf8[index + 2] & 0x3F) << 6) | UInt32(utf8[index + 3] & 0x3F), 4)
    }

    /// Decodes the scalar that ends just before `end`; returns it and its start offset.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, before end: Int) -> (UInt32, Int) {
        var start = end - 1
        while start > 0 && utf8[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(utf8, at: start).0, start)
    }

    /// Whether `scalar` is white space (including line and paragraph separators).
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}

/// Validation of untrusted bytes as UTF-8.
package enum UTF8Validation {
    /// The 0-based offset of the first byte that is not part of well-formed UTF-8
    /// (no overlongs, surrogates or values past U+10FFFF), or nil when all of `bytes` is valid.
    package static func firstInvalidOffset<Bytes: Collection>(in bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        let result: Int?? = bytes.withContiguousStorageIfAvailable { firstInvalidOffset(buffer: $0) }
        if let result { return result }
        return Array(bytes).withUnsafeBufferPointer { firstInvalidOffset(buffer: $0) }
    }

    private static func firstInvalidOffset(buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = buffer.count
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for offset in 1..<length {
                let position = index + offset
                guard position < count else { return index }
                let byte = buffer[position]
                let (min, max): (UInt8, UInt8) = offset == 1 ? (low, high) : (0x80, 0xBF)
                if byte < min || byte > max { return index }
            }
            index += length
        }
        return nil
    }

    /// Decodes `bytes` as UTF-8, throwing with the offset of the first bad byte.
    package static func decode(_ bytes: [UInt8]) throws(TriglotTextError) -> String {
        if let offset = firstInvalidOffset(in: bytes) { throw .invalidUTF8(offset: offset) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// `withUTF8` with typed throws: runs `body` on the string's contiguous UTF-8 bytes.
    mutating func withUTF8Bytes<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(TriglotTextError) -> Result
    ) throws(TriglotTextError) -> Result {
        let outcome: Swift.Result<Result, TriglotTextError> = withUTF8 { bytes in
            do throws(TriglotTextError) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try outcome.get()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// JSON string literals, for every module that writes JSON by hand (field order and speed matter
/// more there than a generic encoder).
public enum JSONText {
    /// `text` as a quoted JSON string (RFC 8259), line and paragraph separators escaped too so
    /// the output is also valid JavaScript.
    public static func quoted(_ text: some StringProtocol) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        append(quoted: text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends ``quoted(_:)`` of `text` to `output`, the UTF-8 of a JSON document being written.
    public static func append(quoted text: some StringProtocol, to output: inout [UInt8]) {
        output.append(0x22)
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &output) }
        if done == nil {
            var copy = String(text)
            copy.withUTF8 { appendEscaped($0, to: &output) }
        }
        output.append(0x22)
    }

    /// The bytes of a valid UTF-8 string, escaped. Runs of bytes that need no escape are copied
    /// whole: every byte to escape is ASCII but the separators' lead byte E2 (E2 80 A8, E2 80 A9),
    /// and copying runs costs a fraction of appending scalars to a String, which was a quarter of
    /// the server's time for a summary.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        func escape(_ escaped: StaticString) {
            escaped.withUTF8Buffer { output.append(contentsOf: $0) }
        }
        var run = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else {
                index += 1
                continue
            }
            if byte == 0xE2 {
                // Only E2 80 A8 and E2 80 A9 are escaped; any other character goes on in the run.
                guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
                    index += 1
                    continue
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            switch byte {
            case 0x22: escape("\\\"")
            case 0x5C: escape("\\\\")
            case 0x0A: escape("\\n")
            case 0x0D: escape("\\r")
            case 0x09: escape("\\t")
            case 0xE2:
                escape(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default:
                escape("\\u00")
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            }
            index += 1
            run = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
    }

    /// `value` with `places` decimals (0 to 17) as C's `printf("%.*f")` writes it, which is
    /// what `String(format:)` gives: through `vsnprintf` directly, Foundation's formatter cost a
    /// twentieth of the server's time for a summary (a score per sentence).
    public static func fixed(_ value: Double, places: Int) -> String {
        precondition((0...17).contains(places), "JSONText.fixed: 0 to 17 decimals")
        // 309 digits before the point at most (1.8e308), a sign, a point and the decimals.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 330) { buffer in
            let count = withVaList([Int32(places), value]) { vsnprintf(buffer.baseAddress!, buffer.count, "%.*f", $0) }
            let length = max(0, min(Int(count), buffer.count - 1))
            return buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }
}

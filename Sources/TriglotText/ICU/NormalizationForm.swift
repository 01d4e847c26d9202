import CICU

/// Unicode normalization forms, applied through ICU.
public enum NormalizationForm: Int32, Sendable {
    case nfc = 0, nfd = 1, nfkc = 2, nfkcCasefold = 3

    /// `text` in this form; returns the same string when it already is.
    public func apply(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) && self != .nfkcCasefold { return text }
        // Below U+0300 every character is its own NFC (the first combining mark and the first
        // character NFC replaces are at U+0300 and up): pinyin and most Latin text need no ICU call.
        if self == .nfc && text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return text }
        let units = Array(text.utf16)
        var status: Int32 = 0
        let prefix = units.withUnsafeBufferPointer {
            tg_normalized_prefix(rawValue, $0.baseAddress, Int32($0.count), &status)
        }
        if !tgFailed(status) && Int(prefix) == units.count { return text }
        var capacity = units.count + units.count / 2 + 8
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            status = 0
            let needed = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer {
                    tg_normalize(rawValue, source.baseAddress, Int32(source.count), $0.baseAddress, Int32(capacity), &status)
                }
            }
            if Int(needed) > capacity {
                capacity = Int(needed)
                continue
            }
            // Normalization of valid text cannot fail short of memory exhaustion; keep the input then.
            if tgFailed(status) { return text }
            // Decoded from a contiguous buffer: a slice takes the standard library's slow path.
            return output.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<Int(needed)]), as: UTF16.self) }
        }
    }
}

extension String {
    /// This string in Unicode Normalization Form C.
    public var nfc: String { NormalizationForm.nfc.apply(self) }
}

import CICU
import Foundation

/// An ICU break iterator alone (sentences or words), the baseline Triglot is measured against.
final class RawICUIterator {
    private let handle: OpaquePointer

    /// An iterator of `kind` (3: sentences, 1: words, as UBreakIteratorType) for `locale`.
    init(kind: Int32 = 3, locale: String) {
        var status: Int32 = 0
        guard let opened = tg_breaker_open(kind, locale, &status), tg_failed(status) == 0 else {
            fatalError("ICU iterator for \(locale): \(String(cString: tg_error_name(status)))")
        }
        handle = opened
    }

    deinit { tg_breaker_close(handle) }

    /// ICU's sentences, trimmed, without empty ones.
    func sentences(_ text: String) -> [String] {
        var copy = text
        let ends = copy.withUTF8 { boundaries($0) }
        var result: [String] = []
        var start = 0
        let bytes = Array(text.utf8)
        for end in ends {
            let piece = String(decoding: bytes[start..<end], as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if !piece.isEmpty { result.append(piece) }
            start = end
        }
        return result
    }

    /// Every boundary (byte offset) ICU finds in `utf8`.
    func boundaries(_ utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = utf8.baseAddress, utf8.count > 0 else { return [] }
        var status: Int32 = 0
        tg_breaker_set_text(handle, base, Int64(utf8.count), &status)
        var result: [Int] = []
        var rule: Int32 = 0
        while true {
            let offset = tg_breaker_next(handle, &rule)
            if offset < 0 { break }
            result.append(Int(offset))
        }
        return result
    }

    /// Counts boundaries without keeping them: the raw loop for speed comparisons.
    func countBoundaries(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress, utf8.count > 0 else { return 0 }
        var status: Int32 = 0
        tg_breaker_set_text(handle, base, Int64(utf8.count), &status)
        var count = 0
        while tg_breaker_next(handle, nil) >= 0 { count += 1 }
        return count
    }
}


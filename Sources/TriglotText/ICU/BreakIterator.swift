import CICU

/// One ICU break iterator over UTF-8 text; boundaries are byte offsets. Not thread-safe:
/// give each thread its own (``copy()``).
final class BreakIterator {
    /// The unit ICU breaks text into.
    enum Unit: Int32 {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    private let handle: OpaquePointer

    init(_ unit: Unit, locale: String) throws(TriglotTextError) {
        var status: Int32 = 0
        let opened = tg_breaker_open(unit.rawValue, locale, &status)
        try checkICU(status, "ubrk_open(\(unit), \(locale))")
        guard let opened else { throw .icu(operation: "ubrk_open", status: "NULL") }
        handle = opened
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    deinit { tg_breaker_close(handle) }

    /// An independent iterator with the same rules, cheaper than opening a new one.
    func copy() throws(TriglotTextError) -> BreakIterator {
        var status: Int32 = 0
        let cloned = tg_breaker_clone(handle, &status)
        try checkICU(status, "ubrk_clone")
        guard let cloned else { throw .icu(operation: "ubrk_clone", status: "NULL") }
        return BreakIterator(handle: cloned)
    }

    /// Calls `body(offset, ruleStatus)` for every boundary after the start of `utf8`, in order.
    /// The buffer must stay valid during the call, which is all ICU reads it.
    func forEachBoundary(
        in utf8: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void
    ) throws(TriglotTextError) {
        guard let base = utf8.baseAddress, utf8.count > 0 else { return }
        var status: Int32 = 0
        tg_breaker_set_text(handle, base, Int64(utf8.count), &status)
        try checkICU(status, "ubrk_setUText")
        var rule: Int32 = 0
        while true {
            let offset = tg_breaker_next(handle, &rule)
            if offset < 0 { break }
            body(Int(offset), rule)
        }
        // Drop ICU's pointer to the caller's buffer before it goes away.
        tg_breaker_set_text(handle, base, 0, &status)
    }
}

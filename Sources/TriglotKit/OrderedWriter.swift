import Foundation

/// Writes a batch's results in input order as they complete, flushing each run of them at once,
/// and keeps the reader at most `window` lines ahead of what is written. With
/// `stopAtFirstError`, the first error record written is the last line written.
final class OrderedWriter: @unchecked Sendable {
    private var pending: [Int: (line: String, failed: Bool)] = [:]
    private var next = 0
    private var stopped = false
    private var failed = 0
    private let window: Int
    private let stopAtFirstError: Bool
    private let write: @Sendable (String) -> Void
    private let flush: @Sendable () -> Void
    private let condition = NSCondition()

    init(window: Int, stopAtFirstError: Bool, write: @escaping @Sendable (String) -> Void, flush: @escaping @Sendable () -> Void) {
        self.window = window
        self.stopAtFirstError = stopAtFirstError
        self.write = write
        self.flush = flush
    }

    /// Lines written, and how many of them are error records.
    var counts: (written: Int, failed: Int) {
        condition.lock(); defer { condition.unlock() }
        return (next, failed)
    }

    /// Stores the result of line `index` (`failed`: an error record) and writes every result now in order.
    func deliver(_ line: String, at index: Int, failed: Bool) {
        condition.lock(); defer { condition.unlock() }
        guard !stopped else { return }
        pending[index] = (line, failed)
        var wrote = false
        while !stopped, let ready = pending.removeValue(forKey: next) {
            write(ready.line + "\n")
            next += 1
            wrote = true
            if ready.failed {
                self.failed += 1
                if stopAtFirstError {
                    stopped = true
                    pending.removeAll()
                }
            }
        }
        if wrote {
            flush()
            condition.broadcast()
        }
    }

    /// Waits until line `index` is within the window of what is written; false once the batch
    /// has stopped at an error record.
    func waitForRoom(before index: Int) -> Bool {
        condition.lock(); defer { condition.unlock() }
        while index - next >= window && !stopped { condition.wait() }
        return !stopped
    }

    /// Waits until `count` lines are written, or the batch has stopped.
    func waitUntilWritten(count: Int) {
        condition.lock(); defer { condition.unlock() }
        while next < count && !stopped { condition.wait() }
    }
}

import Foundation

/// A progress line on stderr, when stderr is a terminal: how many `unit` (articles, lines) are done.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let unit: String
    private var done = 0
    private let lock = NSLock()

    init(enabled: Bool, unit: String) {
        self.enabled = enabled
        self.unit = unit
    }

    func tick() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        done += 1
        if done % 100 == 0 { Output.standardError("\r\(done) \(unit)") }
    }

    func finish() {
        if enabled && done > 0 { Output.standardError("\r\(done) \(unit)\n") }
    }
}

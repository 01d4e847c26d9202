import Foundation

/// A value made on first use, once, whichever thread asks first: for the parts of a shared
/// table or index that only some runs need (the Vietnamese side of a word list, a glossary's
/// name matcher), so a command that does not need them does not pay for them at start-up.
package final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    /// An empty box; the first ``value(making:)`` fills it.
    package init() {}

    /// The value, made now by `make` if this is the first use (later calls' `make` is not run).
    package func value(making make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}

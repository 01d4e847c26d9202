/// Admits at most as many requests to CPU-bound work (a summary, an alignment, a search) as there
/// are cores, the others waiting in arrival order: under load every request then waits about the
/// same time, instead of the unlucky ones waiting behind all that arrived after them.
actor WorkGate {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var head = 0

    init(width: Int) {
        free = max(1, width)
    }

    /// Runs `work` once admitted.
    nonisolated func run<Value, Failure: Error>(_ work: () throws(Failure) -> Value) async throws(Failure) -> Value {
        await enter()
        let outcome = Result { () throws(Failure) in try work() }
        await leave()
        return try outcome.get()
    }

    private func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        guard head < waiting.count else {
            free += 1
            return
        }
        waiting[head].resume()
        head += 1
        // Drop the resumed ones now and then rather than shifting the array at every exit.
        if head > 64 && head * 2 > waiting.count {
            waiting.removeFirst(head)
            head = 0
        }
    }
}

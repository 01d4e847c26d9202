import Foundation

/// Reusable workers that are not thread-safe (a summarizer: ICU handles): a request takes one,
/// or makes one when all are busy, and gives it back, so the pool grows to the number of
/// requests served at once and no worker is ever used by two at a time.
final class WorkerPool<Worker>: @unchecked Sendable {
    // @unchecked: `free` is only touched under `lock`, and a worker taken from it is reachable
    // only by the one request that took it until it is given back.
    private let lock = NSLock()
    private var free: [Worker] = []
    private let make: @Sendable () -> Worker

    init(make: @escaping @Sendable () -> Worker) {
        self.make = make
    }

    /// Runs `body` with a worker of its own.
    func with<Result, Failure: Error>(_ body: (Worker) throws(Failure) -> Result) throws(Failure) -> Result {
        let worker = lock.withLock { free.popLast() } ?? make()
        defer { lock.withLock { free.append(worker) } }
        return try body(worker)
    }
}

import Foundation
import TriglotKit

/// Runs CPU-bound work (a summary, an alignment, a search) on threads of its own, as many as
/// there are cores, taking requests in arrival order: under load every request then waits
/// about the same time, instead of the unlucky ones waiting behind all that arrived after them.
///
/// Its own threads, not Swift concurrency's pool: that pool has a thread per core too, and
/// when searches held all of them, reading the next request and writing finished answers
/// waited behind a search each. Under a loaded memory search clients then saw up to 100 ms more
/// than the server's own durations (a slowest request of 203 ms against the server's 98); a
/// light task now gets a core as soon as the kernel can give it one.
final class WorkGate: Sendable {
    private let queue = WorkQueue<@Sendable () -> Void>()

    /// A gate running at most `width` pieces of work at once (at least one), on threads named
    /// `name`-0, `name`-1… (Linux keeps a thread name of at most 15 bytes, else none)
    init(width: Int, name: String = "triglot-work") {
        for index in 0..<max(1, width) {
            let label = "\(name)-\(index)", started = DispatchSemaphore(value: 0)
            let thread = Thread { [queue] in
                // Named from inside once `start` has returned: on Linux a name set before start
                // never reaches the system (ps, perf and /proc show the creating thread's name),
                // and one set before `start` returns may be lost (Thread learns its own handle then).
                started.wait()
                Thread.current.name = label
                while let job = queue.take() { job() }
            }
            // As much stack as a main thread gets: summaries and alignments may recurse deeply.
            thread.stackSize = 8 << 20
            thread.start()
            started.signal()
        }
    }

    // Nothing can be queued any more: the threads run what is queued, then end (`take` gives
    // nil once the queue is closed and empty).
    deinit {
        queue.close()
    }

    /// Runs `work` on one of the gate's threads once its turn comes, and returns what it
    /// returned or throws what it threw.
    func run<Value, Failure: Error>(_ work: () throws(Failure) -> Value) async throws(Failure) -> Value {
        // `work` does not outlive this call: the caller is suspended until it has run.
        let outcome: Result<Value, Failure> = await withoutActuallyEscaping(work) { work in
            let transfer = Transfer(work: work)
            return await withCheckedContinuation { continuation in
                enqueue { continuation.resume(returning: transfer.run()) }
            }
        }
        return try outcome.get()
    }

    /// Queues `job` for the gate's threads, which take jobs oldest first; returns at once.
    func enqueue(_ job: @escaping @Sendable () -> Void) {
        queue.put(job)
    }

    /// A closure handed to a gate thread while its caller waits for it.
    private final class Transfer<Value, Failure: Error>: @unchecked Sendable {
        // @unchecked: `work` is set before the job is queued (the queue's lock orders the two)
        // and then only read and cleared by the one thread running the job.
        private var work: (() throws(Failure) -> Value)?

        init(work: @escaping () throws(Failure) -> Value) {
            self.work = work
        }

        /// Runs the work once and lets go of it: the caller, once resumed, checks that nothing
        /// holds it any more.
        func run() -> Result<Value, Failure> {
            guard let work else { preconditionFailure("a gate job ran twice") }
            self.work = nil
            return Result { () throws(Failure) in try work() }
        }
    }
}

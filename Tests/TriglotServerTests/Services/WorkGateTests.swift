import Foundation
import Testing
@testable import TriglotServer

struct WorkGateTests {
    private struct Refused: Error, Equatable {
        let code: Int
    }

    private struct TimedOut: Error {}

    /// Values touched from the gate's threads and the test's tasks.
    private final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        private var current = 0, most = 0

        func append(_ value: Int) { lock.withLock { values.append(value) } }
        var all: [Int] { lock.withLock { values } }
        var running: Int { lock.withLock { current } }
        var mostAtOnce: Int { lock.withLock { most } }
        func enter() { lock.withLock { current += 1; most = max(most, current) } }
        func leave() { lock.withLock { current -= 1 } }
    }

    @Test func returnsTheValueAndThrowsTheError() async throws {
        let gate = WorkGate(width: 2)
        #expect(await gate.run { 6 * 7 } == 42)
        await #expect(throws: Refused(code: 3)) {
            try await gate.run { () throws(Refused) -> Int in throw Refused(code: 3) }
        }
        // The work is not copied anywhere that outlives the call (the gate checks it has no
        // holder left), and a value that is not Sendable comes back.
        final class Box { var value = 1 }
        let box = Box()
        #expect(await gate.run { box.value += 1; return box }.value == 2)
    }

    @Test func runsWorkOnItsOwnThreadsNotTheConcurrencyPool() async {
        let gate = WorkGate(width: 1)
        #expect(await gate.run { Thread.current.name } == "triglot-work-0")
        #expect(await WorkGate(width: 1, name: "other").run { Thread.current.name } == "other-0")
    }

    @Test func runsAtMostWidthAtOnce() throws {
        let gate = WorkGate(width: 2), log = Log()
        let release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        for _ in 0..<6 {
            gate.enqueue {
                log.enter()
                release.wait()
                log.leave()
                done.signal()
            }
        }
        // Two jobs hold both threads; a third would have started by now if the gate allowed it.
        try waitUntil { log.running == 2 }
        usleep(50_000)
        #expect(log.running == 2)
        for _ in 0..<6 { release.signal() }
        for _ in 0..<6 { guard done.wait(timeout: .now() + 60) == .success else { throw TimedOut() } }
        #expect(log.mostAtOnce == 2)
    }

    @Test func takesJobsInArrivalOrder() throws {
        // Queued from this thread alone, so the order they are queued in is known; no task
        // scheduling in between (the tests' concurrency pool may be busy for seconds).
        let gate = WorkGate(width: 1), log = Log()
        let release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        gate.enqueue { release.wait() }  // the one thread is held: the next 20 all wait in the queue
        for index in 0..<20 {
            gate.enqueue {
                log.append(index)
                if index == 19 { done.signal() }
            }
        }
        release.signal()
        guard done.wait(timeout: .now() + 60) == .success else { throw TimedOut() }
        #expect(log.all == Array(0..<20))
    }

    @Test func endsItsThreadsWhenReleased() throws {
        // A name of this test's own: other tests make gates at the same time.
        let name = "gate-ends"
        func threads() -> Int {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
            return tasks.filter { task in
                let comm = (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)) ?? ""
                return comm.hasPrefix(name)
            }.count
        }
        do {
            let gate = WorkGate(width: 3, name: name)
            try waitUntil { threads() == 3 }
            withExtendedLifetime(gate) {}
        }
        try waitUntil { threads() == 0 }
    }

    /// Polls `condition` on this thread (not through task sleeps, which wait for the tests'
    /// busy concurrency pool).
    private func waitUntil(_ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while !condition() {
            guard Date() < deadline else { throw TimedOut() }
            usleep(1_000)
        }
    }
}

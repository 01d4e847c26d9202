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
        private var running = 0
        private(set) var mostAtOnce = 0

        func append(_ value: Int) { lock.withLock { values.append(value) } }
        var all: [Int] { lock.withLock { values } }
        func enter() { lock.withLock { running += 1; mostAtOnce = max(mostAtOnce, running) } }
        func leave() { lock.withLock { running -= 1 } }
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
        let name = await gate.run { Thread.current.name ?? "" }
        #expect(name == "triglot-work-0")
        #expect(await WorkGate(width: 1, name: "other").run { Thread.current.name } == "other-0")
    }

    @Test func runsAtMostWidthAtOnce() async {
        let gate = WorkGate(width: 2), log = Log()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    await gate.run {
                        log.enter()
                        usleep(3_000)
                        log.leave()
                    }
                }
            }
        }
        #expect(log.mostAtOnce == 2)
    }

    @Test func admitsInArrivalOrder() async throws {
        let gate = WorkGate(width: 1), log = Log()
        let release = DispatchSemaphore(value: 0)
        // The one thread is held, so each of the next requests waits in the queue; each is
        // queued before the next is sent.
        let held = Task {
            await gate.run {
                log.append(-1)
                release.wait()
            }
        }
        try await waitUntil { log.all == [-1] }
        var tasks: [Task<Void, Never>] = []
        for index in 0..<20 {
            tasks.append(Task { await gate.run { log.append(index) } })
            try await waitUntil { gate.waiting == index + 1 }
        }
        release.signal()
        await held.value
        for task in tasks { await task.value }
        #expect(log.all == [-1] + Array(0..<20))
    }

    @Test func endsItsThreadsWhenReleased() async throws {
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
            try await waitUntil { threads() == 3 }
            withExtendedLifetime(gate) {}
        }
        try await waitUntil { threads() == 0 }
    }

    private func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = Date().addingTimeInterval(10)
        while !condition() {
            guard Date() < deadline else { throw TimedOut() }
            try await Task.sleep(nanoseconds: 1_000_000)
        }
    }
}

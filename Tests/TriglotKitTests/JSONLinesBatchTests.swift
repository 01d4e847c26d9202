import Foundation
import Testing
import TriglotFormats
@testable import TriglotKit

@Suite struct JSONLinesBatchTests {
    /// Collects what a batch writes (its calls never overlap).
    final class Collected: @unchecked Sendable {
        var text = ""
        var lines: [String] { text.split(separator: "\n").map(String.init) }
    }

    /// A toy task: "word" upper-cased, after a delay that makes later lines finish first; "fail"
    /// makes the work fail. Each worker checks it stays on the thread that made it.
    struct Shout: JSONLinesTask {
        struct Input: Sendable {
            let word: String
            let fail: Bool
            let delay: Double
        }

        final class Worker {
            let thread = Thread.current
        }

        struct Failure: Error, CustomStringConvertible {
            var description: String { "it failed" }
        }

        var ownKeys: Set<String> { ["word", "fail", "shout"] }

        func input(from record: JSONLinesRecord) throws(KitError) -> Input {
            // Early lines wait longest: with several workers, they finish after later ones.
            Input(word: try record.string("word"), fail: record.has("fail"), delay: record.line <= 8 ? Double(9 - record.line) * 0.003 : 0)
        }

        func makeWorker() -> Worker { Worker() }

        func result(for input: Input, worker: inout Worker) throws -> [(key: String, value: JSONOutput)] {
            Thread.sleep(forTimeInterval: input.delay)
            if input.fail || worker.thread != Thread.current { throw Failure() }
            return [("shout", .string(input.word.uppercased()))]
        }
    }

    /// Runs `Shout` over `texts` (numbered from 1), the outcome and the lines written.
    private func run(_ texts: [String], stop: Bool = false, workers: Int = 4) -> (JSONLinesBatch.Outcome, [String], read: Int) {
        var remaining = texts.enumerated().map { JSONLinesBatch.Line.line(number: $0.offset + 1, text: $0.element) }[...]
        var read = 0
        let collected = Collected()
        let outcome = JSONLinesBatch(stopAtFirstError: stop, workers: workers)
            .run(Shout(), next: { read += remaining.isEmpty ? 0 : 1; return remaining.popFirst() },
                 write: { collected.text += $0 }, flush: {})
        return (outcome, collected.lines, read)
    }

    @Test func keepsInputOrderWhileWorkersFinishOutOfOrder() {
        let (outcome, lines, _) = run((1...200).map { "{\"id\": \($0), \"word\": \"w\($0)\"}" })
        #expect(outcome.lines == 200 && outcome.failures == 0)
        #expect(lines == (1...200).map { "{\"id\": \($0), \"shout\": \"W\($0)\"}" })
    }

    @Test func echoesIdsExactlyAsWritten() {
        let ids = ["\"007\"", "1.50", "true", "false", "null", "-2.5e3", "12345678901234567890123", "\"caf\\u00e9\""]
        let (_, lines, _) = run(ids.map { "{\"word\": \"a\", \"id\": \($0)}" })
        #expect(lines == ids.map { "{\"id\": \($0), \"shout\": \"A\"}" })
    }

    @Test func passesUnknownFieldsThroughInTheirOrder() {
        let (_, lines, _) = run([#"{"z": {"b": [1, "}"]}, "id": 1, "word": "x", "a": "q\"r", "line": 9, "error": 0, "shout": "no"}"#])
        #expect(lines == [#"{"id": 1, "z": {"b": [1, "}"]}, "a": "q\"r", "shout": "X"}"#])
    }

    @Test func readsEachLineOnceDecodingFieldsAndKeepingPassedThroughTextAsWritten() {
        let (_, lines, _) = run([
            #"{"id": "a\u0062", "word": "caf\u00e9\n", "note": "caf\u00e9\/", "n": 1.50E+2}"#,
            // A repeated key: the first id is echoed, a field reads its last value; both are passed through.
            #"{"id": 1, "word": "x", "id": 2, "word": "y", "k": 1, "k": 2}"#,
        ])
        #expect(lines == [
            #"{"id": "a\u0062", "note": "caf\u00e9\/", "n": 1.50E+2, "shout": "CAFÉ\n"}"#,
            #"{"id": 1, "k": 1, "k": 2, "shout": "Y"}"#,
        ])
    }

    @Test func linesThatAreNotStrictJSONAreErrorRecords() {
        let texts = [#"{"id": 01, "word": "a"}"#, #"{"id": 1., "word": "a"}"#, #"{"id": -, "word": "a"}"#, #"{"id": .5, "word": "a"}"#,
                     #"{"id": 1.2.3, "word": "a"}"#, #"{"id": "\ud800", "word": "a"}"#, #"{"id": 1, "word": "a"} x"#, #"[{"id": 1}]"#]
        let (outcome, lines, _) = run(texts)
        #expect(outcome.failures == texts.count)
        #expect(lines == texts.indices.map { "{\"line\": \($0 + 1), \"id\": null, \"error\": \"not a JSON object\"}" })
    }

    @Test func aBadMiddleLineGivesAnErrorRecordAndTheRunGoesOn() {
        let texts = ["{\"id\": 1, \"word\": \"a\"}", "{\"id\": 2, oops", "{\"id\": 3, \"word\": \"c\"}",
                     "{\"id\": \"x\", \"tag\": 1}", "{\"id\": 5, \"word\": \"e\", \"tag\": [5], \"fail\": true}", "{\"id\": 6, \"word\": \"f\"}"]
        let (outcome, lines, _) = run(texts)
        #expect(outcome.lines == 6 && outcome.failures == 3)
        #expect(lines == [
            "{\"id\": 1, \"shout\": \"A\"}",
            "{\"line\": 2, \"id\": null, \"error\": \"not a JSON object\"}",
            "{\"id\": 3, \"shout\": \"C\"}",
            "{\"line\": 4, \"id\": \"x\", \"error\": \"missing \\\"word\\\" (a string)\"}",
            "{\"id\": 5, \"tag\": [5], \"error\": \"it failed\"}",
            "{\"id\": 6, \"shout\": \"F\"}",
        ])
    }

    @Test func unreadableAndBlankLinesAndIdsThatAreNotScalars() {
        var remaining: [JSONLinesBatch.Line] = [.line(number: 1, text: "  "), .bad(number: 2, reason: "not valid UTF-8"),
                                                .line(number: 3, text: "{\"id\": [1], \"word\": \"a\"}"), .line(number: 4, text: "{\"word\": \"a\"}")]
        let collected = Collected()
        let outcome = JSONLinesBatch().run(Shout(), next: { remaining.isEmpty ? nil : remaining.removeFirst() },
                                           write: { collected.text += $0 }, flush: {})
        #expect(outcome.lines == 3 && outcome.failures == 3)
        #expect(collected.lines == [
            "{\"line\": 2, \"id\": null, \"error\": \"not valid UTF-8\"}",
            "{\"line\": 3, \"id\": null, \"error\": \"\\\"id\\\" must be a string, number, boolean or null\"}",
            "{\"line\": 4, \"id\": null, \"error\": \"missing \\\"id\\\" (a string, number, boolean or null)\"}",
        ])
    }

    @Test func stopsAtTheFirstErrorRecord() {
        let good = (1...50).map { "{\"id\": \($0), \"word\": \"w\"}" }
        // A line that cannot be read: reading stops there.
        let unreadable = run(Array(good[..<2]) + ["{\"id\": 3"] + good[3...], stop: true)
        #expect(unreadable.0.lines == 3 && unreadable.0.failures == 1)
        #expect(unreadable.1.count == 3 && unreadable.1[2] == "{\"line\": 3, \"id\": null, \"error\": \"not a JSON object\"}")
        #expect(unreadable.read == 3)
        // A line whose work fails, while later ones are already in flight: nothing after it is written.
        let failing = run(Array(good[..<2]) + ["{\"id\": 3, \"word\": \"w\", \"fail\": 1}"] + good[3...], stop: true)
        #expect(failing.0.lines == 3 && failing.0.failures == 1)
        #expect(failing.1 == ["{\"id\": 1, \"shout\": \"W\"}", "{\"id\": 2, \"shout\": \"W\"}", "{\"id\": 3, \"error\": \"it failed\"}"])
        #expect(failing.read < 50)
    }

    @Test func readsNoFurtherAheadThanItsWindow() throws {
        // The first line's work waits for a signal: the reader may not run ahead unbounded.
        struct Held: JSONLinesTask {
            let gate: DispatchSemaphore
            var ownKeys: Set<String> { [] }
            func input(from record: JSONLinesRecord) throws(KitError) -> Int { record.line }
            func makeWorker() {}
            func result(for line: Int, worker: inout Void) throws -> [(key: String, value: JSONOutput)] {
                if line == 1 { gate.wait() }
                return []
            }
        }
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var read = 0
            var outcome: JSONLinesBatch.Outcome?
        }
        let gate = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0), counter = Counter()
        Thread.detachNewThread {
            let outcome = JSONLinesBatch(workers: 2).run(Held(gate: gate), next: {
                counter.lock.withLock {
                    counter.read += 1
                    return counter.read <= 10_000 ? .line(number: counter.read, text: "{\"id\": \(counter.read)}") : nil
                }
            }, write: { _ in }, flush: {})
            counter.lock.withLock { counter.outcome = outcome }
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.5)
        let aheadWhileHeld = counter.lock.withLock { counter.read }
        #expect(aheadWhileHeld <= 17)  // the window is 8 lines a worker
        gate.signal()
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(counter.lock.withLock { counter.outcome?.lines } == 10_000)
    }
}

import TriglotFormats
import Dispatch
import Foundation
import TriglotText

/// A streaming JSON Lines batch: one JSON line out per input line, in input order, on every
/// core. Each result is written as soon as it and those before it are done, and only a bounded
/// window of lines is in flight, so memory does not grow with the input and a reader downstream
/// (a co-process, a Spark partition) sees results while input still arrives. What each line
/// gives is a ``JSONLinesTask``'s.
///
/// A result is `{"id": …, <fields passed through>, <the task's fields>}`: the id exactly as
/// written, then the fields the task does not know, untouched, in their order. A line that cannot
/// be read (not JSON, no id, not UTF-8, too long, fields the task refuses) gives an error record
/// `{"line": N, "id": …, "error": "…"}` in its place; a line the task fails on gives its id,
/// the fields passed through and `"error"`. The run goes on past both (the caller learns how
/// many failed), unless `stopAtFirstError`: then the first error record is the last line written.
public struct JSONLinesBatch {
    let stopAtFirstError: Bool
    let workers: Int

    /// A batch on `workers` threads (default: one per core).
    public init(stopAtFirstError: Bool = false, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.stopAtFirstError = stopAtFirstError
        self.workers = max(1, workers)
    }

    /// One input line: its number and text, or why it could not be read (not UTF-8, too long).
    public enum Line: Sendable {
        case line(number: Int, text: String)
        case bad(number: Int, reason: String)
    }

    /// How a run ended.
    public struct Outcome: Sendable {
        /// Lines written (blank lines are skipped).
        public let lines: Int
        /// Lines written as error records.
        public let failures: Int
    }

    /// Keys the batch itself writes: never passed through.
    static let batchKeys: Set<String> = ["id", "line", "error"]

    /// One input line, read: the task's input with the line's id and fields to pass through, or
    /// the error record to write in its place.
    enum Item<Input: Sendable>: Sendable {
        case work(id: String, passThrough: [(key: String, raw: String)], input: Input)
        case failed(String)
    }

    /// Reads lines from `next` (nil at the end), gives each to `task`, and gives each result line
    /// to `write`, in input order, as soon as it and those before it are done; `write` is called
    /// under a lock, one run of ready lines at a time, and then `flush`. `progress` hears each
    /// line done.
    public func run<Task: JSONLinesTask>(_ task: Task, next: () throws -> Line?, write: @escaping @Sendable (String) -> Void,
                                         flush: @escaping @Sendable () -> Void, progress: (@Sendable () -> Void)? = nil) rethrows -> Outcome {
        let queue = WorkQueue<(Int, Item<Task.Input>)>(capacity: 4 * workers)
        let writer = OrderedWriter(window: 8 * workers, stopAtFirstError: stopAtFirstError, write: write, flush: flush)
        for _ in 0..<workers {
            Thread.detachNewThread {
                var worker = task.makeWorker()
                while let (index, item) = queue.take() {
                    switch item {
                    case let .work(id, passThrough, input):
                        let (line, failed) = Self.result(of: task, for: input, id: id, passThrough: passThrough, worker: &worker)
                        writer.deliver(line, at: index, failed: failed)
                    case let .failed(record):
                        writer.deliver(record, at: index, failed: true)
                    }
                    progress?()
                }
            }
        }
        var index = 0
        defer { queue.close() }
        while let line = try next() {
            if case .line(_, let text) = line, text.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let item = Self.item(line, for: task)
            guard writer.waitForRoom(before: index) else { break }
            queue.put((index, item))
            index += 1
            if case .failed = item, stopAtFirstError { break }
        }
        queue.close()
        // Workers may not have started yet; wait until every line is written.
        writer.waitUntilWritten(count: index)
        let counts = writer.counts
        return Outcome(lines: counts.written, failures: counts.failed)
    }

    /// What one input line is for `task`: its input, or the error record for it.
    static func item<Task: JSONLinesTask>(_ line: Line, for task: Task) -> Item<Task.Input> {
        switch line {
        case let .bad(number, reason):
            return .failed(errorRecord(line: number, id: nil, reason))
        case let .line(number, text):
            let record: JSONLinesRecord
            do { record = try JSONLinesRecord(line: number, text: text) } catch {
                return .failed(errorRecord(line: number, id: nil, error.reason))
            }
            do {
                let input = try task.input(from: record)
                return .work(id: record.id, passThrough: record.passThrough(except: batchKeys.union(task.ownKeys)), input: input)
            } catch {
                return .failed(errorRecord(line: number, id: record.id, error.description))
            }
        }
    }

    /// `{"line": N, "id": …, "error": "…"}`: the id as given, or null.
    static func errorRecord(line: Int, id: String?, _ reason: String) -> String {
        JSONOutput.object([("line", .int(line)), ("id", .raw(id ?? "null")), ("error", .string(reason))]).text
    }

    /// The result line for one input, and whether it is an error record.
    private static func result<Task: JSONLinesTask>(of task: Task, for input: Task.Input, id: String, passThrough: [(key: String, raw: String)],
                                                    worker: inout Task.Worker) -> (String, Bool) {
        let fields: [(key: String, value: JSONOutput)] = [("id", .raw(id))] + passThrough.map { ($0.key, .raw($0.raw)) }
        do {
            return (JSONOutput.object(fields + (try task.result(for: input, worker: &worker))).text, false)
        } catch {
            return (JSONOutput.object(fields + [("error", .string(String(describing: error)))]).text, true)
        }
    }
}

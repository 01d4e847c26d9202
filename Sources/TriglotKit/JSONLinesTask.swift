import TriglotFormats
/// One kind of work a ``JSONLinesBatch`` does per line: what it reads from a line's fields, and
/// the fields it adds to the line's result.
///
/// The batch calls ``input(from:)`` on its reading thread (cheap: take the fields, check their
/// shape) and ``result(for:worker:)`` on its worker threads, each with a state of its own made
/// by ``makeWorker()`` on that thread: ICU handles (segmenters, transforms) are not thread-safe.
public protocol JSONLinesTask: Sendable {
    /// What the task takes from one line.
    associatedtype Input: Sendable
    /// One worker thread's own state.
    associatedtype Worker

    /// The input fields the task reads and the result fields it writes: an input field of one of
    /// these names is not passed through (nor "id", "line" and "error", which the batch writes).
    var ownKeys: Set<String> { get }

    /// The task's input from one line's fields; ``KitError/invalidRecord(line:reason:)`` makes
    /// the line an error record `{"line": N, "id": …, "error": "…"}`.
    func input(from record: JSONLinesRecord) throws(KitError) -> Input

    /// A new worker state, made on the worker's own thread.
    func makeWorker() -> Worker

    /// The fields `input` gives, in order: each key and its value as JSON text. A failure makes
    /// the result `{"id": …, <fields passed through>, "error": "…"}`.
    func result(for input: Input, worker: inout Worker) throws -> [(key: String, value: JSONOutput)]
}

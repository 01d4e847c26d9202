import ArgumentParser
import Foundation
import TriglotKit

/// What a command's help says of its JSON Lines batch: the record shapes.
protocol JSONLinesShapes {
    /// The input record, e.g. `{"id", "text", "title"?, …}`.
    static var inputShape: String { get }
    /// The result record, e.g. `{"id", …, "summary": [...]}`.
    static var outputShape: String { get }
    /// What the progress line counts ("articles").
    static var progressUnit: String { get }
}

/// `--jsonl` and `--on-error`: a command's batch mode, `Task` over JSON Lines on standard input,
/// one result line each on standard output (see ``JSONLinesBatch``).
struct JSONLinesOptions<Task: JSONLinesTask & JSONLinesShapes>: ParsableArguments {
    /// What a bad line does.
    enum OnError: String, ExpressibleByArgument, CaseIterable { case `continue`, stop }

    @Flag(help: ArgumentHelp("Batch mode: read JSON Lines \(Task.inputShape) on stdin, write one JSON result per line, \(Task.outputShape), in order, as they are done, using all cores; ids and other fields come back as given; --max-input is the longest line (default 1M)."))
    var jsonl = false

    @Option(name: .customLong("on-error"), help: "With --jsonl, a bad line gives an error record and the run goes on (continue, then exit 65), or stops there (stop).")
    var onError: OnError = .continue

    /// With --jsonl, refuses files (`files`: some were given) and the options among `options` given.
    func refuse(files: Bool, options: KeyValuePairs<String, Bool> = [:]) throws {
        guard jsonl else { return }
        if files { throw ValidationError("--jsonl reads standard input; give no files") }
        let given = options.filter(\.value).map(\.key)
        if !given.isEmpty { throw ValidationError("--jsonl writes JSON Lines; drop \(given.joined(separator: " and "))") }
    }

    /// Runs `task` over standard input's lines, each result written as soon as it is ready; the
    /// longest line is `limit`'s --max-input, 1 MB by default. Exit 65 at the end when a line
    /// gave an error record. `task` is the command's, or another mode's (`summarize --event`).
    func run<Other: JSONLinesTask & JSONLinesShapes>(_ task: Other, limit: InputLimitOptions) throws {
        let sink = OutputSink()
        let progress = Progress(enabled: isatty(2) == 1, unit: Other.progressUnit)
        var lines = InputLines(lineLimit: limit.maxInput.flatMap(InputLimitOptions.bytes) ?? InputLines.maxLineBytes)
        let outcome = try JSONLinesBatch(stopAtFirstError: onError == .stop)
            .run(task, next: { try lines.nextRecord() }, write: sink.write, flush: sink.flush, progress: progress.tick)
        progress.finish()
        if outcome.failures > 0 { throw CLIError.batchFailed(count: outcome.failures, of: outcome.lines) }
    }
}

extension BatchSummaryWorkflow: JSONLinesShapes {
    static let inputShape = "{\"id\", \"text\", \"title\"?, …}"
    static let outputShape = "{\"id\", …, \"language\", \"summary\": [sentences], \"indices\"}"
    static let progressUnit = "articles"
}

extension EventBatchTask: JSONLinesShapes {
    static let inputShape = "{\"id\", \"reports\": [{\"name\"?, \"text\"}, ...], \"to\"?, …}"
    static let outputShape = "{\"id\", …, \"language\", \"reports\", \"sentences\"} as --format json gives them"
    static let progressUnit = "clusters"
}

extension SegmentLinesTask: JSONLinesShapes {
    static let inputShape = "{\"id\", \"text\", \"language\"?, …}"
    static let outputShape = "{\"id\", …, \"sentences\": [...]} (--unit word: \"words\")"
    static let progressUnit = "texts"
}

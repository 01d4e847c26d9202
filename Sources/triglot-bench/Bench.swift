import ArgumentParser

/// `triglot-bench`: evaluations on ../shared/data and speed benchmarks, each against a
/// baseline measured in the same run.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triglot-bench",
        abstract: "Evaluate and benchmark Triglot against baselines measured in the same run.",
        discussion: """
            Examples:
              swift run -c release triglot-bench sbd
              swift run -c release triglot-bench speed
              .build/release/triglot-bench server-load
            """,
        subcommands: [SentenceBoundaryEvaluation.self, SegmentationSpeed.self, SummaryEvaluation.self, EventSummaryEvaluation.self, AgreementEvaluation.self, AutoTuning.self, SummarySpeed.self, EventSpeed.self, NameEvaluation.self, RealWorldNameEvaluation.self, NameMatchingSpeed.self, AlignmentEvaluation.self, MemorySpeed.self, StartupSpeed.self, ServerLoad.self]
    )
}

/// Where the shared evaluation data lives.
struct DataOptions: ParsableArguments {
    @Option(help: "The shared data folder (see ../shared/data/README.md).")
    var data: String = "../shared/data"

    /// The path of `relative` inside the data folder, or nil (with a note on stderr) when absent.
    func path(_ relative: String) -> String? {
        let full = data + "/" + relative
        if FileSystem.exists(full) { return full }
        FileSystem.note("skipped: \(full) is absent")
        return nil
    }
}

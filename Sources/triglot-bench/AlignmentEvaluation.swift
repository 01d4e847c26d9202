import ArgumentParser

/// `triglot-bench align`: sentence alignment scores against baselines (being written).
struct AlignmentEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "align", abstract: "Score sentence alignment against baselines.")
    func run() throws { print("not written yet") }
}

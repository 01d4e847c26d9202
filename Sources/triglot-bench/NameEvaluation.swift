import ArgumentParser

/// `triglot-bench names`: transliteration accuracy against the peers (to be written).
struct NameEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "names", abstract: "Score name transliteration against peers.")
    func run() throws { print("not written yet") }
}

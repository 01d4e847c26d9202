import ArgumentParser

/// `triglot-bench match-speed`: glossary matcher throughput against a peer (to be written).
struct NameMatchingSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "match-speed", abstract: "Name matcher throughput against pyahocorasick.")
    func run() throws { print("not written yet") }
}

import ArgumentParser

/// `triglot-bench tm-speed`: translation memory search latency (being written).
struct MemorySpeed: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tm-speed", abstract: "Translation memory search latency.")
    func run() throws { print("not written yet") }
}

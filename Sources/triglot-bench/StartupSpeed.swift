import ArgumentParser
import Dispatch
import Foundation

/// `triglot-bench startup`: how long each command of the built `triglot` takes to answer a
/// one-sentence input, process start included, against `triglot names "Wang Yi"` timed in the
/// same run (the target: every command within 2× of it).
struct StartupSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract: "Time each command on a one-sentence input against `names \"Wang Yi\"`, same run.",
        discussion: """
            Runs are interleaved (names, segment, summarize, align, names, …) so that a machine
            whose speed drifts during the run affects every command alike; the median is reported.

            Example:
              swift build -c release && swift run -c release triglot-bench startup
            """
    )

    @Option(help: "The triglot binary to time.")
    var binary = ".build/release/triglot"

    @Option(help: "Runs of each command; the median is reported.")
    var runs = 21

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs takes a positive number") }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("\(binary) is not an executable: build it first (swift build -c release)")
        }
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-startup-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // One sentence each, with names the glossary knows, as an editor's first try would be.
        let english = folder.appendingPathComponent("one.en.txt").path
        let chinese = folder.appendingPathComponent("one.zh.txt").path
        let vietnamese = folder.appendingPathComponent("one.vi.txt").path
        try "Wang Yi met Bui Thanh Son in Bagan on Monday.\n".write(toFile: english, atomically: true, encoding: .utf8)
        try "王毅周一在蒲甘会见了裴青山。\n".write(toFile: chinese, atomically: true, encoding: .utf8)
        try "Vương Nghị gặp Bùi Thanh Sơn tại Bagan hôm thứ Hai.\n".write(toFile: vietnamese, atomically: true, encoding: .utf8)
        let commands: [(name: String, arguments: [String])] = [
            ("names \"Wang Yi\"", ["names", "Wang Yi"]),
            ("segment", ["segment", english]),
            ("summarize", ["summarize", english]),
            ("names --in", ["names", "--in", english]),
            ("align en-zh", ["align", english, chinese]),
            ("align en-vi", ["align", english, vietnamese]),
            ("align zh-vi --names", ["align", "--names", chinese, vietnamese]),
        ]
        var times = Array(repeating: [Double](), count: commands.count)
        // One untimed round first: the binary and ICU's data into the page cache.
        for command in commands { _ = try time(command.arguments) }
        for _ in 0..<runs {
            for (index, command) in commands.enumerated() { times[index].append(try time(command.arguments)) }
        }
        let medians = times.map { $0.sorted()[$0.count / 2] }
        print("command".padding(toLength: 22, withPad: " ", startingAt: 0) + "  median ms  × names \"Wang Yi\"")
        for (index, command) in commands.enumerated() {
            print(command.name.padding(toLength: 22, withPad: " ", startingAt: 0)
                  + String(format: "  %9.1f  %5.2f", medians[index] * 1000, medians[index] / medians[0]))
        }
    }

    /// Seconds from launching the binary with `arguments` to its exit; its output is discarded.
    /// posix_spawn and waitpid, not Foundation's Process, whose waitUntilExit polls a run loop
    /// and rounds every time up to its polling step.
    private func time(_ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ValidationError("cannot run \(binary): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED and WEXITSTATUS, which Swift does not import as macros.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw ValidationError("triglot \(arguments.joined(separator: " ")) failed (wait status \(status))")
        }
        return seconds
    }
}

import Foundation

/// Runs the built `triglot` binary the way a user does and captures what it prints.
struct TriglotRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let terminatedBySignal: Bool
    }

    /// The package root, for paths to examples.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `triglot` executable built beside the test bundle.
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("triglot")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/triglot")
    }()

    /// A fresh, empty folder in the system's temporary directory; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-test-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Runs `body` in a fresh folder, removed when it returns.
    static func inTemporaryFolder(_ body: (URL) throws -> Void) throws {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    /// Runs `triglot arguments`, feeding `stdin` bytes, in `directory` (the package root unless
    /// told), with `environment` added to the tests' own; the process is killed
    /// (`terminatedBySignal`) when it runs longer than `timeout` seconds.
    static func run(_ arguments: [String], stdin: [UInt8] = [], timeout: Double = 120,
                    environment: [String: String] = [:], in directory: URL? = nil) throws -> Result {
        ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // Fed from another thread: a command answering line by line may fill its output pipe
        // before it has read all its input. A command that exits without reading it all makes
        // the write fail (EPIPE), which is not the test's concern.
        let writer = input.fileHandleForWriting
        let bytes = Data(stdin)
        let fed = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: bytes)
            try? writer.close()
            fed.signal()
        }
        // stderr is at most a few lines, so reading stdout first cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        fed.wait()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      terminatedBySignal: process.terminationReason == .uncaughtSignal)
    }

    /// Writing to a command that has exited fails with EPIPE instead of killing the tests.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()
}

import Foundation

/// A running `triglot` fed and read a line at a time, for commands that answer each input
/// line as it comes (a co-process): the test can wait for an answer before sending more.
final class TriglotSession {
    /// What the command has written so far, filled by a reading thread.
    private final class Inbox: @unchecked Sendable {
        let lock = NSLock()
        var bytes: [UInt8] = []
        var ended = false
        let arrived = DispatchSemaphore(value: 0)
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let inbox = Inbox()

    /// Starts `triglot arguments` in the package root, its output read as it arrives.
    init(_ arguments: [String]) throws {
        TriglotRunner.ignoreBrokenPipes
        process.executableURL = TriglotRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = TriglotRunner.packageRoot
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = output.fileHandleForReading
        let inbox = self.inbox
        DispatchQueue.global().async {
            while true {
                let data = reader.availableData  // blocks until some output or its end
                inbox.lock.withLock {
                    if data.isEmpty { inbox.ended = true } else { inbox.bytes += data }
                }
                inbox.arrived.signal()
                if data.isEmpty { return }
            }
        }
    }

    /// Writes `text` to the command's standard input, leaving it open.
    func send(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// The next line the command writes (without its LF), or nil when none is complete within
    /// `timeout` seconds or the output ended.
    func nextLine(timeout: Double) -> String? {
        let deadline = DispatchTime.now() + timeout
        while true {
            let (line, ended): ([UInt8]?, Bool) = inbox.lock.withLock {
                guard let end = inbox.bytes.firstIndex(of: 0x0A) else { return (nil, inbox.ended) }
                let line = Array(inbox.bytes[..<end])
                inbox.bytes.removeFirst(end + 1)
                return (line, false)
            }
            if let line { return String(decoding: line, as: UTF8.self) }
            if ended || inbox.arrived.wait(timeout: deadline) == .timedOut { return nil }
        }
    }

    /// Closes the command's standard input and waits for it to exit: its status.
    func finish() throws -> Int32 {
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    // A test that gave up waiting leaves no command behind.
    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

import Foundation
import Testing

/// Output that never lies: a failed write is an error, a closed pipe an early end, and `-o`
/// never turns a device or a symbolic link into a regular file.
@Suite struct OutputFailureTests {
    private static let example = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"

    /// Runs a shell line with `TRIGLOT` set to the built binary, in the package root.
    private func shell(_ line: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = TriglotRunner.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["TRIGLOT": TriglotRunner.executable.path]) { $1 }
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    @Test(arguments: [
        "\"$TRIGLOT\" segment \(example) > /dev/full",
        "\"$TRIGLOT\" summarize \(example) > /dev/full",
        "printf '{\"id\": 1, \"text\": \"Wang Yi met Bui Thanh Son. They talked.\"}\\n' | \"$TRIGLOT\" summarize --jsonl > /dev/full",
        "\"$TRIGLOT\" names 'Wang Yi' > /dev/full",
        "\"$TRIGLOT\" glossary validate > /dev/full",
    ])
    func aFullDiskIsAnError(line: String) throws {
        let result = try shell(line)
        #expect(result.status == 74)
        #expect(result.stderr == "error: standard output: cannot write: No space left on device\n")
    }

    @Test func aClosedPipeEndsQuietly() throws {
        try TriglotRunner.inTemporaryFolder { folder in
            let big = folder.appendingPathComponent("big.txt")
            try String(repeating: "Wang Yi met Bui Thanh Son in Bagan.\n", count: 100_000).write(to: big, atomically: true, encoding: .utf8)
            // bash's pipefail: the pipeline fails if triglot does; head takes one line and leaves.
            let result = try shell("exec bash -c 'set -o pipefail; \"$TRIGLOT\" segment \(big.path) | head -n 1 > /dev/null'")
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
        }
    }

    @Test func aDeviceGivenToOutputStaysADevice() throws {
        // On a device node of the test's own (a copy of /dev/full made with mknod, as root), so a
        // binary that got this wrong replaces that copy, never the machine's /dev/full.
        try TriglotRunner.inTemporaryFolder { folder in
            let full = folder.appendingPathComponent("full").path
            guard mknod(full, S_IFCHR | 0o666, (1 << 8) | 7) == 0 else { return }  // not root: nothing to test with (dev 1,7)
            let result = try TriglotRunner.run(["glossary", "export", "--format", "csv", "-o", full])
            #expect(result.status != 0)
            #expect(result.stderr.contains("\(full): cannot write"))
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
        }
    }

    @Test func aNamedPipeGivenToOutputStaysAPipe() throws {
        try TriglotRunner.inTemporaryFolder { folder in
            let fifo = folder.appendingPathComponent("pipe").path
            #expect(mkfifo(fifo, 0o644) == 0)
            let reader = Process()
            reader.executableURL = URL(fileURLWithPath: "/bin/cat")
            reader.arguments = [fifo]
            let output = Pipe()
            reader.standardOutput = output
            try reader.run()
            let result = try TriglotRunner.run(["glossary", "export", "--format", "csv", "-o", fifo])
            let read = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            reader.waitUntilExit()
            #expect(result.status == 0, "\(result.stderr)")
            #expect(read.hasPrefix("\"id\",\"kind\""))
            #expect(try FileManager.default.attributesOfItem(atPath: fifo)[.type] as? FileAttributeType != .typeRegular)
        }
    }

    @Test func aSymbolicLinkGivenToOutputIsWrittenThrough() throws {
        try TriglotRunner.inTemporaryFolder { folder in
            let target = folder.appendingPathComponent("real.csv"), link = folder.appendingPathComponent("link.csv")
            try "old\n".write(to: target, atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            let result = try TriglotRunner.run(["glossary", "export", "--format", "csv", "-o", link.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
            #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("\"id\",\"kind\""))
        }
    }

    @Test func anEndlessInputIsAnErrorAtTheLimit() throws {
        let zero = try TriglotRunner.run(["segment", "/dev/zero"], timeout: 60)
        #expect(zero.status == 65)
        #expect(zero.stderr == "error: /dev/zero: larger than the input limit of 256 MB (raise it with --max-input)\n")
        let small = try TriglotRunner.run(["segment", "--max-input", "1K"], stdin: Array(repeating: UInt8(ascii: "a"), count: 2000))
        #expect(small.status == 65)
        #expect(small.stderr.contains("<stdin>: larger than the input limit of 1024 bytes"))
        #expect(try TriglotRunner.run(["segment", "--max-input", "2K"], stdin: Array("Wang Yi met Son.".utf8)).status == 0)
        #expect(try TriglotRunner.run(["segment", "--max-input", "-5"]).status == 64)
        #expect(try TriglotRunner.run(["names", "--in", "/dev/zero"], timeout: 60).status == 65)
    }

    @Test func anUnreadableSpecialFileIsOneClearLine() throws {
        let result = try TriglotRunner.run(["segment", "/proc/self/mem"])
        #expect(result.status == 66)
        #expect(result.stderr == "error: /proc/self/mem: cannot read: Input/output error\n")
    }
}

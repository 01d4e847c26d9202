import Foundation

/// A Python peer run once over many inputs: the inputs go to a temporary file, one per line,
/// given after `arguments`; the peer prints one line per input (as `tools/edmundson_peer.py`).
struct PythonPeer {
    /// The Python interpreter.
    let python: String
    /// The helper script.
    let helper: String

    /// The peer's output lines, one per input, or nil (with a message naming `label`, the
    /// helper by default) when it cannot run.
    func run(arguments: [String], input lines: [String], label: String? = nil) -> [String]? {
        let label = label ?? helper
        guard FileSystem.exists(helper) else {
            print("  \(label): skipped, \(helper) is absent (run from the project root)")
            return nil
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-peer-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: input) }
        do { try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input) } catch {
            print("  \(label): skipped, cannot write \(input.path)")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, helper] + arguments + [input.path]
        // Messages go to a file: a peer that filled a pipe we did not read would hang.
        let messages = input.appendingPathExtension("err")
        defer { try? FileManager.default.removeItem(at: messages) }
        _ = FileManager.default.createFile(atPath: messages.path, contents: nil)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try? FileHandle(forWritingTo: messages)
        do { try process.run() } catch {
            print("  \(label): skipped, cannot run \(python) (\(error))")
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = FileManager.default.contents(atPath: messages.path) ?? Data()
        guard process.terminationStatus == 0 else {
            print("  \(label): skipped (\(String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))")
            return nil
        }
        var answers = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if answers.last == "" { answers.removeLast() }
        guard answers.count == lines.count else {
            print("  \(label): skipped, \(answers.count) answers for \(lines.count) inputs")
            return nil
        }
        return answers
    }
}

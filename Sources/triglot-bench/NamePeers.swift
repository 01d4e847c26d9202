import Foundation
import TriglotText

/// The Python peers of the name evaluations (`tools/name_peers.py`: pypinyin, cn2vn,
/// unidecode), run once per list of names in the same run as Triglot.
struct NamePeers {
    /// The Python interpreter.
    let python: String
    /// The helper script.
    let helper: String

    /// The peer's output, one line per name, or nil (with a message) when it cannot run.
    func run(_ name: String, _ inputs: [String]) -> [String]? {
        guard FileSystem.exists(helper) else {
            print("   \(name): skipped, \(helper) is absent (run from the project root)")
            return nil
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-names-\(name)-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: input) }
        do { try Data((inputs.joined(separator: "\n") + "\n").utf8).write(to: input) } catch {
            print("   \(name): skipped, cannot write \(input.path)")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, helper, name, input.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            print("   \(name): skipped, cannot run \(python) (\(error))")
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            print("   \(name): skipped (\(message.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return nil
        }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard lines.count == inputs.count else {
            print("   \(name): skipped, \(lines.count) answers for \(inputs.count) names")
            return nil
        }
        return lines.map { $0.nfc }
    }

}

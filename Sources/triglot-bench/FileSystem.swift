import Foundation

/// Small file helpers for the benchmarks.
enum FileSystem {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The file's text; exits with a message when it cannot be read.
    static func text(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            note("error: cannot read \(path)")
            Foundation.exit(66)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Each line of a JSON Lines file, parsed.
    static func jsonLines(_ path: String) -> [[String: Any]] {
        text(path).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// A line on stderr.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

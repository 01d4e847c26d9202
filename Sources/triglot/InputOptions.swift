import ArgumentParser
import Foundation
import TriglotText

/// The language choice every command takes: auto-detect or a fixed language.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, en, zh, vi

    /// The fixed language, or nil for detection.
    var language: Language? { Language(rawValue: rawValue) }
}

/// A document to read: a file path, or "-" / nothing for standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The text to read (UTF-8); '-' or nothing reads standard input.", valueName: "file"))
    var file: String?

    @Option(help: "The text's language: auto detects it per document and per sentence.")
    var lang: LanguageChoice = .auto

    /// The input text, validated as UTF-8.
    func read() throws -> String { try InputSource(path: file).read() }
}

/// One input: a file, or standard input when the path is nil or "-".
struct InputSource {
    let path: String?

    /// The name used in messages.
    var displayName: String { path == nil || path == "-" ? "<stdin>" : path! }

    /// The input text, validated as UTF-8.
    func read() throws -> String {
        let bytes: [UInt8]
        if let path, path != "-" {
            bytes = try InputReader.bytes(atPath: path)
        } else {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw CLIError.invalidUTF8(path: displayName, offset: offset)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Reads files with errors the user can act on.
enum InputReader {
    /// The bytes of the file at `path`.
    static func bytes(atPath path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw CLIError.unreadable(path: path, reason: "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw CLIError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}

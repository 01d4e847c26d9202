import ArgumentParser
import Foundation
import TriglotNames
import TriglotText

/// The language choice every command takes: auto-detect or a fixed language.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, en, zh, vi

    /// The fixed language, or nil for detection.
    var language: Language? { Language(rawValue: rawValue) }

    /// The library's language policy: given, or detected.
    var policy: LanguagePolicy { LanguagePolicy(language) }
}

/// `--kind`: what a name names.
enum NameKindChoice: String, ExpressibleByArgument, CaseIterable {
    case person, place, organisation

    /// The library's kind.
    var kind: NameKind { NameKind(rawValue: rawValue)! }
}

/// A document to read: a file path, or "-" / nothing for standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The text to read (UTF-8); '-' or nothing reads standard input.", valueName: "file"))
    var file: String?

    @Option(help: "The text's language: auto detects it per document and per sentence.")
    var lang: LanguageChoice = .auto

    @OptionGroup var limit: InputLimitOptions

    /// The input text, validated as UTF-8 and within --max-input.
    func read() throws -> String {
        limit.apply()
        return try InputSource(path: file).read()
    }
}

/// One input: a file, or standard input when the path is nil or "-".
struct InputSource {
    let path: String?

    /// The most bytes any input may have (`--max-input`): `/dev/zero` or an endless pipe given as
    /// input is an error, not a process the kernel kills for its memory.
    nonisolated(unsafe) static var maximumBytes = InputLimitOptions.defaultBytes

    /// The name used in messages.
    var displayName: String { path == nil || path == "-" ? "<stdin>" : path! }

    /// The input text, validated as UTF-8.
    func read() throws -> String {
        let bytes: [UInt8]
        if let path, path != "-" {
            bytes = try InputReader.bytes(atPath: path)
        } else {
            bytes = try InputReader.bytes(from: 0, name: displayName)
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw CLIError.invalidUTF8(path: displayName, offset: offset)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// `--max-input SIZE`: the largest input a command reads.
struct InputLimitOptions: ParsableArguments {
    /// 256 MB: far beyond any article or batch a person means to give.
    static let defaultBytes = 256 << 20

    @Option(name: .customLong("max-input"), help: ArgumentHelp(
        "The largest input to read, in bytes or with K, M or G (default 256M); more is an error (exit 65).", valueName: "size"))
    var maxInput: String?

    func validate() throws {
        if let maxInput, Self.bytes(maxInput) == nil {
            throw ValidationError("--max-input takes a size such as 1000000, 500K, 256M or 2G (got '\(maxInput)')")
        }
    }

    /// Sets the limit for every input this process reads.
    func apply() {
        if let maxInput, let bytes = Self.bytes(maxInput) { InputSource.maximumBytes = bytes }
    }

    /// "256M" → 268435456; nil when it is not a positive size.
    static func bytes(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = text.uppercased()
        var unit = 1
        if let last = digits.last, let multiple = units[last] { unit = multiple; digits.removeLast() }
        if digits.hasSuffix("B") && unit == 1 { digits.removeLast() }
        guard let value = Int(digits), value > 0, value <= Int.max / unit else { return nil }
        return value * unit
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
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CLIError.unreadable(path: path, reason: errno == EACCES ? "permission denied" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        return try bytes(from: descriptor, name: path)
    }

    /// Every byte readable from `descriptor`, at most ``InputSource/maximumBytes``.
    static func bytes(from descriptor: Int32, name: String) throws -> [UInt8] {
        let limit = InputSource.maximumBytes
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
            throw CLIError.tooLarge(path: name, limit: limit)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError.unreadable(path: name, reason: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw CLIError.tooLarge(path: name, limit: limit) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

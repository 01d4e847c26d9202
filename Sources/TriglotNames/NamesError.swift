import TriglotFormats
import TriglotText

/// Everything that can go wrong with glossaries and names, each with where and what to do.
public enum NamesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Problems found in glossary files, each "FILE:LINE: problem".
    case invalidGlossary([GlossaryProblem])
    /// A glossary file that cannot be read.
    case unreadable(path: String, reason: String)
    /// The text layer failed (ICU).
    case text(TriglotTextError)
    /// An import file that is not well-formed (XML, CSV, JSON, UTF-8) or is refused as unsafe, at a position.
    case malformedInput(file: String, line: Int, column: Int?, reason: String)
    /// An import file that holds no concepts.
    case nothingToImport(file: String, reason: String)
    /// A file that cannot be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidGlossary(problems):
            return problems.map(\.description).joined(separator: "\n")
        case let .unreadable(path, reason):
            return "\(path): \(reason)"
        case let .text(error):
            return error.description
        case let .malformedInput(file, line, column, reason):
            return "\(file):\(line):\(column.map { "\($0):" } ?? "") \(reason)"
        case let .nothingToImport(file, reason):
            return "\(file): \(reason)"
        case let .unwritable(path, reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}

/// One problem in a glossary file, at a line.
public struct GlossaryProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file's name as given.
    public let file: String
    /// The 1-based line number; 0 for a problem with the whole file.
    public let line: Int
    /// What is wrong and what to do.
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "FILE:LINE: message"; "FILE: message" for a problem with the whole file (line 0).
    public var description: String { "\(ConceptOrigin.describe(file: file, line: line)): \(message)" }
}

extension NamesError {
    /// The glossary's error for a file the formats module refuses, at the same position.
    init(_ error: FormatError) {
        self = .malformedInput(file: error.file, line: error.line, column: error.column, reason: error.reason)
    }

    /// What `body` reads, its format error turned into the glossary's.
    static func reading<T>(_ body: () throws(FormatError) -> T) throws(NamesError) -> T {
        do { return try body() } catch { throw NamesError(error) }
    }
}

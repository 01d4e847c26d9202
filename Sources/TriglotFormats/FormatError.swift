import TriglotText

/// Everything a reader of an exchange format (XML, TMX, TBX, CSV, JSON) can refuse, at a
/// 1-based line and column (in Unicode scalars), with a reason that says what to do.
public enum FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file that is not well-formed, or is refused as unsafe (entity declarations, unknown
    /// entities, nesting too deep), or does not have the document shape asked for.
    case malformed(file: String, line: Int, column: Int, reason: String)
    /// A file that is not UTF-8: the 0-based byte offset of the first bad byte, and its line and column.
    case invalidUTF8(file: String, offset: Int, line: Int, column: Int)

    /// The file's name as given.
    public var file: String {
        switch self {
        case let .malformed(file, _, _, _), let .invalidUTF8(file, _, _, _): return file
        }
    }

    /// The 1-based line of the problem.
    public var line: Int {
        switch self {
        case let .malformed(_, line, _, _), let .invalidUTF8(_, _, line, _): return line
        }
    }

    /// The 1-based column (in Unicode scalars) of the problem.
    public var column: Int {
        switch self {
        case let .malformed(_, _, column, _), let .invalidUTF8(_, _, _, column): return column
        }
    }

    /// What is wrong and what to do, without the position.
    public var reason: String {
        switch self {
        case let .malformed(_, _, _, reason): return reason
        case let .invalidUTF8(_, offset, _, _):
            return "not valid UTF-8 (byte \(offset)); convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)"
        }
    }

    public var description: String { "\(file):\(line):\(column): \(reason)" }

    /// Throws with line and column when `bytes` (the contents of `file`) is not UTF-8, naming
    /// UTF-16 when it looks like it: every reader here reads UTF-8 only.
    public static func checkUTF8(_ bytes: [UInt8], file: String) throws(FormatError) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .malformed(file: file, line: 1, column: 1,
                             reason: "the file is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let (line, column) = TextLocation.of(offset, in: bytes)
            throw .invalidUTF8(file: file, offset: offset, line: line, column: column)
        }
    }

    /// The error for a problem at byte `offset` of `bytes`, with its line and column.
    static func at(_ offset: Int, in bytes: [UInt8], file: String, _ reason: String) -> FormatError {
        let (line, column) = TextLocation.of(min(offset, bytes.count), in: bytes)
        return .malformed(file: file, line: line, column: column, reason: reason)
    }
}

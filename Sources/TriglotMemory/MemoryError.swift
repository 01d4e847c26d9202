import TriglotFormats

/// Everything the translation memory can refuse, each with a message that says what to do.
public enum MemoryError: Error, Equatable, CustomStringConvertible {
    /// The input file is malformed at a line and column (bad XML, a hostile DTD, a bad row).
    case malformedInput(file: String, line: Int, column: Int, reason: String)
    /// The input is not UTF-8 at a byte offset (with its line and column).
    case invalidUTF8(file: String, offset: Int, line: Int, column: Int)
    /// The database could not be created or opened for writing.
    case unwritable(path: String, reason: String)
    /// The database failed while reading or writing (corrupt, locked too long, disk full).
    case database(path: String, reason: String)
    /// No memory to read at the path (no file, an empty file, or an empty database).
    case missing(path: String)
    /// The file is an SQLite database without the memory's tables, most likely another
    /// program's; it is left as it was.
    case foreignDatabase(path: String)

    /// One line for stderr.
    public var description: String {
        switch self {
        case let .malformedInput(file, line, column, reason):
            return "\(file):\(line):\(column): \(reason)"
        case let .invalidUTF8(file, offset, line, column):
            return "\(file):\(line):\(column): not valid UTF-8 at byte \(offset) (convert the file first, e.g. with iconv -f GB18030 -t UTF-8); nothing was imported"
        case let .unwritable(path, reason):
            return "\(path): cannot open the translation memory for writing: \(reason); choose another file"
        case let .database(path, reason):
            return "\(path): translation memory error: \(reason); nothing was changed"
        case let .missing(path):
            return "no translation memory at \(path)"
        case let .foreignDatabase(path):
            return "\(path): an SQLite database without the tables of a translation memory (another program's?); it was left untouched; choose another file"
        }
    }

    /// sysexits.h: EX_DATAERR 65 for bad input, EX_NOINPUT 66, EX_CANTCREAT 73, EX_IOERR 74
    /// (also for a file that is not a memory, as for one that is not a database at all).
    public var exitCode: Int32 {
        switch self {
        case .malformedInput, .invalidUTF8: return 65
        case .missing: return 66
        case .unwritable: return 73
        case .database, .foreignDatabase: return 74
        }
    }
}

extension MemoryError {
    /// The memory's error for a file the formats module refuses: nothing of it was imported.
    init(_ error: FormatError) {
        switch error {
        case let .malformed(file, line, column, reason):
            self = .malformedInput(file: file, line: line, column: column, reason: reason + "; nothing was imported")
        case let .invalidUTF8(file, offset, line, column):
            self = .invalidUTF8(file: file, offset: offset, line: line, column: column)
        }
    }
}

import TriglotKit
import TriglotMemory
import TriglotNames
import TriglotServer
import TriglotSummary
import TriglotText

/// Failures the CLI reports as one line on stderr, each with its sysexits code.
enum CLIError: Error {
    /// The input file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The input is not UTF-8.
    case invalidUTF8(path: String, offset: Int)
    /// The output could not be written.
    case unwritable(path: String, reason: String)
    /// A failure inside the text layer (ICU missing or refusing).
    case text(TriglotTextError)
    /// A summarizer failure.
    case summary(SummaryError)
    /// A glossary failure (every problem, one per line).
    case names(NamesError)
    /// A translation memory failure.
    case memory(MemoryError)
    /// A workflow's failure: the layer underneath's error, mapped as if thrown directly.
    case kit(KitError)
    /// Input in the wrong shape, at a line.
    case badInput(path: String, line: Int, reason: String)
    /// Input larger than the limit (`--max-input`).
    case tooLarge(path: String, limit: Int)
    /// Lines of a batch that gave error records (the others were written).
    case batchFailed(count: Int, of: Int)
    /// The server cannot start as configured (an address without a token, a bad glossary).
    case server(ServerError)
    /// The server could not listen or stopped on a failure (the port taken).
    case unavailable(reason: String)

    var message: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): \(reason)"
        case let .invalidUTF8(path, offset):
            return "\(path): not valid UTF-8 at byte \(offset) (convert it first, e.g. with iconv -f GB18030 -t UTF-8)"
        case let .unwritable(path, reason): return "\(path): cannot write: \(reason)"
        case let .text(error): return error.description
        case let .summary(error): return error.description
        case let .names(error): return error.description.split(separator: "\n").joined(separator: "\nerror: ")
        case let .memory(error):
            switch error {
            case .missing: return error.description + "; create one with tm add or tm import"
            case .unwritable, .foreignDatabase: return error.description + " with --db"
            default: return error.description
            }
        case let .kit(error): return Self.from(error).message
        case let .badInput(path, line, reason): return "\(path):\(line): \(reason)"
        case let .batchFailed(count, total):
            return "\(count) of \(total) input line\(total == 1 ? "" : "s") failed (see the error records in the output)"
        case let .tooLarge(path, limit):
            return "\(path): larger than the input limit of \(limit >> 20 > 0 ? "\(limit >> 20) MB" : "\(limit) bytes") (raise it with --max-input)"
        case let .server(error): return error.description
        case let .unavailable(reason): return reason
        }
    }

    /// The CLI error a workflow's failure is: the same table as the layers' own errors.
    static func from(_ error: KitError) -> CLIError {
        switch error {
        case let .text(error): .text(error)
        case let .summary(error): .summary(error)
        case let .names(error): .names(error)
        case let .invalidRecord(line, reason): .badInput(path: InputLines.displayName, line: line, reason: reason)
        case let .memory(error): .memory(error)
        }
    }

    /// The one table of exit codes, sysexits.h: EX_DATAERR 65 (bad data: input, glossary),
    /// EX_NOINPUT 66, EX_SOFTWARE 70, EX_CANTCREAT 73, EX_IOERR 74 (a database failure, or a
    /// file that is not a translation memory).
    var exitCode: Int32 {
        switch self {
        case .invalidUTF8, .badInput, .tooLarge, .batchFailed: return 65
        case .unreadable: return 66
        case .unwritable: return 73
        case .text, .summary: return 70
        case let .names(error):
            switch error {
            case .invalidGlossary, .malformedInput, .nothingToImport: return 65
            case .unreadable: return 66
            case .unwritable: return 73
            case .text: return 70
            }
        case let .memory(error):
            switch error {
            case .malformedInput, .invalidUTF8: return 65
            case .missing: return 66
            case .unwritable: return 73
            case .database, .foreignDatabase: return 74
            }
        case let .kit(error): return Self.from(error).exitCode
        // EX_CONFIG 78: the server's options or files; EX_UNAVAILABLE 69: it could not listen.
        case .server: return 78
        case .unavailable: return 69
        }
    }
}

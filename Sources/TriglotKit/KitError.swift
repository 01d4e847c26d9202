import TriglotMemory
import TriglotNames
import TriglotSummary
import TriglotText

/// What a workflow can fail with: the failure of the layer underneath, kept whole so an
/// interface (the CLI, a server) maps each to its own answer in one table.
public enum KitError: Error, Sendable, CustomStringConvertible {
    /// A text-layer failure (ICU missing or refusing).
    case text(TriglotTextError)
    /// A summarizer failure.
    case summary(SummaryError)
    /// A glossary or name failure.
    case names(NamesError)
    /// A line of a JSON Lines batch in the wrong shape (not the fields the task reads).
    case invalidRecord(line: Int, reason: String)
    /// A translation memory failure.
    case memory(MemoryError)

    public var description: String {
        switch self {
        case let .text(error): error.description
        case let .summary(error): error.description
        case let .names(error): error.description
        case let .invalidRecord(_, reason): reason
        case let .memory(error): error.description
        }
    }
}

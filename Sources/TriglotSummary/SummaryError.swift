import TriglotText

/// Everything that can go wrong while summarizing, with messages that say what to do.
public enum SummaryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No method has this name.
    case unknownMethod(String, known: [String])
    /// A length limit that cannot be met (zero or negative).
    case invalidLength(String)
    /// The text layer failed (ICU).
    case text(TriglotTextError)
    /// An event summary was asked in a language none of its reports is written in.
    case noReportIn(Language)

    public var description: String {
        switch self {
        case let .unknownMethod(name, known):
            return "unknown method '\(name)'; choose one of: \(known.joined(separator: ", "))"
        case let .invalidLength(reason):
            return "invalid summary length: \(reason)"
        case let .text(error):
            return error.description
        case let .noReportIn(language):
            return "no report is in \(language.code): an event summary takes its sentences from reports in the language asked for"
        }
    }
}

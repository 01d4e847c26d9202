/// Everything that can go wrong in the text layer, with messages that say what to do.
public enum TriglotTextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU refused a call; `operation` names it, `status` is ICU's name for the failure.
    case icu(operation: String, status: String)
    /// No ICU transform has this ID.
    case unknownTransform(id: String, status: String)
    /// Bytes that are not UTF-8; `offset` is the 0-based byte offset of the first bad byte.
    case invalidUTF8(offset: Int)
    /// A language-rules data file could not be parsed.
    case malformedRules(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .icu(operation, status):
            return "ICU failed in \(operation) (\(status)); check that libicu is installed and matches the build"
        case let .unknownTransform(id, status):
            return "unknown ICU transform '\(id)' (\(status)); list valid IDs with `uconv -L`"
        case let .invalidUTF8(offset):
            return "not valid UTF-8 at byte \(offset)"
        case let .malformedRules(file, line, reason):
            return "\(file):\(line): \(reason)"
        }
    }
}

/// The one funnel for ICU status codes: throws when `status` is a failure.
@inline(__always)
func checkICU(_ status: Int32, _ operation: @autoclosure () -> String) throws(TriglotTextError) {
    if tgFailed(status) { throw .icu(operation: operation(), status: icuErrorName(status)) }
}

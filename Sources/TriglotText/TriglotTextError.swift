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
    /// An XML file that is not well-formed, or is refused as unsafe (entity declarations, unknown
    /// entities), at a 1-based line and column (in Unicode scalars).
    case malformedXML(file: String, line: Int, column: Int, reason: String)
    /// A file that is not UTF-8: the 0-based byte offset of the first bad byte, and its line and column.
    case invalidUTF8InFile(file: String, offset: Int, line: Int, column: Int)

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
        case let .malformedXML(file, line, column, reason):
            return "\(file):\(line):\(column): \(reason)"
        case let .invalidUTF8InFile(file, offset, line, column):
            return "\(file):\(line):\(column): not valid UTF-8 (byte \(offset)); convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)"
        }
    }
}

/// The one funnel for ICU status codes: throws when `status` is a failure.
@inline(__always)
func checkICU(_ status: Int32, _ operation: @autoclosure () -> String) throws(TriglotTextError) {
    if tgFailed(status) { throw .icu(operation: operation(), status: icuErrorName(status)) }
}

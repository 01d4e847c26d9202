import TriglotText

/// How the TBX and TMX importers read a file: whole, as a tree, with the text layer's hostile-
/// input-safe ``XMLEventReader`` (no DTD is loaded, no entity expanded; see there), its errors
/// reported as glossary import errors.
enum SafeXMLReader {
    /// The root element of `bytes` (the contents of `file`), or the first problem with its line and column.
    static func parse(_ bytes: [UInt8], file: String) throws(NamesError) -> XMLTree {
        do {
            return try XMLTree.parse(bytes, file: file)
        } catch {
            switch error {
            case let .malformedXML(file, line, column, reason):
                throw .malformedInput(file: file, line: line, column: column, reason: reason)
            case let .invalidUTF8InFile(file, offset, line, column):
                throw .malformedInput(file: file, line: line, column: column,
                                      reason: "not valid UTF-8 (byte \(offset)); convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)")
            default:
                throw .text(error)
            }
        }
    }
}

/// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, `"` doubled inside
/// quoted fields.
public enum CSVWriter {
    /// When a field is quoted.
    public enum Quoting: Sendable {
        /// Every field (what spreadsheets read without guessing types).
        case always
        /// Only fields holding a comma, a quote or a line end.
        case whenNeeded
    }

    /// The records as a whole file, the first usually a header.
    public static func write(_ records: [[String]], quoting: Quoting) -> String {
        records.map { record in record.map { field($0, quoting: quoting) }.joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field as written.
    public static func field(_ text: String, quoting: Quoting) -> String {
        // Bytes, not Characters: CRLF is one Character, equal to neither "\r" nor "\n".
        if quoting == .whenNeeded && !text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return text
        }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

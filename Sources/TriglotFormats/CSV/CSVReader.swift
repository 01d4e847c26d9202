/// Reads RFC 4180 CSV as spreadsheets write it: quoted or unquoted fields, LF, CRLF or CR line
/// ends (also inside quoted fields), a byte-order mark; UTF-8 only.
public enum CSVReader {
    /// The records of `bytes` (the contents of `file`), each with the line it starts on, or the
    /// first problem with its line and column. Blank lines are skipped.
    public static func records(_ bytes: [UInt8], file: String) throws(FormatError) -> [CSVRecord] {
        try FormatError.checkUTF8(bytes, file: file)
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, recordLine = 1
        var atFieldStart = true
        func fail(_ offset: Int, _ reason: String) -> FormatError { .at(offset, in: bytes, file: file, reason) }
        while index < bytes.count {
            let byte = bytes[index]
            if atFieldStart && byte == UInt8(ascii: "\"") {
                let opening = index
                index += 1
                while true {
                    guard index < bytes.count else { throw fail(opening, "a quoted field is not closed (a '\"' is missing, or the file is truncated)") }
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                            field.append(inner)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    // A line end inside a quoted field: LF, CRLF or a lone CR, counted once.
                    if inner == 0x0A || (inner == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) { line += 1 }
                    field.append(inner)
                    index += 1
                }
                atFieldStart = false
                if index < bytes.count, ![UInt8(ascii: ","), 0x0A, 0x0D].contains(bytes[index]) {
                    throw fail(index, "text after the closing quote of a field; double a '\"' inside a quoted field")
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                index += 1
            case 0x0D, 0x0A:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []
                atFieldStart = true
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                throw fail(index, "a '\"' inside an unquoted field; quote the whole field and double the '\"'")
            default:
                field.append(byte)
                atFieldStart = false
                index += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty || !atFieldStart {
            fields.append(String(decoding: field, as: UTF8.self))
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        // A blank line is a record with one empty field; it separates nothing.
        return records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    }
}

/// One CSV record: its fields and the 1-based line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The line of the record's first field.
    public let line: Int
    /// The fields, unquoted.
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

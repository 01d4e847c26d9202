/// Where a byte offset of a UTF-8 file is, counted as people and editors count it.
package enum TextLocation {
    /// The 1-based line and column (in Unicode scalars) of byte `offset` of `bytes`. A leading
    /// byte-order mark is not counted: editors do not show it, so it would put line 1 off by one.
    /// LF, CRLF and a lone CR (old Mac files) each end a line, as in editors.
    package static func of(_ offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while index < min(offset, bytes.count) {
            let byte = bytes[index]
            // LF, or a lone CR (a CRLF's CR is counted at its LF).
            let lineEnd = byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
            if lineEnd { line += 1; column = 1 } else if byte & 0xC0 != 0x80 && byte != 0x0D { column += 1 }
            index += 1
        }
        return (line, column)
    }
}

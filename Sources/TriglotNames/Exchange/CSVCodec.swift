import TriglotText

/// Glossaries as CSV (RFC 4180): a header row, then one row per concept; every field quoted,
/// `"` doubled, CRLF line ends.
///
/// The columns are those of the glossary format (`id, kind, en, zh, zh_hant, vi, en_aliases,
/// zh_aliases, vi_aliases, note, source`), minus the languages left out of an export; aliases
/// are joined by ` | ` as there. Reading accepts the columns in any order (id and kind
/// required), LF, CRLF or CR line ends, unquoted fields and a byte-order mark, as spreadsheets write.
enum CSVCodec {
    /// The columns written for `languages`.
    static func columns(for languages: Set<Language>) -> [String] {
        GlossaryFile.columns.filter { column in
            switch column {
            case "en", "en_aliases": return languages.contains(.english)
            case "zh", "zh_hant", "zh_aliases": return languages.contains(.chinese)
            case "vi", "vi_aliases": return languages.contains(.vietnamese)
            default: return true
            }
        }
    }

    /// The whole file.
    static func write(_ concepts: [Concept], languages: Set<Language>) -> String {
        let columns = columns(for: languages)
        var out = columns.map(quote).joined(separator: ",") + "\r\n"
        for concept in concepts {
            out += columns.map { quote(value(of: $0, in: concept)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The text of glossary column `column` for `concept`.
    static func value(of column: String, in concept: Concept) -> String {
        switch column {
        case "id": return concept.id
        case "kind": return concept.kind.rawValue
        case "en": return concept.english ?? ""
        case "zh": return concept.chinese ?? ""
        case "zh_hant": return concept.chineseTraditional ?? ""
        case "vi": return concept.vietnamese ?? ""
        case "en_aliases": return (concept.aliases[.english] ?? []).joined(separator: GlossaryFile.aliasSeparator)
        case "zh_aliases": return (concept.aliases[.chinese] ?? []).joined(separator: GlossaryFile.aliasSeparator)
        case "vi_aliases": return (concept.aliases[.vietnamese] ?? []).joined(separator: GlossaryFile.aliasSeparator)
        case "note": return concept.note ?? ""
        case "source": return concept.source ?? ""
        default: return ""
        }
    }

    private static func quote(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The concepts of a CSV file, or the first problem with its line and column.
    static func read(_ bytes: [UInt8], file: String) throws(NamesError) -> [Concept] {
        let records = try self.records(bytes, file: file)
        guard let header = records.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: " ") }
        for (index, name) in names.enumerated() {
            guard GlossaryFile.columns.contains(name) else {
                throw .malformedInput(file: file, line: header.line, column: nil,
                                      reason: "unknown column '\(name)'; the columns are \(GlossaryFile.columns.joined(separator: ", "))")
            }
            if names[..<index].contains(name) {
                throw .malformedInput(file: file, line: header.line, column: nil, reason: "column '\(name)' appears twice in the header")
            }
        }
        for required in ["id", "kind"] where !names.contains(required) {
            throw .malformedInput(file: file, line: header.line, column: nil, reason: "the header has no '\(required)' column")
        }
        var concepts: [Concept] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: " ").isEmpty }) { continue }
            guard record.fields.count == names.count else {
                throw .malformedInput(file: file, line: record.line, column: nil,
                                      reason: "expected \(names.count) fields as in the header, found \(record.fields.count)")
            }
            var draft = ConceptDraft(file: file, line: record.line, column: nil)
            for (name, field) in zip(names, record.fields) {
                func aliases(_ variety: TermLanguage) {
                    for alias in field.split(separator: "|") { draft.addTerm(String(alias), in: variety, isMain: false) }
                }
                switch name {
                case "id": draft.id = field
                case "kind": draft.kind = field
                case "en": draft.addTerm(field, in: .english, isMain: true)
                case "zh": draft.addTerm(field, in: .simplified, isMain: true)
                case "zh_hant": draft.addTerm(field, in: .traditional, isMain: true)
                case "vi": draft.addTerm(field, in: .vietnamese, isMain: true)
                case "en_aliases": aliases(.english)
                case "zh_aliases": aliases(.simplified)
                case "vi_aliases": aliases(.vietnamese)
                case "note": draft.addNote(field)
                default: draft.addSource(field)
                }
            }
            concepts.append(try draft.concept())
        }
        return concepts
    }

    /// The records of a CSV file, each with the line it starts on.
    static func records(_ bytes: [UInt8], file: String) throws(NamesError) -> [(line: Int, fields: [String])] {
        try ImportText.checkUTF8(bytes, file: file)
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, recordLine = 1
        var atFieldStart = true
        func fail(_ offset: Int, _ reason: String) -> NamesError {
            let (line, column) = TextLocation.of(offset, in: bytes)
            return .malformedInput(file: file, line: line, column: column, reason: reason)
        }
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
                records.append((recordLine, fields))
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
            records.append((recordLine, fields))
        }
        // A blank line is a record with one empty field; it separates nothing.
        return records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    }
}

import TriglotFormats
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
        let rows = concepts.map { concept in columns.map { value(of: $0, in: concept) } }
        return CSVWriter.write([columns] + rows, quoting: .always)
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

    /// The concepts of a CSV file, or the first problem with its line and column.
    static func read(_ bytes: [UInt8], file: String) throws(NamesError) -> [Concept] {
        let records = try NamesError.reading { () throws(FormatError) in try CSVReader.records(bytes, file: file) }
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
}

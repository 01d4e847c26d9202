import TriglotFormats
import TriglotText

/// Glossaries as JSON: an array with one object per concept holding every field — `id`, `kind`,
/// `en`, `zh`, `zh_hant`, `vi` (string or null), `en_aliases`, `zh_aliases`, `vi_aliases`
/// (arrays of strings), `note`, `source` (string or null). Languages left out of an export have
/// no keys. Reading accepts the keys in any order and missing optional keys.
enum JSONCodec {
    /// The whole file, one object per line.
    static func write(_ concepts: [Concept], languages: Set<Language>) -> String {
        let columns = CSVCodec.columns(for: languages)
        return JSONOutput.lines(concepts.map { concept in
            .object(columns.map { column -> (key: String, value: JSONOutput) in
                switch column {
                case "en_aliases", "zh_aliases", "vi_aliases":
                    return (column, .strings(concept.aliases[Language(rawValue: String(column.prefix(2)))!] ?? []))
                case "id", "kind":
                    return (column, .string(CSVCodec.value(of: column, in: concept)))
                default:
                    let value = CSVCodec.value(of: column, in: concept)
                    return (column, value.isEmpty ? .null : .string(value))
                }
            })
        }).document
    }

    /// The concepts of a JSON file, or the first problem with its position.
    static func read(_ bytes: [UInt8], file: String) throws(NamesError) -> [Concept] {
        let document = try NamesError.reading { () throws(FormatError) in try JSONValue.parse(bytes, file: file) }
        func fail(_ value: JSONValue, _ reason: String) -> NamesError {
            .malformedInput(file: file, line: value.line, column: value.column, reason: reason)
        }
        guard case let .array(items) = document.content else {
            throw fail(document, "expected an array of concept objects, [{\"id\": …, \"kind\": …}, …]")
        }
        var concepts: [Concept] = []
        for item in items {
            guard case let .object(members) = item.content else { throw fail(item, "expected a concept object {\"id\": …}") }
            var draft = ConceptDraft(file: file, line: item.line, column: item.column)
            for (key, value) in members {
                guard GlossaryFile.columns.contains(key) else {
                    throw fail(value, "unknown key '\(key)'; the keys are \(GlossaryFile.columns.joined(separator: ", "))")
                }
                if key.hasSuffix("_aliases") {
                    let variety: TermLanguage = key == "en_aliases" ? .english : key == "zh_aliases" ? .simplified : .vietnamese
                    switch value.content {
                    case .null: continue
                    case let .array(aliases):
                        for alias in aliases {
                            guard case let .string(text) = alias.content else { throw fail(alias, "'\(key)' must hold strings") }
                            draft.addTerm(text, in: variety, isMain: false)
                        }
                    default: throw fail(value, "'\(key)' must be an array of strings or null")
                    }
                    continue
                }
                let text: String
                switch value.content {
                case .null: continue
                case let .string(string): text = string
                default: throw fail(value, "'\(key)' must be a string or null")
                }
                switch key {
                case "id": draft.id = text
                case "kind": draft.kind = text
                case "en": draft.addTerm(text, in: .english, isMain: true)
                case "zh": draft.addTerm(text, in: .simplified, isMain: true)
                case "zh_hant": draft.addTerm(text, in: .traditional, isMain: true)
                case "vi": draft.addTerm(text, in: .vietnamese, isMain: true)
                case "note": draft.addNote(text)
                default: draft.addSource(text)
                }
            }
            concepts.append(try draft.concept())
        }
        return concepts
    }
}

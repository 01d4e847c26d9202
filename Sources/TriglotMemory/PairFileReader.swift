import Foundation
import TriglotFormats
import TriglotText

/// Reads the sentence pairs `triglot align --format tsv|json` writes (and any file in the same shape).
///
/// TSV: the first line that is not blank or a `#` comment is a header; each column whose header
/// is a language tag (`en`, `zh`, `zh-Hans`, `vi`…) holds that language, other columns (`bead`,
/// `score`…) are ignored. Every later row has the header's number of tab-separated fields; in a
/// field `\t`, `\n` and `\\` stand for a tab, a newline and a backslash. An empty field is a
/// sentence with no counterpart, left out of the unit. Lines may end in LF, CRLF or CR, and a
/// UTF-8 byte order mark at the start is skipped (TSV and JSON), as spreadsheets on Windows write.
///
/// JSON: an array of objects, or one object per line (JSON lines). An object is one unit in one
/// of three shapes: `{"variants": [{"lang": "en", "text": "…"}, …]}` (what `tm export --format
/// json` writes); `{"source": "…", "target": "…", "source_lang": "en", "target_lang": "zh"}`
/// (`src_lang`/`tgt_lang` and `"langs": ["en", "zh"]` also accepted); or language tags as keys,
/// `{"en": "…", "zh": "…", "score": 0.9}`, where keys that are not tags are ignored. Also the
/// one document `triglot align --format json` writes: "source_language", "target_language" and
/// "beads" of "source"/"target".
///
/// A unit with no non-empty sentence is skipped.
public enum PairFileReader {
    /// The units in `bytes`, the contents of `file` (also their provenance).
    public static func units(in bytes: [UInt8], file: String) throws(MemoryError) -> [TranslationUnit] {
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let (line, column) = TextLocation.of(offset, in: bytes)
            throw .invalidUTF8(file: file, offset: offset, line: line, column: column)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let first = text.first { !$0.isWhitespace }
        if first == "[" || first == "{" { return try json(text, file: file) }
        return try tsv(text, file: file)
    }

    /// Whether `text` looks like a BCP 47 language tag (`en`, `zh-Hans`, `pt-BR`).
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    private static func tsv(_ text: String, file: String) throws(MemoryError) -> [TranslationUnit] {
        var header: [String]?
        var units: [TranslationUnit] = []
        for (index, line) in TextLines.split(text).enumerated() {
            let number = index + 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
                let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
                guard trimmed.contains(where: isLanguageTag) else {
                    throw .malformedInput(file: file, line: number, column: 1,
                                          reason: "the first line must name the languages, e.g. 'en<TAB>zh' (a TSV from triglot align, or JSON)")
                }
                header = trimmed
                continue
            }
            if line.isEmpty { continue }
            guard fields.count == columns.count else {
                throw .malformedInput(file: file, line: number, column: 1,
                                      reason: "\(fields.count) fields where the header has \(columns.count); separate fields with one tab and write a tab inside text as \\t; nothing was imported")
            }
            var variants: [Variant] = []
            for (column, field) in zip(columns, fields) where isLanguageTag(column) {
                let value = unescape(field)
                if !value.trimmingCharacters(in: .whitespaces).isEmpty { variants.append(Variant(language: column, text: value)) }
            }
            if !variants.isEmpty { units.append(TranslationUnit(variants: variants, source: file)) }
        }
        guard header != nil else {
            throw .malformedInput(file: file, line: 1, column: 1, reason: "the file is empty; expected a header naming the languages, e.g. 'en<TAB>zh'")
        }
        return units
    }

    private static func unescape(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var result = ""
        var escaped = false
        for character in field {
            if escaped {
                switch character {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "\\": result.append("\\")
                default: result.append("\\"); result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { result.append("\\") }
        return result
    }

    /// `value` as JSONSerialization would give it, for the shape checks below.
    private static func foundation(_ value: JSONValue) -> Any {
        switch value.content {
        case .null: return NSNull()
        case let .bool(flag): return flag
        case let .number(text): return Double(text) ?? 0
        case let .string(text): return text
        case let .array(elements): return elements.map(foundation)
        case let .object(members):
            // A repeated key keeps its last value, as JSONSerialization does.
            return Dictionary(members.map { ($0.key, foundation($0.value)) }, uniquingKeysWith: { $1 })
        }
    }

    private static func json(_ text: String, file: String) throws(MemoryError) -> [TranslationUnit] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var objects: [(Any, Int)] = []
        if trimmed.hasPrefix("[") {
            let value: Any
            do { value = foundation(try JSONValue.parse(Array(text.utf8), file: file)) } catch { throw MemoryError(error) }
            guard let array = value as? [Any] else { throw .malformedInput(file: file, line: 1, column: 1, reason: "expected an array of objects") }
            objects = array.enumerated().map { ($0.element, $0.offset + 1) }
        } else {
            for (index, line) in TextLines.split(text).enumerated() {
                if line.allSatisfy(\.isWhitespace) { continue }
                do { objects.append((foundation(try JSONValue.parse(Array(line.utf8), file: file)), index + 1)) } catch {
                    throw .malformedInput(file: file, line: index + error.line, column: error.column,
                                          reason: error.reason + "; write one object per line, or one array")
                }
            }
        }
        // `triglot align --format json` writes one document: its languages, then the beads.
        if objects.count == 1, let document = objects[0].0 as? [String: Any], let beads = document["beads"] as? [Any],
           let sourceLanguage = document["source_language"] as? String, let targetLanguage = document["target_language"] as? String {
            objects = beads.enumerated().map { index, bead in
                var pair = bead as? [String: Any] ?? [:]
                pair["source_lang"] = sourceLanguage
                pair["target_lang"] = targetLanguage
                return (pair as Any, index + 1)
            }
        }
        var units: [TranslationUnit] = []
        for (value, position) in objects {
            guard let object = value as? [String: Any] else {
                throw .malformedInput(file: file, line: position, column: 1, reason: "expected an object with the sentences, e.g. {\"en\": \"…\", \"zh\": \"…\"}")
            }
            let variants = try variants(of: object, file: file, position: position)
                .filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
            if !variants.isEmpty {
                // In the export shape "source" is the provenance; elsewhere it is a sentence.
                let provenance = object["variants"] != nil ? object["source"] as? String : nil
                let created = (object["created"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) }
                units.append(TranslationUnit(variants: variants, source: provenance ?? file, created: created))
            }
        }
        return units
    }

    private static func variants(of object: [String: Any], file: String, position: Int) throws(MemoryError) -> [Variant] {
        func fail(_ reason: String) -> MemoryError { .malformedInput(file: file, line: position, column: 1, reason: reason) }
        if let list = object["variants"] {
            guard let items = list as? [[String: Any]] else { throw fail("\"variants\" must be an array of {\"lang\": …, \"text\": …}") }
            var result: [Variant] = []
            for item in items {
                guard let lang = item["lang"] as? String, isLanguageTag(lang), let text = item["text"] as? String else {
                    throw fail("each variant needs \"lang\" (a language tag) and \"text\" (a string)")
                }
                result.append(Variant(language: lang, text: text))
            }
            return result
        }
        if object["source"] is String || object["target"] is String {
            let langs = object["langs"] as? [String]
            guard let sourceLang = (object["source_lang"] ?? object["src_lang"]) as? String ?? langs?.first,
                  let targetLang = (object["target_lang"] ?? object["tgt_lang"]) as? String ?? langs?.dropFirst().first,
                  isLanguageTag(sourceLang), isLanguageTag(targetLang) else {
                throw fail("\"source\"/\"target\" need their languages: add \"source_lang\" and \"target_lang\" (e.g. \"en\", \"zh\")")
            }
            return [(sourceLang, object["source"]), (targetLang, object["target"])].compactMap { lang, value in
                (value as? String).map { Variant(language: lang, text: $0) }
            }
        }
        let result = object.keys.sorted().filter(isLanguageTag).compactMap { key in (object[key] as? String).map { Variant(language: key, text: $0) } }
        guard !result.isEmpty else { throw fail("no sentence found: use language tags as keys, e.g. {\"en\": \"…\", \"zh\": \"…\"}") }
        return result
    }
}

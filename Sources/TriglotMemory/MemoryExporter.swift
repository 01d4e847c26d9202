import Foundation
import TriglotText

/// Writes units as TMX 1.4b, CSV or JSON; what it writes, ``TMXUnitReader`` and
/// ``PairFileReader`` read back as the same units.
public enum MemoryExporter {
    /// The export formats.
    public enum Format: String, CaseIterable, Sendable {
        /// TMX 1.4b: one `<tu>` per unit, one `<tuv>` per variant, provenance as `<prop type="x-source">`.
        case tmx
        /// RFC 4180 CSV: `id,source,created` then one column per language (the first variant of each).
        case csv
        /// A JSON array of `{"id", "source", "created", "variants": [{"lang", "text"}]}`.
        case json
    }

    /// The whole document for `units`.
    public static func export(_ units: [TranslationUnit], format: Format, toolVersion: String = "0.1.0") -> String {
        switch format {
        case .tmx: return tmx(units, toolVersion: toolVersion)
        case .csv: return csv(units)
        case .json: return json(units)
        }
    }

    /// TMX's basic date format, `YYYYMMDDThhmmssZ`.
    private static var tmxDates: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
        return formatter
    }

    private static func tmx(_ units: [TranslationUnit], toolVersion: String) -> String {
        let dates = tmxDates
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"Triglot\" creationtoolversion=\"\(XMLText.escape(toolVersion))\" segtype=\"sentence\""
        out += " o-tmf=\"Triglot memory\" adminlang=\"en\" srclang=\"*all*\" datatype=\"plaintext\"/>\n  <body>\n"
        for unit in units where !unit.variants.isEmpty {
            out += "    <tu"
            if let id = unit.id { out += " tuid=\"\(id)\"" }
            if let created = unit.created { out += " creationdate=\"\(dates.string(from: created))\"" }
            out += ">\n"
            if let source = unit.source { out += "      <prop type=\"x-source\">\(XMLText.escape(source))</prop>\n" }
            for variant in unit.variants {
                out += "      <tuv xml:lang=\"\(XMLText.escape(variant.language))\"><seg>\(XMLText.escape(variant.text))</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    private static func languages(_ units: [TranslationUnit]) -> [String] {
        let preferred = ["en", "zh", "vi"]
        let all = Set(units.flatMap { $0.variants.map(\.language) })
        return all.sorted { a, b in
            let ra = preferred.firstIndex { a.lowercased().hasPrefix($0) } ?? 3, rb = preferred.firstIndex { b.lowercased().hasPrefix($0) } ?? 3
            return (ra, a) < (rb, b)
        }
    }

    private static func csv(_ units: [TranslationUnit]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let readableDates = ISO8601DateFormatter()
        let columns = languages(units)
        var out = (["id", "source", "created"] + columns).map(field).joined(separator: ",") + "\r\n"
        for unit in units {
            var row = [unit.id.map(String.init) ?? "", unit.source ?? "", unit.created.map { readableDates.string(from: $0) } ?? ""]
            for language in columns { row.append(unit.variants.first { $0.language == language }?.text ?? "") }
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private static func json(_ units: [TranslationUnit]) -> String {
        let readableDates = ISO8601DateFormatter()
        var out = "[\n"
        for (index, unit) in units.enumerated() {
            out += "  {"
            if let id = unit.id { out += "\"id\": \(id), " }
            if let source = unit.source { out += "\"source\": \(JSONText.quoted(source)), " }
            if let created = unit.created { out += "\"created\": \(JSONText.quoted(readableDates.string(from: created))), " }
            out += "\"variants\": ["
            out += unit.variants.map { "{\"lang\": \(JSONText.quoted($0.language)), \"text\": \(JSONText.quoted($0.text))}" }.joined(separator: ", ")
            out += "]}" + (index + 1 < units.count ? ",\n" : "\n")
        }
        return out + "]\n"
    }
}

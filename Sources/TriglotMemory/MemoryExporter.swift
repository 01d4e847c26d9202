import Foundation

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
        out += "  <header creationtool=\"Triglot\" creationtoolversion=\"\(escape(toolVersion))\" segtype=\"sentence\""
        out += " o-tmf=\"Triglot memory\" adminlang=\"en\" srclang=\"*all*\" datatype=\"plaintext\"/>\n  <body>\n"
        for unit in units where !unit.variants.isEmpty {
            out += "    <tu"
            if let id = unit.id { out += " tuid=\"\(id)\"" }
            if let created = unit.created { out += " creationdate=\"\(dates.string(from: created))\"" }
            out += ">\n"
            if let source = unit.source { out += "      <prop type=\"x-source\">\(escape(source))</prop>\n" }
            for variant in unit.variants {
                out += "      <tuv xml:lang=\"\(escape(variant.language))\"><seg>\(escape(variant.text))</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    /// Text for XML content and attributes; characters XML cannot hold at all become U+FFFD.
    private static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
            if let source = unit.source { out += "\"source\": \(quote(source)), " }
            if let created = unit.created { out += "\"created\": \(quote(readableDates.string(from: created))), " }
            out += "\"variants\": ["
            out += unit.variants.map { "{\"lang\": \(quote($0.language)), \"text\": \(quote($0.text))}" }.joined(separator: ", ")
            out += "]}" + (index + 1 < units.count ? ",\n" : "\n")
        }
        return out + "]\n"
    }

    /// A JSON string literal (RFC 8259).
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

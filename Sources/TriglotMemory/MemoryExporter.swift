import Foundation
import TriglotFormats

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
    static var tmxDates: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
        return formatter
    }

    /// One `<tu>` per unit with a variant: `tuid` the id, `creationdate` the date, provenance as `<prop type="x-source">`.
    private static func tmx(_ units: [TranslationUnit], toolVersion: String) -> String {
        let dates = tmxDates
        let tmxUnits = units.filter { !$0.variants.isEmpty }.map { unit in
            TMXUnit(id: unit.id.map(String.init), creationDate: unit.created.map { dates.string(from: $0) },
                    properties: unit.source.map { [TMXProperty(type: "x-source", value: $0)] } ?? [],
                    variants: unit.variants.map { TMXVariant(language: $0.language, text: $0.text) })
        }
        return TMXWriter.write(TMXDocument(sourceLanguage: "*all*", segmentType: "sentence", originalFormat: "Triglot memory",
                                           toolVersion: toolVersion, units: tmxUnits))
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
        let readableDates = ISO8601DateFormatter()
        let columns = languages(units)
        let rows = units.map { unit in
            [unit.id.map(String.init) ?? "", unit.source ?? "", unit.created.map { readableDates.string(from: $0) } ?? ""]
                + columns.map { language in unit.variants.first { $0.language == language }?.text ?? "" }
        }
        return CSVWriter.write([["id", "source", "created"] + columns] + rows, quoting: .whenNeeded)
    }

    private static func json(_ units: [TranslationUnit]) -> String {
        let readableDates = ISO8601DateFormatter()
        return JSONOutput.lines(units.map { unit in
            var members: [(key: String, value: JSONOutput)] = []
            if let id = unit.id { members.append(("id", .number(String(id)))) }
            if let source = unit.source { members.append(("source", .string(source))) }
            if let created = unit.created { members.append(("created", .string(readableDates.string(from: created)))) }
            members.append(("variants", .array(unit.variants.map { .object([("lang", .string($0.language)), ("text", .string($0.text))]) })))
            return .object(members)
        }).document
    }
}

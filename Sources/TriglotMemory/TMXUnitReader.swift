import Foundation
import TriglotFormats

/// Reads the translation units of a TMX file (any number of `<tuv>` per `<tu>`), safely: the
/// syntax is read by the formats module's ``TMXReader`` (no DTD, no entity expanded, every
/// problem with its line and column, before anything is stored); here a `<tu>` becomes a
/// ``TranslationUnit``, its `creationdate` the date and `<prop type="x-source">` the provenance.
public enum TMXUnitReader {
    /// The units of `bytes`, the contents of `file` (the name used in messages and as provenance
    /// for units without `<prop type="x-source">`); units without a segment are skipped.
    public static func units(in bytes: [UInt8], file: String) throws(MemoryError) -> [TranslationUnit] {
        let document: TMXDocument
        do {
            document = try TMXReader.read(bytes, file: file)
        } catch {
            throw MemoryError(error)
        }
        let dates = MemoryExporter.tmxDates
        return document.units.compactMap { unit in
            guard !unit.variants.isEmpty else { return nil }
            let source = unit.property("x-source")?.trimmingCharacters(in: .whitespacesAndNewlines)
            return TranslationUnit(variants: unit.variants.map { Variant(language: $0.language, text: $0.text) },
                                   source: source.flatMap { $0.isEmpty ? nil : $0 } ?? file,
                                   created: unit.creationDate.flatMap(dates.date(from:)))
        }
    }
}

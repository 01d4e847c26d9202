import Foundation
import TriglotText

/// Reads the translation units of a TMX 1.4b file (any number of `<tuv>` per `<tu>`), safely.
///
/// The XML is read event by event with the text layer's ``XMLEventReader``, which never loads a
/// DTD, refuses entity declarations and unknown entities, and reports truncation and bad
/// characters; only the units are kept, never a tree of the whole file, so a TMX of a million
/// units costs the units' memory and no more. Any problem is reported with its line and column,
/// before anything is stored.
///
/// Inside `<seg>`, the content of `<bpt>`, `<ept>`, `<it>`, `<ph>` and `<ut>` is native markup
/// and is dropped; the text of `<hi>` and `<sub>` is kept.
public enum TMXUnitReader {
    /// The units of `bytes`, the contents of `file` (the name used in messages and as provenance
    /// for units without `<prop type="x-source">`).
    public static func units(in bytes: [UInt8], file: String) throws(MemoryError) -> [TranslationUnit] {
        do {
            var reader = try XMLEventReader(bytes: bytes, file: file)
            return try units(from: &reader, file: file)
        } catch {
            switch error {
            case let .malformedXML(file, line, column, reason):
                throw .malformedInput(file: file, line: line, column: column, reason: reason + "; nothing was imported")
            case let .invalidUTF8InFile(file, offset, line, column):
                throw .invalidUTF8(file: file, offset: offset, line: line, column: column)
            default:
                throw .malformedInput(file: file, line: 1, column: 1, reason: "\(error); nothing was imported")
            }
        }
    }

    /// The units the events of `reader` describe; TMX's own rules are checked here.
    private static func units(from reader: inout XMLEventReader, file: String) throws(TriglotTextError) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        var unit: TranslationUnit?
        var language: String?
        var segment: String?
        var propType: String?
        var propText = ""
        /// How deep inside an element whose content is skipped (inline codes, header, notes).
        var skipDepth = 0
        var isRoot = true
        let dates = ISO8601DateFormatter()
        dates.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]

        while let event = try reader.next() {
            switch event {
            case let .text(text):
                guard skipDepth == 0 else { continue }
                if segment != nil { segment! += text } else if propType != nil { propText += text }
            case let .start(tag):
                if isRoot {
                    guard tag.localName == "tmx" else {
                        throw reader.failure(at: tag.offset, "expected a TMX document (root <tmx>), found <\(tag.name)>")
                    }
                    isRoot = false
                }
                if skipDepth > 0 { skipDepth += 1; continue }
                switch tag.localName {
                case "tu":
                    guard unit == nil else { throw reader.failure(at: tag.offset, "<tu> inside <tu>") }
                    unit = TranslationUnit(variants: [], source: file, created: tag.attribute("creationdate").flatMap(dates.date(from:)))
                case "tuv":
                    guard unit != nil else { throw reader.failure(at: tag.offset, "<tuv> outside <tu>") }
                    guard let tagged = tag.language, !tagged.isEmpty else {
                        throw reader.failure(at: tag.offset, "<tuv> has no xml:lang; add the language, e.g. xml:lang=\"en\"")
                    }
                    language = tagged
                case "seg":
                    guard language != nil else { throw reader.failure(at: tag.offset, "<seg> outside <tuv>") }
                    segment = ""
                case "prop":
                    propType = tag.attribute("type")
                    propText = ""
                case "bpt", "ept", "it", "ph", "ut":
                    if segment != nil { skipDepth = 1 }
                case "header", "note":
                    // Header and notes hold no segment text; their content is skipped.
                    if segment == nil { skipDepth = 1 }
                default: break
                }
            case let .end(name):
                if skipDepth > 0 { skipDepth -= 1; continue }
                switch XMLStartTag.localName(of: name) {
                case "tu":
                    if let finished = unit, !finished.variants.isEmpty { units.append(finished) }
                    unit = nil
                case "tuv": language = nil
                case "seg":
                    if let text = segment, let tag = language { unit?.variants.append(Variant(language: tag, text: text)) }
                    segment = nil
                case "prop":
                    if propType == "x-source", language == nil {
                        let value = propText.trimmingCharacters(in: .whitespacesAndNewlines)
                        if !value.isEmpty { unit?.source = value }
                    }
                    propType = nil
                default: break
                }
            }
        }
        return units
    }
}

import TriglotFormats
import TriglotText

/// Concepts as TMX translation units, both ways; the TMX syntax is the formats module's.
///
/// Mapping: `tuid` is the concept id; `<prop type="x-kind">` the kind (required on import),
/// `<prop type="x-source">` the source, `<note>` the note. Each main form is a `<tuv>` (`en`,
/// `zh-Hans`, `zh-Hant` for the traditional form, `vi`); each alias is a further `<tuv>` in its
/// language marked `<prop type="x-alias">yes</prop>`, after all main forms, so tools that take
/// the first `<tuv>` of a language get the main form and aliases still round-trip. Other tools'
/// files without the alias mark: the first `<tuv>` of a language is its main form.
enum GlossaryTMX {
    /// The whole document.
    static func write(_ concepts: [Concept], toolVersion: String, sources: [String]) -> String {
        var document = TMXDocument(sourceLanguage: "en", segmentType: "phrase", originalFormat: "Triglot glossary",
                                   toolVersion: toolVersion, notes: [GlossaryTBX.description(sources: sources)])
        for concept in concepts {
            let terms = ExchangeTerms.terms(of: concept)
            let mains = terms.compactMap { variety, list in
                list.first(where: \.isMain).map { TMXVariant(language: variety.tag, text: $0.text) }
            }
            let aliases = terms.flatMap { variety, list in
                list.filter { !$0.isMain }.map {
                    TMXVariant(language: variety.tag, text: $0.text, properties: [TMXProperty(type: "x-alias", value: "yes")])
                }
            }
            guard let first = (mains + aliases).first else { continue }
            var properties = [TMXProperty(type: "x-kind", value: concept.kind.rawValue)]
            if let source = concept.source { properties.append(TMXProperty(type: "x-source", value: source)) }
            // A unit without English names its own source language, as the header's is English.
            document.units.append(TMXUnit(id: concept.id, sourceLanguage: first.language == "en" ? nil : first.language,
                                          properties: properties, notes: concept.note.map { [$0] } ?? [],
                                          variants: mains + aliases))
        }
        return TMXWriter.write(document)
    }

    /// The concepts of a TMX file, or the first problem with its line and column.
    static func concepts(in bytes: [UInt8], file: String) throws(NamesError) -> [Concept] {
        let document = try NamesError.reading { () throws(FormatError) in try TMXReader.read(bytes, file: file) }
        var concepts: [Concept] = []
        for unit in document.units { concepts.append(try concept(unit, file: file)) }
        return concepts
    }

    private static func concept(_ unit: TMXUnit, file: String) throws(NamesError) -> Concept {
        var draft = ConceptDraft(file: file, line: unit.line, column: unit.column)
        draft.id = unit.id
        for property in unit.properties {
            switch property.type {
            case "x-kind": draft.kind = property.value
            case "x-source": draft.addSource(property.value)
            default: break
            }
        }
        for note in unit.notes { draft.addNote(note) }
        for variant in unit.variants {
            guard let variety = TermLanguage(tag: variant.language) else {
                throw .malformedInput(file: file, line: variant.line, column: variant.column,
                                      reason: "language '\(variant.language)' is not one the glossary holds; use \(TermLanguage.accepted), or remove that <tuv>")
            }
            let isAlias = variant.properties.contains {
                $0.type == "x-alias" && ["yes", "true", "1"].contains($0.value.trimmingCharacters(in: " \n\t\r"))
            }
            draft.addTerm(variant.text, in: variety, isMain: !isAlias)
        }
        if draft.kind == nil, let id = draft.id {
            throw .malformedInput(file: file, line: unit.line, column: unit.column,
                                  reason: "<tu tuid=\"\(id)\"> has no <prop type=\"x-kind\">; add one with one of \(ConceptDraft.kinds)")
        }
        return try draft.concept()
    }
}

import TriglotText

/// Reads TMX files as written by ``TMXWriter`` or by other tools: one concept per `<tu>`.
///
/// `tuid` is the id and `<prop type="x-kind">` the kind (both required). A `<tuv>` marked with
/// `<prop type="x-alias">` holds an alias; otherwise the first `<tuv>` of a language is its main
/// form and later ones are aliases. `<prop type="x-source">` is the source, `<note>` the note.
enum TMXReader {
    /// The concepts of a parsed document, or the first problem with its line.
    static func concepts(in root: XMLTree, file: String) throws(NamesError) -> [Concept] {
        guard root.localName == "tmx" else {
            throw .malformedInput(file: file, line: root.line, column: root.column,
                                  reason: "expected a TMX document (root <tmx>), found <\(root.name)>; name another format to read it as that")
        }
        var concepts: [Concept] = []
        for body in root.elements("body") {
            for unit in body.elements("tu") {
                concepts.append(try concept(unit, file: file))
            }
        }
        return concepts
    }

    private static func concept(_ unit: XMLTree, file: String) throws(NamesError) -> Concept {
        var draft = ConceptDraft(file: file, line: unit.line, column: unit.column)
        draft.id = unit.attribute("tuid")
        for child in unit.elements {
            switch child.localName {
            case "prop":
                switch child.attribute("type") {
                case "x-kind": draft.kind = child.text
                case "x-source": draft.addSource(child.text)
                default: break
                }
            case "note":
                draft.addNote(child.text)
            case "tuv":
                guard let tag = child.language else {
                    throw .malformedInput(file: file, line: child.line, column: child.column,
                                          reason: "<tuv> has no xml:lang; give one of \(TermLanguage.accepted)")
                }
                guard let variety = TermLanguage(tag: tag) else {
                    throw .malformedInput(file: file, line: child.line, column: child.column,
                                          reason: "language '\(tag)' is not one the glossary holds; use \(TermLanguage.accepted), or remove that <tuv>")
                }
                let isAlias = child.elements("prop").contains {
                    $0.attribute("type") == "x-alias" && ["yes", "true", "1"].contains($0.text.trimmingCharacters(in: " \n\t\r"))
                }
                for segment in child.elements("seg") {
                    draft.addTerm(segment.text, in: variety, isMain: !isAlias)
                }
            default:
                continue
            }
        }
        if draft.kind == nil, let id = draft.id {
            throw .malformedInput(file: file, line: unit.line, column: unit.column,
                                  reason: "<tu tuid=\"\(id)\"> has no <prop type=\"x-kind\">; add one with one of \(ConceptDraft.kinds)")
        }
        return try draft.concept()
    }
}

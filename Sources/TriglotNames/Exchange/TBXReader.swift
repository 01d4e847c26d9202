import TriglotText

/// Reads TBX files — ISO 30042:2019 (`<tbx>`, `conceptEntry`/`langSec`/`termSec`) and v2
/// (`<martif>`, `termEntry`/`langSet`/`tig` or `ntig`/`termGrp`) — as written by ``TBXWriter``
/// or by other tools.
///
/// In each language section the term with `termType` `fullForm` is the main form; when no term
/// there has a `termType` at all (common in other tools' files) the first term is. Other terms
/// are aliases. The kind comes from `subjectField`, which must name a concept kind.
enum TBXReader {
    /// The concepts of a parsed document, or the first problem with its line.
    static func concepts(in root: XMLTree, file: String) throws(NamesError) -> [Concept] {
        guard root.localName == "tbx" || root.localName == "martif" else {
            throw .malformedInput(file: file, line: root.line, column: root.column,
                                  reason: "expected a TBX document (root <tbx> or <martif>), found <\(root.name)>; name another format to read it as that")
        }
        var concepts: [Concept] = []
        for text in root.elements("text") {
            for body in text.elements("body") {
                for entry in body.elements where entry.localName == "conceptEntry" || entry.localName == "termEntry" {
                    concepts.append(try concept(entry, file: file))
                }
            }
        }
        return concepts
    }

    private static func concept(_ entry: XMLTree, file: String) throws(NamesError) -> Concept {
        var draft = ConceptDraft(file: file, line: entry.line, column: entry.column)
        if let id = entry.attribute("id") { draft.id = id.hasPrefix("_") ? String(id.dropFirst()) : id }
        for child in entry.elements {
            switch child.localName {
            case "descrip", "descripGrp", "admin", "adminGrp", "note":
                readInformation(child, into: &draft)
            case "langSec", "langSet":
                guard let tag = child.language else {
                    throw .malformedInput(file: file, line: child.line, column: child.column,
                                          reason: "<\(child.name)> has no xml:lang; give one of \(TermLanguage.accepted)")
                }
                guard let variety = TermLanguage(tag: tag) else {
                    throw .malformedInput(file: file, line: child.line, column: child.column,
                                          reason: "language '\(tag)' is not one the glossary holds; use \(TermLanguage.accepted), or remove that section")
                }
                let terms = child.elements.flatMap(termsOf)
                let typed = terms.contains { $0.type != nil }
                for (index, term) in terms.enumerated() {
                    draft.addTerm(term.text, in: variety, isMain: typed ? term.type == "fullForm" : index == 0)
                }
            default:
                continue
            }
        }
        return try draft.concept()
    }

    /// Kind, note and source, also inside the `…Grp` wrappers other tools write.
    private static func readInformation(_ element: XMLTree, into draft: inout ConceptDraft) {
        switch element.localName {
        case "descripGrp", "adminGrp":
            for inner in element.elements { readInformation(inner, into: &draft) }
        case "descrip" where element.attribute("type") == "subjectField":
            draft.kind = element.text
        case "admin" where element.attribute("type") == "source", "descrip" where element.attribute("type") == "source":
            draft.addSource(element.text)
        case "note":
            draft.addNote(element.text)
        default:
            break
        }
    }

    /// The terms of a `termSec` / `tig`, or of an `ntig` (whose term sits in a `termGrp`), with their termType.
    private static func termsOf(_ element: XMLTree) -> [(text: String, type: String?)] {
        switch element.localName {
        case "termSec", "tig", "termGrp":
            guard let term = element.elements("term").first else { return [] }
            let notes = element.elements("termNote") + element.elements("termNoteGrp").flatMap { $0.elements("termNote") }
            let type = notes.first { $0.attribute("type") == "termType" }.map { $0.text.trimmingCharacters(in: " \n\t\r") }
            return [(term.text, type)]
        case "ntig":
            return element.elements("termGrp").flatMap(termsOf)
        default:
            return []
        }
    }
}

/// Reads TBX — ISO 30042:2019 (`<tbx>`, `conceptEntry`/`langSec`/`termSec`) and v2
/// (`<martif>`, `termEntry`/`langSet`/`tig` or `ntig`/`termGrp`) — into a ``TBXDocument``,
/// safely (``XMLTree``: no DTD, no entity expanded). The `…Grp` wrappers other tools write are
/// read through.
public enum TBXReader {
    /// The document in `bytes`, the contents of `file`, or the first problem with its line and column.
    public static func read(_ bytes: [UInt8], file: String) throws(FormatError) -> TBXDocument {
        let root = try XMLTree.parse(bytes, file: file)
        guard root.localName == "tbx" || root.localName == "martif" else {
            throw .malformed(file: file, line: root.line, column: root.column,
                             reason: "expected a TBX document (root <tbx> or <martif>), found <\(root.name)>")
        }
        let fileDescription = root.elements.filter { $0.localName.hasSuffix("Header") }.flatMap { $0.elements("fileDesc") }
        var document = TBXDocument(
            version: root.localName == "tbx" ? .v3 : .v2,
            title: fileDescription.flatMap { $0.elements("titleStmt") }.flatMap { $0.elements("title") }.first?.text ?? "",
            sourceDescription: fileDescription.flatMap { $0.elements("sourceDesc") }.flatMap { $0.elements("p") }.first?.text ?? "")
        for text in root.elements("text") {
            for body in text.elements("body") {
                for element in body.elements where element.localName == "conceptEntry" || element.localName == "termEntry" {
                    document.entries.append(try entry(element, file: file))
                }
            }
        }
        return document
    }

    private static func entry(_ element: XMLTree, file: String) throws(FormatError) -> TBXEntry {
        var entry = TBXEntry(id: element.attribute("id"))
        (entry.line, entry.column) = (element.line, element.column)
        for child in element.elements {
            switch child.localName {
            case "descrip", "descripGrp", "admin", "adminGrp", "note":
                readInformation(child, into: &entry)
            case "langSec", "langSet":
                guard let language = child.language, !language.isEmpty else {
                    throw .malformed(file: file, line: child.line, column: child.column,
                                     reason: "<\(child.name)> has no xml:lang; add the language, e.g. xml:lang=\"en\"")
                }
                var section = TBXLanguageSection(language: language, terms: child.elements.flatMap(terms))
                (section.line, section.column) = (child.line, child.column)
                entry.languages.append(section)
            default:
                continue
            }
        }
        return entry
    }

    /// Descriptions, administrative fields and notes, also inside the `…Grp` wrappers.
    private static func readInformation(_ element: XMLTree, into entry: inout TBXEntry) {
        switch element.localName {
        case "descripGrp", "adminGrp":
            for inner in element.elements { readInformation(inner, into: &entry) }
        case "descrip":
            entry.descriptions.append(TBXField(type: element.attribute("type") ?? "", value: element.text))
        case "admin":
            entry.admins.append(TBXField(type: element.attribute("type") ?? "", value: element.text))
        case "note":
            entry.notes.append(element.text)
        default:
            break
        }
    }

    /// The terms of a `termSec` / `tig`, or of an `ntig` (whose term sits in a `termGrp`), with their notes.
    private static func terms(_ element: XMLTree) -> [TBXTerm] {
        switch element.localName {
        case "termSec", "tig", "termGrp":
            guard let term = element.elements("term").first else { return [] }
            let notes = element.elements("termNote") + element.elements("termNoteGrp").flatMap { $0.elements("termNote") }
            return [TBXTerm(text: term.text, notes: notes.map { TBXField(type: $0.attribute("type") ?? "", value: $0.text) })]
        case "ntig":
            return element.elements("termGrp").flatMap(terms)
        default:
            return []
        }
    }
}

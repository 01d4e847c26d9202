import TriglotFormats
import TriglotText

/// Concepts as TBX entries, both ways; the TBX syntax is the formats module's.
///
/// Mapping: the concept id is the entry's `id` (prefixed with `_` when it starts with a digit,
/// as XML ids must not); the kind is `<descrip type="subjectField">`; the note is `<note>`; the
/// source is `<admin type="source">` (or `<descrip type="source">`). Each language is a language
/// section (`en`, `zh-Hans`, `zh-Hant`, `vi`) whose terms carry `termType`: the main form is
/// `fullForm`, aliases are `abbreviation` (all-capital short forms such as LMC) or `variant`.
/// The traditional form is the only term of the `zh-Hant` section; Chinese aliases are in
/// `zh-Hans`. On import, when no term of a section has a `termType` at all (common in other
/// tools' files), the first term is the main form.
enum GlossaryTBX {
    /// The whole document in `version`.
    static func write(_ concepts: [Concept], version: TBXDocument.Version, sources: [String]) -> String {
        let entries = concepts.map { concept in
            TBXEntry(
                id: xmlID(concept.id),
                descriptions: [TBXField(type: "subjectField", value: concept.kind.rawValue)],
                notes: concept.note.map { [$0] } ?? [],
                admins: concept.source.map { [TBXField(type: "source", value: $0)] } ?? [],
                languages: ExchangeTerms.terms(of: concept).map { variety, terms in
                    TBXLanguageSection(language: variety.tag, terms: terms.map { term in
                        TBXTerm(text: term.text, notes: [TBXField(type: "termType", value: term.type),
                                                         TBXField(type: "partOfSpeech", value: concept.kind == .title ? "noun" : "properNoun")])
                    })
                })
        }
        return TBXWriter.write(TBXDocument(version: version, title: "Triglot glossary",
                                           sourceDescription: description(sources: sources), entries: entries))
    }

    /// The id as an XML `ID` (an NCName): glossary ids may start with a digit, XML ids may not,
    /// and `_` never occurs in glossary ids, so the prefix is unambiguous to strip on import.
    static func xmlID(_ id: String) -> String {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return "_" + id
        }
        return id
    }

    /// The header's account of where the terms come from.
    static func description(sources: [String]) -> String {
        "Exported by Triglot from \(sources.isEmpty ? "an empty glossary" : sources.joined(separator: ", ")). "
            + "Concept kinds are given as subjectField; main forms have termType fullForm, other forms abbreviation or variant."
    }

    /// The concepts of a TBX file of either version, or the first problem with its line and column.
    static func concepts(in bytes: [UInt8], file: String) throws(NamesError) -> [Concept] {
        let document = try NamesError.reading { () throws(FormatError) in try TBXReader.read(bytes, file: file) }
        var concepts: [Concept] = []
        for entry in document.entries { concepts.append(try concept(entry, file: file)) }
        return concepts
    }

    private static func concept(_ entry: TBXEntry, file: String) throws(NamesError) -> Concept {
        var draft = ConceptDraft(file: file, line: entry.line, column: entry.column)
        if let id = entry.id { draft.id = id.hasPrefix("_") ? String(id.dropFirst()) : id }
        for field in entry.descriptions {
            if field.type == "subjectField" { draft.kind = field.value }
            if field.type == "source" { draft.addSource(field.value) }
        }
        for field in entry.admins where field.type == "source" { draft.addSource(field.value) }
        for note in entry.notes { draft.addNote(note) }
        for section in entry.languages {
            guard let variety = TermLanguage(tag: section.language) else {
                throw .malformedInput(file: file, line: section.line, column: section.column,
                                      reason: "language '\(section.language)' is not one the glossary holds; use \(TermLanguage.accepted), or remove that section")
            }
            let typed = section.terms.contains { $0.note("termType") != nil }
            for (index, term) in section.terms.enumerated() {
                draft.addTerm(term.text, in: variety, isMain: typed ? term.note("termType") == "fullForm" : index == 0)
            }
        }
        return try draft.concept()
    }
}

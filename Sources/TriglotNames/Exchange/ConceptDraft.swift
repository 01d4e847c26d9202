import TriglotText

/// A concept being put together by an import reader, with the position it came from, so every
/// problem names the file and line of the entry.
struct ConceptDraft {
    /// The file read.
    let file: String
    /// The line of the entry (`<conceptEntry>`, `<tu>`, the CSV record, the JSON object).
    let line: Int
    /// Its column, where known.
    let column: Int?
    /// The identifier as read.
    var id: String?
    /// The kind as read (checked in ``concept()``).
    var kind: String?
    /// The main forms found so far.
    var main: [TermLanguage: String] = [:]
    /// The aliases found so far.
    var aliases: [Language: [String]] = [.english: [], .chinese: [], .vietnamese: []]
    /// The note.
    var note: String?
    /// The source.
    var source: String?

    init(file: String, line: Int, column: Int?) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Adds a term: the main form of `variety` when `isMain` and none is known yet, else an alias
    /// (a second traditional form is a Chinese alias, as the glossary has one `zh_hant` only).
    mutating func addTerm(_ text: String, in variety: TermLanguage, isMain: Bool) {
        guard let text = ImportText.field(text) else { return }
        if isMain && main[variety] == nil {
            main[variety] = text
        } else {
            aliases[variety.language, default: []].append(text)
        }
    }

    /// Appends to the note, for files that give several.
    mutating func addNote(_ text: String) {
        guard let text = ImportText.field(text) else { return }
        note = note.map { "\($0); \(text)" } ?? text
    }

    /// Appends to the source, for files that give several.
    mutating func addSource(_ text: String) {
        guard let text = ImportText.field(text) else { return }
        source = source.map { "\($0); \(text)" } ?? text
    }

    /// The concept, or a problem the glossary format cannot hold (the glossary's own checks —
    /// ids, forms, clashes — are left to ``GlossaryValidator``, which names the same line).
    func concept() throws(NamesError) -> Concept {
        guard let id = ImportText.field(id) else { throw fail("the entry has no id; give every concept an id such as person-wang-yi") }
        guard let kindText = ImportText.field(kind) else {
            throw fail("'\(id)' has no kind; give one of \(Self.kinds)")
        }
        guard let kind = ConceptKind(rawValue: kindText) else {
            throw fail("'\(id)' has unknown kind '\(kindText)'; use one of \(Self.kinds)")
        }
        for (language, list) in aliases {
            for alias in list where alias.contains("|") {
                throw fail("\(language.code) alias '\(alias)' of '\(id)' contains '|', which separates aliases in the glossary format; remove it")
            }
        }
        return Concept(id: id, kind: kind, english: main[.english], chinese: main[.simplified],
                       chineseTraditional: main[.traditional], vietnamese: main[.vietnamese], aliases: aliases,
                       note: note, source: source, origin: ConceptOrigin.make(file: file, line: line))
    }

    /// Every kind, for messages.
    static let kinds = ConceptKind.allCases.map(\.rawValue).joined(separator: ", ")

    private func fail(_ reason: String) -> NamesError {
        .malformedInput(file: file, line: line, column: column, reason: reason)
    }
}

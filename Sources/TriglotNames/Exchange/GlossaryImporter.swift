import TriglotText

/// Reads glossaries from other formats and merges them into a user glossary file.
public enum GlossaryImporter {
    /// The concepts of `bytes` (the contents of `file`) in `format`, or in the format the contents
    /// look like when nil. TBX of either version is read for `.tbx` and `.tbx2`. Throws the first
    /// problem with file, line and column; checks of the concepts themselves are left to ``merge``.
    public static func read(_ bytes: [UInt8], file: String, format: GlossaryFormat?) throws(NamesError) -> [Concept] {
        let concepts: [Concept]
        switch format ?? GlossaryFormat.detect(bytes) {
        case .tbx, .tbx2:
            concepts = try GlossaryTBX.concepts(in: bytes, file: file)
        case .tmx:
            concepts = try GlossaryTMX.concepts(in: bytes, file: file)
        case .csv:
            concepts = try CSVCodec.read(bytes, file: file)
        case .json:
            concepts = try JSONCodec.read(bytes, file: file)
        case .tsv:
            try ImportText.checkUTF8(bytes, file: file)
            let parsed = GlossaryFile.parse(String(decoding: bytes, as: UTF8.self), file: file)
            if !parsed.problems.isEmpty { throw .invalidGlossary(parsed.problems) }
            concepts = parsed.concepts
        }
        if concepts.isEmpty { throw .nothingToImport(file: file, reason: "no concepts found; nothing to import") }
        return concepts
    }

    /// The text of the user glossary after adding `imported`: `existing` (the file's current
    /// text, kept as it is, comments included) with the new concepts appended, or a new file.
    /// Everything is checked together with `context` (the shipped glossary and any others in
    /// use), so a form that names another concept anywhere is an error; throws every problem.
    public static func merge(_ imported: [Concept], into existing: (name: String, text: String)?,
                             context: [(name: String, text: String)], folder: NameFolder) throws(NamesError) -> String {
        var concepts: [Concept] = []
        var problems: [GlossaryProblem] = []
        for file in context + (existing.map { [$0] } ?? []) {
            let parsed = GlossaryFile.parse(file.text, file: file.name)
            concepts += parsed.concepts
            problems += parsed.problems
        }
        if !problems.isEmpty { throw .invalidGlossary(problems) }
        let name = existing?.name ?? "output"
        let hasContent = existing.map { $0.text.contains { !$0.isWhitespace && $0 != "\u{FEFF}" } } ?? false
        // A concept made in memory (one `align --learn` proposes) has no origin; it is checked
        // at the line it is about to be written on, so a problem with it names a file and line.
        let firstNewLine = hasContent ? TextLines.split(existing!.text, omittingFinalEmptyLine: true).count + 1 : 2
        let placed = imported.enumerated().map { offset, concept in
            concept.origin.isEmpty ? concept.placed(at: ConceptOrigin.make(file: name, line: firstNewLine + offset)) : concept
        }
        problems = GlossaryValidator.problems(in: concepts + placed, folder: folder)
        if !problems.isEmpty { throw .invalidGlossary(problems) }

        let text: String
        if let existing, hasContent {
            // New lines follow the file's own line ends, so a Windows (CRLF) file stays one.
            let lineEnd = TextLines.lineEnd(of: existing.text)
            let lines = TextLines.split(GlossaryFile.write(imported), omittingFinalEmptyLine: true).dropFirst()
            text = existing.text + (TextLines.endsWithLineEnd(existing.text) ? "" : lineEnd)
                + lines.map { $0 + lineEnd }.joined()
        } else {
            text = GlossaryFile.write(imported)
        }
        // What is written must read back as exactly these concepts; anything else is a bug to
        // report, not a file to leave behind.
        let reread = GlossaryFile.parse(text, file: name)
        let expected = (existing.map { GlossaryFile.parse($0.text, file: name).concepts } ?? []) + imported
        guard reread.problems.isEmpty, reread.concepts.map(\.withoutOrigin) == expected.map(\.withoutOrigin) else {
            throw .invalidGlossary(reread.problems.isEmpty
                ? [GlossaryProblem(file: name, line: 0, message: "the merged glossary would not read back as imported; nothing was written (please report this)")]
                : reread.problems)
        }
        return text
    }
}

extension Concept {
    /// The concept with `origin` as its origin.
    func placed(at origin: ConceptOrigin) -> Concept {
        Concept(id: id, kind: kind, english: english, chinese: chinese, chineseTraditional: chineseTraditional,
                vietnamese: vietnamese, aliases: aliases, note: note, source: source, origin: origin)
    }

    /// The concept with an empty origin and an alias list for every language, for comparing contents.
    var withoutOrigin: Concept {
        var lists: [Language: [String]] = [:]
        for language in Language.allCases { lists[language] = aliases[language] ?? [] }
        return Concept(id: id, kind: kind, english: english, chinese: chinese, chineseTraditional: chineseTraditional,
                       vietnamese: vietnamese, aliases: lists, note: note, source: source)
    }
}

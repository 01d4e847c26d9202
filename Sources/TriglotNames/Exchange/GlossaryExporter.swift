import TriglotText

/// Turns concepts into any ``GlossaryFormat``.
public enum GlossaryExporter {
    /// The concepts in `format`, keeping only the forms, aliases and traditional forms of
    /// `languages`; concepts with no form left are omitted (TBX and TMX entries need a term).
    /// `toolVersion` goes into the TMX header.
    public static func export(_ concepts: [Concept], format: GlossaryFormat,
                              languages: Set<Language> = Set(Language.allCases), toolVersion: String = "0.1.0") -> String {
        let kept = concepts.compactMap { restrict($0, to: languages) }
        var sources: [String] = []
        for concept in kept {
            let file = GlossaryValidator.location(concept.origin).0
            if !file.isEmpty && !sources.contains(file) { sources.append(file) }
        }
        switch format {
        case .tbx: return GlossaryTBX.write(kept, version: .v3, sources: sources)
        case .tbx2: return GlossaryTBX.write(kept, version: .v2, sources: sources)
        case .tmx: return GlossaryTMX.write(kept, toolVersion: toolVersion, sources: sources)
        case .csv: return CSVCodec.write(kept, languages: languages)
        case .tsv: return GlossaryFile.write(kept)
        case .json: return JSONCodec.write(kept, languages: languages)
        }
    }

    /// `concept` without the forms of other languages, or nil when none of its forms is left.
    static func restrict(_ concept: Concept, to languages: Set<Language>) -> Concept? {
        if languages.count == Language.allCases.count { return concept }
        func keep(_ language: Language, _ form: String?) -> String? { languages.contains(language) ? form : nil }
        var aliases: [Language: [String]] = [:]
        for language in Language.allCases { aliases[language] = languages.contains(language) ? concept.aliases[language] ?? [] : [] }
        let restricted = Concept(
            id: concept.id, kind: concept.kind, english: keep(.english, concept.english), chinese: keep(.chinese, concept.chinese),
            chineseTraditional: keep(.chinese, concept.chineseTraditional), vietnamese: keep(.vietnamese, concept.vietnamese),
            aliases: aliases, note: concept.note, source: concept.source, origin: concept.origin)
        return restricted.allForms.isEmpty ? nil : restricted
    }
}

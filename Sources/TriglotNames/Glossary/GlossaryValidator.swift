import TriglotText

/// The checks a glossary must pass before it is used: well-formed ids, kinds and forms, no
/// duplicate ids, and no form shared by two concepts. Forms are compared as lookups compare
/// them, spacing ignored, but with diacritics kept (``NameFolder/exactLookupKey(_:)``): two
/// concepts may have forms that differ only by diacritics ("Tần Cương" Qin Gang, "Tân Cương"
/// Xinjiang), since an exact match always wins over a folded one, but not forms a lookup
/// could never tell apart.
public enum GlossaryValidator {
    /// Every problem in `concepts`, each at the line of the concept it concerns.
    public static func problems(in concepts: [Concept], folder: NameFolder) -> [GlossaryProblem] {
        problems(in: concepts, keys: concepts.map { $0.allForms.map { folder.key($0.form) } })
    }

    /// The same, with each concept's forms already folded (in `allForms` order).
    static func problems(in concepts: [Concept], keys: [[String]]) -> [GlossaryProblem] {
        var problems: [GlossaryProblem] = []
        var ids: [String: ConceptOrigin] = [:]
        var owners: [String: (id: String, origin: ConceptOrigin)] = [:]
        for (concept, conceptKeys) in zip(concepts, keys) {
            let (file, line) = location(concept.origin)
            func problem(_ message: String) { problems.append(GlossaryProblem(file: file, line: line, message: message)) }

            if !isValidID(concept.id) {
                problem("id '\(concept.id)' must be lower-case ASCII letters and digits joined by '-' (e.g. person-wang-yi)")
            }
            if let other = ids[concept.id] {
                problem("duplicate id '\(concept.id)' (first at \(other)); give each concept its own id")
            } else {
                ids[concept.id] = concept.origin
            }
            let present = [concept.english, concept.chinese, concept.vietnamese].compactMap { $0 }.count
            if present < 2 { problem("'\(concept.id)' needs at least two of en, zh, vi") }
            for chinese in [concept.chinese, concept.chineseTraditional].compactMap({ $0 }) + (concept.aliases[.chinese] ?? [])
                where !chinese.unicodeScalars.contains(where: \.isHanIdeograph) && !chinese.unicodeScalars.allSatisfy({ $0.isASCII }) {
                problem("Chinese form '\(chinese)' has no Chinese characters")
            }
            if let traditional = concept.chineseTraditional, traditional == concept.chinese {
                problem("zh_hant '\(traditional)' is the same as zh; leave zh_hant empty when they do not differ")
            }
            for ((form, language), key) in zip(concept.allForms, conceptKeys) {
                if form.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                    problem("\(language.code) form '\(form)' contains a control character")
                }
                if key.isEmpty {
                    problem("\(language.code) form '\(form)' has nothing to match")
                    continue
                }
                let exact = NameFolder.compact(NameFolder.exactKey(form))
                if let owner = owners[exact], owner.id != concept.id {
                    problem("form '\(form)' also names '\(owner.id)' (\(owner.origin)); a form may name one concept only")
                } else {
                    owners[exact] = (concept.id, concept.origin)
                }
            }
        }
        return problems
    }

    private static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// An origin as a problem's file and line; line 0 when the origin names none.
    static func location(_ origin: ConceptOrigin) -> (String, Int) {
        (origin.file, origin.line ?? 0)
    }
}

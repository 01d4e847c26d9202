/// The terms of a concept per language variety, in export order, with their TBX term type.
enum ExchangeTerms {
    /// One term to export.
    struct Term {
        /// The form.
        let text: String
        /// `fullForm` for the main form, else `abbreviation` or `variant`.
        let type: String
        /// Whether it is the main form of its variety.
        var isMain: Bool { type == "fullForm" }
    }

    /// English, simplified, traditional and Vietnamese terms: main form first, then aliases.
    static func terms(of concept: Concept) -> [(TermLanguage, [Term])] {
        func list(_ main: String?, _ aliases: [String]) -> [Term] {
            (main.map { [Term(text: $0, type: "fullForm")] } ?? [])
                + aliases.map { Term(text: $0, type: isAbbreviation($0) ? "abbreviation" : "variant") }
        }
        return [
            (.english, list(concept.english, concept.aliases[.english] ?? [])),
            (.simplified, list(concept.chinese, concept.aliases[.chinese] ?? [])),
            (.traditional, list(concept.chineseTraditional, [])),
            (.vietnamese, list(concept.vietnamese, concept.aliases[.vietnamese] ?? [])),
        ]
    }

    /// Short all-capital forms (LMC, ASEAN, G20) are abbreviations; other aliases are variants.
    static func isAbbreviation(_ form: String) -> Bool {
        form.count <= 12 && form.unicodeScalars.contains { ("A"..."Z").contains($0) }
            && form.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "&" }
    }
}

import TriglotText

/// Checks glossary entries against the open dictionaries (``NameDictionary``): where an entry
/// and a dictionary entry are the same thing — they share forms in two languages — a third
/// language in which the dictionary writes the name otherwise, or which the glossary lacks, is a
/// note for the curators (not an error: the press may use another form than a dictionary).
/// iso-codes, CLDR and CC-CEDICT are compared; GeoNames is not.
public enum GlossaryDictionaryCheck {
    /// Every note for `concepts`, in their order.
    public static func disagreements(in concepts: [Concept], dictionary: NameDictionary = .shared) -> [GlossaryDisagreement] {
        var notes: [GlossaryDisagreement] = []
        for concept in concepts where concept.kind == .person || concept.kind == .place || concept.kind == .organisation {
            let (file, line) = GlossaryValidator.location(concept.origin)
            let forms = Forms(concept)
            var candidates = concept.chinese.map { dictionary.entries(chinese: $0) } ?? []
            if let english = concept.english { candidates += dictionary.entries(english: english) }
            var seen: Set<String> = []
            // GeoNames' alternate names carry no language tags (Gia Định, Hồ Chí Minhin kaupunki):
            // too noisy to hold a curated form against.
            for entry in candidates where entry.source != "geonames" {
                let shared = forms.shared(with: entry)
                guard shared.count >= 2 else { continue }
                for language in Language.allCases where !shared.contains(language) {
                    let theirs = entry.forms(in: language)
                    guard let first = theirs.first, seen.insert("\(language.code)\t\(first)").inserted else { continue }
                    let label = "dictionary \(entry.source)"
                    if forms.all[language]?.isEmpty ?? true {
                        notes.append(GlossaryDisagreement(file: file, line: line, id: concept.id,
                            message: "'\(concept.id)': no \(language.code) form; \(label) writes '\(first)'"))
                    } else if let mine = concept.form(in: language) {
                        notes.append(GlossaryDisagreement(file: file, line: line, id: concept.id,
                            message: "'\(concept.id)': \(language.code) '\(mine)'; \(label) writes '\(theirs.joined(separator: "' or '"))'"))
                    }
                }
            }
        }
        return notes
    }

    /// A concept's forms (main and aliases) per language, as comparison keys.
    private struct Forms {
        let all: [Language: [String]]
        private let keys: [Language: Set<String>]

        init(_ concept: Concept) {
            var all: [Language: [String]] = [:]
            for form in concept.allForms { all[form.language, default: []].append(form.form) }
            self.all = all
            keys = all.mapValues { Set($0.map { Forms.key($0) }) }
        }

        /// The languages in which the entry has one of the concept's forms.
        func shared(with entry: DictionaryEntry) -> Set<Language> {
            Set(Language.allCases.filter { language in
                entry.forms(in: language).contains { keys[language]?.contains(Forms.key($0)) ?? false }
            })
        }

        /// Case, tone-mark placement, spacing and hyphens aside (Da Nang = Danang).
        static func key(_ form: String) -> String {
            MatchKey.strict(NameFolder.simplify(form)).filter { $0 != " " && $0 != "-" && $0 != "'" }
        }
    }
}

extension DictionaryEntry {
    /// The entry's forms in `language`.
    func forms(in language: Language) -> [String] {
        switch language {
        case .english: english
        case .chinese: chinese
        case .vietnamese: vietnamese
        }
    }
}

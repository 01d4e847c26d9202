import TriglotNames
import TriglotText

/// Turns the name pairs an alignment proposes (pairs the glossary lacks) into glossary concepts
/// a user can keep, so the next alignment knows them.
public struct GlossaryLearner: Sendable {
    /// The lowest score a proposal needs to be kept (or offered, interactively).
    public var threshold: Double
    /// The kind given to new concepts: a proposal does not say what it names.
    public var kind: ConceptKind

    /// The threshold unless told otherwise: a proposal must be more likely right than not, and then some.
    public static let defaultThreshold = 0.6

    /// A learner keeping proposals scoring at least `threshold`, as concepts of `kind`.
    public init(threshold: Double = defaultThreshold, kind: ConceptKind = .person) {
        self.threshold = threshold
        self.kind = kind
    }

    /// The proposals worth keeping, best first: not in the glossary, scoring at least the
    /// threshold, neither form already a glossary form, and only the best pair for each form
    /// (two proposals sharing a form would make two concepts sharing a form).
    public func proposals(_ pairs: [NamePair], glossary: Glossary, folder: NameFolder) -> [NamePair] {
        var taken = Set<String>()
        var kept: [NamePair] = []
        let ranked = pairs.enumerated()
            .filter { !$0.element.isKnown && $0.element.score >= threshold }
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
        for (_, pair) in ranked {
            // A proposal for a concept brings one new form (the other side is the concept's);
            // any other brings all of its forms. One new form per concept.
            let forms = pair.conceptID != nil ? [newForm(of: pair, glossary: glossary, folder: folder)]
                : [pair.source, pair.target] + (pair.via.map { [$0] } ?? [])
            let keys = forms.map(folder.key) + (pair.conceptID.map { ["concept\t" + $0] } ?? [])
            guard keys.allSatisfy({ !$0.isEmpty && !taken.contains($0) }) else { continue }
            guard forms.allSatisfy({ glossary.concepts(named: $0, folder: folder).isEmpty }) else { continue }
            taken.formUnion(keys)
            kept.append(pair)
        }
        return kept
    }

    /// The side of a proposal for a concept that the concept lacks.
    private func newForm(of pair: NamePair, glossary: Glossary, folder: NameFolder) -> String {
        glossary.concepts(named: pair.source, folder: folder).contains { $0.id == pair.conceptID } ? pair.target : pair.source
    }

    /// `concept` with the form a proposal for it brings (`pair`, found between texts in
    /// `languages`), its note saying where the form was learnt.
    public func concept(_ concept: Concept, extendedBy pair: NamePair, languages: (Language, Language),
                        glossary: Glossary, folder: NameFolder, note: String) -> Concept {
        let form = newForm(of: pair, glossary: glossary, folder: folder)
        let language = form == pair.target ? languages.1 : languages.0
        let learnt = "\(language.code) form learnt by triglot align (\(pair.rule.rawValue) rule), \(note)"
        return Concept(id: concept.id, kind: concept.kind,
                       english: language == .english ? form : concept.english,
                       chinese: language == .chinese ? form : concept.chinese,
                       chineseTraditional: concept.chineseTraditional,
                       vietnamese: language == .vietnamese ? form : concept.vietnamese,
                       aliases: concept.aliases,
                       note: concept.note.map { $0 + "; " + learnt } ?? learnt,
                       source: concept.source, origin: concept.origin)
    }

    /// The concept for `pair` found between `sourceLanguage` and `targetLanguage` texts, with
    /// an identifier unused in `usedIDs` (which gains it) and `note` saying where it was learnt.
    public func concept(for pair: NamePair, sourceLanguage: Language, targetLanguage: Language,
                        usedIDs: inout Set<String>, note: String) -> Concept {
        var forms: [Language: String] = [:]
        forms[sourceLanguage] = pair.source
        forms[targetLanguage] = pair.target
        // Through Chinese, the characters that tie the forms are the Chinese form: a guess the
        // note asks the user to check, like the rest.
        if forms[.chinese] == nil, let via = pair.via { forms[.chinese] = via }
        // The identifier spells the Latin form: English first, else Vietnamese without diacritics.
        let latin = forms[.english] ?? forms[.vietnamese] ?? ""
        let stem = "\(kind.rawValue)-" + Self.slug(latin)
        var id = stem
        var suffix = 2
        while usedIDs.contains(id) {
            id = "\(stem)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(id)
        return Concept(id: id, kind: kind, english: forms[.english], chinese: forms[.chinese],
                       vietnamese: forms[.vietnamese], note: note, source: "learnt by triglot align (\(pair.rule.rawValue) rule)")
    }

    /// Lower-case ASCII letters and digits, other runs as one hyphen ("Trương Đông" → "truong-dong").
    public static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in MatchKey.loose(text).unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "learnt" : slug
    }
}

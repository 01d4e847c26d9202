import TriglotText

/// A set of concepts from one or more glossary files, checked and indexed by every form.
public struct Glossary: Sendable {
    /// The concepts, in file order.
    public let concepts: [Concept]
    /// Per concept, the folded key (``NameFolder/key(_:)``) of each form, in `allForms` order.
    private let keys: [[String]]
    /// Lookup key (``NameFolder/lookupKey(_:)``) → the forms that have it, as (concept, position
    /// in `allForms`), in file order. Several concepts may share a key when their forms differ
    /// only by diacritics (Tần Cương, Tân Cương); lookups tell them apart by the exact key.
    private let index: [String: [(concept: Int, form: Int)]]
    /// The matcher of every form, built on first use and shared by every copy of this glossary.
    private let matcherBox = LazyValue<NameMatcher>()

    /// A matcher for every form of every concept (see ``NameMatcher/init(glossary:)``), built
    /// once: the sentence and name aligners of one run share it.
    public var matcher: NameMatcher { matcherBox.value { NameMatcher(glossary: self) } }

    /// Indexes `concepts` by their folded forms (see ``NameFolder``).
    public init(concepts: [Concept], folder: NameFolder) {
        self.init(concepts: concepts, keys: concepts.map { $0.allForms.map { folder.key($0.form) } })
    }

    /// Indexes `concepts` by keys already folded, one list per concept in `allForms` order.
    init(concepts: [Concept], keys: [[String]]) {
        self.concepts = concepts
        self.keys = keys
        var index: [String: [(concept: Int, form: Int)]] = [:]
        for (position, conceptKeys) in keys.enumerated() {
            for (form, key) in conceptKeys.enumerated() where !key.isEmpty {
                index[NameFolder.compact(key), default: []].append((position, form))
            }
        }
        self.index = index
    }

    /// Parses and checks glossary files (name and contents); throws every problem found, so a
    /// glossary with any problem is never half used. `trusted` skips the checks when the files
    /// were checked before (the shipped glossary alone, checked by the tests), for start-up time.
    public static func load(_ files: [(name: String, text: String)], folder: NameFolder,
                            trusted: Bool = false) throws(NamesError) -> Glossary {
        var concepts: [Concept] = []
        var problems: [GlossaryProblem] = []
        for file in files {
            let parsed = GlossaryFile.parse(file.text, file: file.name, normalize: !trusted)
            concepts += parsed.concepts
            problems += parsed.problems
        }
        // Every form is folded once, for the checks and the index alike.
        let keys = concepts.map { $0.allForms.map { folder.key($0.form) } }
        if !trusted { problems += GlossaryValidator.problems(in: concepts, keys: keys) }
        if !problems.isEmpty { throw .invalidGlossary(problems) }
        return Glossary(concepts: concepts, keys: keys)
    }

    /// The concepts known by `name` in one of their forms, spacing ignored, each once, in file
    /// order: those with a form that is `name` exactly (diacritics kept) when there are any,
    /// else those with a form that is `name` once diacritics are folded away, marked `.folded`.
    /// A folded match never hides an exact one: "Tân Cương" finds Xinjiang alone, "Tần Cương"
    /// Qin Gang alone, "Tan Cuong" both, folded.
    public func matches(named name: String, folder: NameFolder) -> [ConceptMatch] {
        guard let forms = index[folder.lookupKey(name)] else { return [] }
        // The exact keys are worked out here, for the few forms found, not for every form at
        // load: start-up time matters more than a look-up's.
        let wanted = folder.exactLookupKey(name)
        // A folded match reports the form the name most likely meant to be: one with
        // diacritics for a name written with some ("Bùi Thanh Sởn" → Bùi Thanh Sơn, not Bui
        // Thanh Son), else the concept's first.
        let accented = !name.utf8.allSatisfy { $0 < 0x80 }
        var exact: [ConceptMatch] = [], folded: [ConceptMatch] = []
        for (position, formIndex) in forms {
            let concept = concepts[position]
            let form = concept.allForms[formIndex].form
            if folder.exactLookupKey(form) == wanted {
                if exact.last?.concept.id != concept.id {
                    exact.append(ConceptMatch(concept: concept, form: form, matchedBy: .exact))
                }
            } else if exact.isEmpty {
                let match = ConceptMatch(concept: concept, form: form, matchedBy: .folded)
                if let last = folded.last, last.concept.id == concept.id {
                    if accented && last.form.utf8.allSatisfy({ $0 < 0x80 }) && !form.utf8.allSatisfy({ $0 < 0x80 }) {
                        folded[folded.count - 1] = match
                    }
                } else {
                    folded.append(match)
                }
            }
        }
        return exact.isEmpty ? folded : exact
    }

    /// The best concept known by `name` (see ``matches(named:folder:)``): the one with a form
    /// that is `name` exactly, else the first whose form folds to it, marked `.folded`.
    public func match(named name: String, folder: NameFolder) -> ConceptMatch? {
        matches(named: name, folder: folder).first
    }

    /// The concepts known by `name`, exact matches only when there are any (see
    /// ``matches(named:folder:)``, which also says how each was found).
    public func concepts(named name: String, folder: NameFolder) -> [Concept] {
        matches(named: name, folder: folder).map(\.concept)
    }

    /// The concept with identifier `id`.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }

    /// Every folded form with its concept, for building matchers: each (key, concept) once, in
    /// file order. A key may come with several concepts (forms differing only by diacritics).
    public var keyedForms: [(key: String, concept: Int)] {
        var result: [(key: String, concept: Int)] = []
        for (position, conceptKeys) in keys.enumerated() {
            var seen = Set<String>()
            for key in conceptKeys where !key.isEmpty && seen.insert(key).inserted { result.append((key, position)) }
        }
        return result
    }

    /// Every form with its folded key and concept, for matchers that tell apart concepts whose
    /// forms fold alike.
    var keyedFormTexts: [(key: String, form: String, concept: Int)] {
        var result: [(key: String, form: String, concept: Int)] = []
        for (position, conceptKeys) in keys.enumerated() {
            for (form, key) in zip(concepts[position].allForms, conceptKeys) where !key.isEmpty {
                result.append((key, form.form, position))
            }
        }
        return result
    }
}

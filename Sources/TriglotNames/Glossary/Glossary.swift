import TriglotText

/// A set of concepts from one or more glossary files, checked and indexed by every form.
public struct Glossary: Sendable {
    /// The concepts, in file order.
    public let concepts: [Concept]
    /// Folded form → indices of the concepts that have it (one, once validated).
    private let index: [String: [Int]]

    /// Indexes `concepts` by their folded forms (see ``NameFolder``).
    public init(concepts: [Concept], folder: NameFolder) {
        self.init(concepts: concepts, keys: concepts.map { $0.allForms.map { folder.key($0.form) } })
    }

    /// Indexes `concepts` by keys already folded, one list per concept in `allForms` order.
    init(concepts: [Concept], keys: [[String]]) {
        self.concepts = concepts
        var index: [String: [Int]] = [:]
        for (position, conceptKeys) in keys.enumerated() {
            for key in conceptKeys where !key.isEmpty && index[key]?.last != position {
                index[key, default: []].append(position)
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

    /// The concepts known by `name` in any of their forms.
    public func concepts(named name: String, folder: NameFolder) -> [Concept] {
        (index[folder.key(name)] ?? []).map { concepts[$0] }
    }

    /// The concept with identifier `id`.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }

    /// Every folded form with its concept, for building matchers.
    public var keyedForms: [(key: String, concept: Int)] {
        index.flatMap { key, positions in positions.map { (key, $0) } }
    }
}

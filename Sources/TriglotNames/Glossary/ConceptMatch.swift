/// A glossary concept found by a name, with how it was found.
public struct ConceptMatch: Equatable, Sendable {
    /// The concept.
    public let concept: Concept
    /// The concept's form the name matched (for a folded match, the form it was folded to).
    public let form: String
    /// Whether the name is that form exactly or only with diacritics folded away.
    public let matchedBy: MatchedBy

    public init(concept: Concept, form: String, matchedBy: MatchedBy) {
        self.concept = concept
        self.form = form
        self.matchedBy = matchedBy
    }
}

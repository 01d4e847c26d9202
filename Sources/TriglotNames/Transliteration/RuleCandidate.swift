/// A form made by rules rather than found in a glossary, with how sure the rule is.
public struct RuleCandidate: Equatable, Sendable {
    /// The form.
    public let text: String
    /// The rule that made it (e.g. "pinyin", "han-viet", "unaccented").
    public let rule: String
    /// From 0 to 1: how likely the form is the one the press uses.
    public let confidence: Double

    public init(text: String, rule: String, confidence: Double) {
        self.text = text
        self.rule = rule
        self.confidence = confidence
    }
}

/// The methods the CLI offers, by name.
public enum MethodRegistry {
    /// Every method, the default first.
    public static let all: [any SummarizationMethod] = [AutoMethod(), LeadMethod(), TextRankMethod.textRank, TextRankMethod.lexRank]

    /// The names, in the order of ``all``.
    public static var names: [String] { all.map(\.name) }

    /// The method called `name`.
    public static func method(named name: String) throws(SummaryError) -> any SummarizationMethod {
        guard let method = all.first(where: { $0.name == name }) else {
            throw .unknownMethod(name, known: names)
        }
        return method
    }
}

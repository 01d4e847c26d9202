/// The glossary that ships with Triglot (`glossaries/triglot.tsv`), compiled into the binary so
/// an installed `triglot` always has it.
public enum ShippedGlossary {
    /// The name shown in messages about the shipped glossary.
    public static let name = "glossaries/triglot.tsv"
    /// Its text.
    public static var text: String { EmbeddedText.triglot }
}

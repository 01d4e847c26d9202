/// Where a concept was read from: ``Concept/origin`` is "FILE:LINE" ("glossaries/triglot.tsv:12"),
/// and this is the one place that reads it back, so every message names the file and line alike.
public enum ConceptOrigin {
    /// "FILE:LINE", as ``Concept/origin`` holds it.
    public static func make(file: String, line: Int) -> String { "\(file):\(line)" }

    /// The file and line of `origin`; the line is nil when the origin names none (a concept made
    /// in memory and not yet written anywhere), the file empty when the origin is empty.
    public static func parse(_ origin: String) -> (file: String, line: Int?) {
        guard let colon = origin.lastIndex(of: ":"), let line = Int(origin[origin.index(after: colon)...]), line > 0 else {
            return (origin, nil)
        }
        return (String(origin[..<colon]), line)
    }

    /// "FILE:LINE" for a message, or "FILE" when there is no line: never ":0" or an empty name
    /// (a concept with no origin is "a concept not yet in any file").
    public static func describe(file: String, line: Int?) -> String {
        let name = file.isEmpty ? "(a concept not yet in any file)" : file
        guard let line, line > 0 else { return name }
        return "\(name):\(line)"
    }
}

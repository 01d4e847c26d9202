/// Where a concept was read from: a file and the line it stands on ("glossaries/triglot.tsv:12"),
/// so that messages name it and `align --learn` rewrites that very line.
public struct ConceptOrigin: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The file as the user gave it (or the shipped glossary's name); empty for a concept made in
    /// memory and not yet written anywhere.
    public let file: String
    /// The line, from 1; nil when the origin names none.
    public let line: Int?

    /// The origin at `line` of `file`.
    public init(file: String, line: Int?) {
        self.file = file
        self.line = line.flatMap { $0 > 0 ? $0 : nil }
    }

    /// No origin: a concept not yet in any file.
    public static let none = ConceptOrigin(file: "", line: nil)

    /// An origin read back from "FILE:LINE" (a file name may hold colons: the last one counts);
    /// text without a line number is a file alone.
    public init(parsing text: String) {
        guard let colon = text.lastIndex(of: ":"), let line = Int(text[text.index(after: colon)...]), line > 0 else {
            self.init(file: text, line: nil)
            return
        }
        self.init(file: String(text[..<colon]), line: line)
    }

    /// "FILE:LINE" in tests and literals.
    public init(stringLiteral value: String) {
        self.init(parsing: value)
    }

    /// "FILE:\(line)" in tests.
    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(parsing: String(stringInterpolation: stringInterpolation))
    }

    /// The origin at `line` of `file`.
    public static func make(file: String, line: Int) -> ConceptOrigin { ConceptOrigin(file: file, line: line) }

    /// Whether no file is named.
    public var isEmpty: Bool { file.isEmpty }

    /// "FILE:LINE" for a message, or "FILE" when there is no line: never ":0" or an empty name
    /// (a concept with no origin is "a concept not yet in any file").
    public var description: String { Self.describe(file: file, line: line) }

    /// "FILE:LINE", "FILE", or "(a concept not yet in any file)".
    public static func describe(file: String, line: Int?) -> String {
        let name = file.isEmpty ? "(a concept not yet in any file)" : file
        guard let line, line > 0 else { return name }
        return "\(name):\(line)"
    }
}

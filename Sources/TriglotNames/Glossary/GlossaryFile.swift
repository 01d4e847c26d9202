import TriglotText

/// Reads and writes the glossary format of `glossaries/FORMAT.md`: tab-separated values with a
/// header, one concept per line, aliases separated by " | ".
public enum GlossaryFile {
    /// The header every glossary file starts with.
    public static let columns = ["id", "kind", "en", "zh", "zh_hant", "vi", "en_aliases", "zh_aliases", "vi_aliases", "note", "source"]
    /// How aliases are separated inside a field.
    public static let aliasSeparator = " | "

    /// The concepts of `text` (the contents of `file`), or every problem found, with its line.
    /// LF, CRLF and CR line ends and a leading byte-order mark are accepted, as editors on any
    /// system write them. `normalize: false` skips NFC for files known to be NFC (the shipped glossary, checked by
    /// the tests), which saves start-up time.
    public static func parse(_ text: String, file: String, normalize: Bool = true) -> (concepts: [Concept], problems: [GlossaryProblem]) {
        var concepts: [Concept] = []
        var problems: [GlossaryProblem] = []
        var sawHeader = false
        for (index, line) in TextLines.split(text).enumerated() {
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { field -> String in
                let trimmed = field.trimmingSpaces()
                return !normalize || trimmed.utf8.allSatisfy { $0 < 0x80 } ? trimmed : trimmed.nfc
            }
            if !sawHeader {
                sawHeader = true
                if fields != columns {
                    problems.append(GlossaryProblem(file: file, line: number,
                        message: "the header must be the \(columns.count) columns \(columns.joined(separator: ", ")) separated by tabs"))
                    return (concepts, problems)
                }
                continue
            }
            guard fields.count == columns.count else {
                problems.append(GlossaryProblem(file: file, line: number,
                    message: "expected \(columns.count) tab-separated fields, found \(fields.count)"))
                continue
            }
            func value(_ column: Int) -> String? { fields[column].isEmpty ? nil : fields[column] }
            func aliases(_ column: Int) -> [String] {
                fields[column].isEmpty ? [] : fields[column].split(separator: "|").map { $0.trimmingSpaces() }
                    .filter { !$0.isEmpty }
            }
            guard let kind = ConceptKind(rawValue: fields[1]) else {
                problems.append(GlossaryProblem(file: file, line: number,
                    message: "unknown kind '\(fields[1])'; use one of \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            concepts.append(Concept(
                id: fields[0], kind: kind, english: value(2), chinese: value(3), chineseTraditional: value(4),
                vietnamese: value(5), aliases: [.english: aliases(6), .chinese: aliases(7), .vietnamese: aliases(8)],
                note: value(9), source: value(10), origin: ConceptOrigin.make(file: file, line: number)))
        }
        if !sawHeader {
            problems.append(GlossaryProblem(file: file, line: 1, message: "empty glossary: the header line is missing"))
        }
        return (concepts, problems)
    }

    /// The concepts as a glossary file, header included.
    public static func write(_ concepts: [Concept]) -> String {
        var text = columns.joined(separator: "\t") + "\n"
        for concept in concepts {
            let fields: [String] = [
                concept.id, concept.kind.rawValue, concept.english ?? "", concept.chinese ?? "",
                concept.chineseTraditional ?? "", concept.vietnamese ?? "",
                (concept.aliases[.english] ?? []).joined(separator: aliasSeparator),
                (concept.aliases[.chinese] ?? []).joined(separator: aliasSeparator),
                (concept.aliases[.vietnamese] ?? []).joined(separator: aliasSeparator),
                concept.note ?? "", concept.source ?? "",
            ]
            text += fields.joined(separator: "\t") + "\n"
        }
        return text
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var slice = self[...]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}

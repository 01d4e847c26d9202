/// A JSON value to write, with its keys in the order given: every JSON document Triglot prints
/// is built as one of these and written by ``text`` or ``document``, so key order, spacing and
/// string escaping are the same everywhere (the convention is in the README).
public indirect enum JSONOutput: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number already formatted (`3`, `0.4521`): how many decimals a score has is the caller's choice.
    case number(String)
    /// A string, escaped by ``JSONText/quoted(_:)``.
    case string(String)
    /// JSON text written as it is: a value passed through from the input (an id written `1.50`).
    case raw(String)
    /// An array on one line.
    case array([JSONOutput])
    /// An array of records, one record per line (a document's list of units, a summary's sentences).
    case lines([JSONOutput])
    /// An object, keys in this order.
    case object([(key: String, value: JSONOutput)])

    /// An integer.
    public static func int(_ value: Int) -> JSONOutput { .number(String(value)) }

    /// A string, or `null` when there is none.
    public static func string(_ text: String?) -> JSONOutput { text.map { .string($0) } ?? .null }

    /// An array of strings on one line.
    public static func strings(_ texts: [String]) -> JSONOutput { .array(texts.map { .string($0) }) }

    /// The value as JSON text without a line end: `{"key": value, "other": [1, 2]}`. The members
    /// of ``lines(_:)`` are each on a line of their own, indented two spaces a level, and a
    /// member of an object whose value is ``lines(_:)`` starts a line too.
    public var text: String { render(depth: 0) }

    /// The value as a whole document: ``text`` and a line end.
    public var document: String { text + "\n" }

    /// The same value with every ``lines(_:)`` written as an ``array(_:)``: all on one line, as a
    /// JSON Lines record must be (`summarize --event --jsonl` writes the object `--format json`
    /// spreads over lines).
    public var oneLine: JSONOutput {
        switch self {
        case .null, .bool, .number, .string, .raw: self
        case let .array(elements), let .lines(elements): .array(elements.map(\.oneLine))
        case let .object(members): .object(members.map { ($0.key, $0.value.oneLine) })
        }
    }

    /// Writes `elements` as the document ``lines(_:)`` makes of them, one element at a time, for
    /// output that streams rather than build the whole text first.
    public static func writeLines(_ elements: some Sequence<JSONOutput>, to write: (String) -> Void) {
        var isFirst = true
        for element in elements {
            write((isFirst ? "[\n  " : ",\n  ") + element.render(depth: 1))
            isFirst = false
        }
        write(isFirst ? "[]\n" : "\n]\n")
    }

    private func render(depth: Int) -> String {
        switch self {
        case .null: return "null"
        case let .bool(value): return value ? "true" : "false"
        case let .number(text), let .raw(text): return text
        case let .string(text): return JSONText.quoted(text)
        case let .array(elements):
            return "[" + elements.map { $0.render(depth: depth) }.joined(separator: ", ") + "]"
        case let .lines(elements):
            guard !elements.isEmpty else { return "[]" }
            let inner = String(repeating: " ", count: 2 * (depth + 1))
            return "[" + elements.map { "\n" + inner + $0.render(depth: depth + 1) }.joined(separator: ",")
                + "\n" + String(repeating: " ", count: 2 * depth) + "]"
        case let .object(members):
            var out = "{"
            for (index, member) in members.enumerated() {
                if case .lines = member.value {
                    out += (index == 0 ? "\n" : ",\n") + String(repeating: " ", count: 2 * (depth + 1))
                    out += JSONText.quoted(member.key) + ": " + member.value.render(depth: depth + 1)
                } else {
                    out += (index == 0 ? "" : ", ") + JSONText.quoted(member.key) + ": " + member.value.render(depth: depth)
                }
            }
            return out + "}"
        }
    }
}

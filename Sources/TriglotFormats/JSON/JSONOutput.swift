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
    public var text: String { String(decoding: utf8(depth: 0), as: UTF8.self) }

    /// The value as a whole document: ``text`` and a line end.
    public var document: String { String(decoding: utf8Document, as: UTF8.self) }

    /// ``document`` as UTF-8, for output that takes bytes (an HTTP body).
    public var utf8Document: [UInt8] {
        var output = utf8(depth: 0)
        output.append(0x0A)
        return output
    }

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
            write((isFirst ? "[\n  " : ",\n  ") + String(decoding: element.utf8(depth: 1), as: UTF8.self))
            isFirst = false
        }
        write(isFirst ? "[]\n" : "\n]\n")
    }

    private func utf8(depth: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(into: &output, depth: depth)
        return output
    }

    /// Appends the value's text to `output`: one buffer for the whole document, rather than a
    /// String per member joined upwards (that was a tenth of the server's time for a summary).
    private func write(into output: inout [UInt8], depth: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case let .bool(value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case let .number(text), let .raw(text): output.append(contentsOf: text.utf8)
        case let .string(text): JSONText.append(quoted: text, to: &output)
        case let .array(elements):
            output.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(contentsOf: ", ".utf8) }
                element.write(into: &output, depth: depth)
            }
            output.append(0x5D)
        case let .lines(elements):
            guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(0x2C) }
                Self.newLine(indent: depth + 1, to: &output)
                element.write(into: &output, depth: depth + 1)
            }
            Self.newLine(indent: depth, to: &output)
            output.append(0x5D)
        case let .object(members):
            output.append(0x7B)
            for (index, member) in members.enumerated() {
                if case .lines = member.value {
                    if index > 0 { output.append(0x2C) }
                    Self.newLine(indent: depth + 1, to: &output)
                    JSONText.append(quoted: member.key, to: &output)
                    output.append(contentsOf: ": ".utf8)
                    member.value.write(into: &output, depth: depth + 1)
                } else {
                    if index > 0 { output.append(contentsOf: ", ".utf8) }
                    JSONText.append(quoted: member.key, to: &output)
                    output.append(contentsOf: ": ".utf8)
                    member.value.write(into: &output, depth: depth)
                }
            }
            output.append(0x7D)
        }
    }

    /// A line end and the indentation of `indent` levels (two spaces each).
    private static func newLine(indent: Int, to output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }
}

import TriglotFormats
import TriglotNames
import TriglotSummary
import TriglotText

/// The event briefs of a JSON Lines batch (`summarize --event --jsonl`): each line is one cluster,
/// `{"id", "reports": [{"name"?, "text"}, …], "to"?}`, and gives `{"id", …, "language",
/// "reports", "sentences"}`, the object `summarize --event --format json` prints, on one line,
/// through a ``JSONLinesBatch`` (in input order, on every core, streaming, error records in place).
///
/// A report without a name is cited by its position in the cluster ("1", "2"…). `"to"` (en, zh
/// or vi; null or absent: the batch's) picks the brief's language; a cluster with no report in it
/// gives an error in its place, as `--event --to` does.
public struct EventBatchTask: JSONLinesTask {
    let length: SummaryLength
    let glossary: Glossary?
    let policy: LanguagePolicy
    let language: Language?
    let names: Bool

    /// A batch summarizing each cluster to `length`, each report's language chosen by `policy`,
    /// in `language` unless a line says (nil: the language most of its reports are in); with
    /// `names` (and a glossary), each sentence's glossary names, as `--event --names` lists them.
    public init(length: SummaryLength, glossary: Glossary?, policy: LanguagePolicy = .detect, to language: Language? = nil,
                names: Bool = false) {
        self.length = length
        self.glossary = glossary
        self.policy = policy
        self.language = language
        self.names = names
    }

    /// One cluster: its reports (name and text) and the brief's language (nil: the majority's).
    public struct Cluster: Sendable {
        let reports: [(name: String, text: String)]
        let language: Language?
    }

    public var ownKeys: Set<String> { ["reports", "to", "language", "sentences"] }

    public func input(from record: JSONLinesRecord) throws(KitError) -> Cluster {
        guard case let .array(values)? = record.value("reports") else {
            throw record.invalid("missing \"reports\" (an array of {\"name\", \"text\"})")
        }
        if values.isEmpty { throw record.invalid("\"reports\" is empty") }
        var reports: [(name: String, text: String)] = []
        for (position, value) in values.enumerated() {
            guard case let .object(members) = value.content else {
                throw record.invalid("report \(position + 1) is not an object {\"name\", \"text\"}")
            }
            // A repeated key gives its last value, as in the line itself.
            func field(_ key: String) -> JSONValue.Content? { members.last { $0.key == key }?.value.content }
            guard case let .string(text)? = field("text") else { throw record.invalid("report \(position + 1): missing \"text\" (a string)") }
            let name: String
            switch field("name") {
            case nil, .null?: name = String(position + 1)
            case let .string(given)?: name = given
            default: throw record.invalid("report \(position + 1): \"name\" must be a string")
            }
            reports.append((name, text))
        }
        guard let code = try record.optionalString("to") else { return Cluster(reports: reports, language: language) }
        guard let to = Language(rawValue: code) else {
            throw record.invalid("\"to\" must be en, zh or vi (got \(JSONText.quoted(code)))")
        }
        return Cluster(reports: reports, language: to)
    }

    /// One workflow per worker: its summarizer and segmenters hold ICU handles, not thread-safe.
    public func makeWorker() -> EventSummaryWorkflow { EventSummaryWorkflow(length: length, glossary: glossary) }

    public func result(for cluster: Cluster, worker: inout EventSummaryWorkflow) throws -> [(key: String, value: JSONOutput)] {
        let summary = try worker.run(cluster.reports, policy: policy, to: cluster.language)
        let found = names ? glossary.map { EventBriefNames(summary, glossary: $0) } : nil
        return EventSummaryJSON.members(summary, names: found).map { ($0.key, $0.value.oneLine) }
    }
}

import TriglotText

/// One report of an event, for ``EventSummarizer``: the document, the name it is shown by, the
/// glossary concepts each of its sentences names (so a name confirms across languages) and its
/// dateline, when it has one.
public struct EventReport: Sendable {
    /// The name the report's sentences are cited by (a file name).
    public let name: String
    /// The report.
    public let document: Document
    /// Per sentence (index into ``Document/sentences``), the ids of the glossary concepts it names.
    public let concepts: [Int: Set<String>]
    /// When the report's dateline says it was filed; nil when it has none.
    public let dateline: Dateline?

    /// A report; its dateline is read from its first body sentence unless given.
    public init(name: String, document: Document, concepts: [Int: Set<String>] = [:], dateline: Dateline? = nil) {
        self.name = name
        self.document = document
        self.concepts = concepts
        self.dateline = dateline ?? document.eligible.first.flatMap { Dateline.parse($0.text) }
    }
}

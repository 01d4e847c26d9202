import TriglotText

/// A sentence of a report, cited by the report's position and name and the sentence's index
/// (into the report's ``Document/sentences``).
public struct EventSource: Sendable, Equatable {
    /// The report's position among the reports given.
    public let report: Int
    /// The report's name (its file).
    public let name: String
    /// The sentence's index in the report.
    public let sentence: Int
    /// How closely it tells the chosen sentence's fact, in 0...1 (1 for the chosen sentence itself).
    public let similarity: Double
}

/// A chosen sentence of an event summary, with the reports that confirm it.
public struct EventSentence: Sendable {
    /// Where it comes from.
    public let source: EventSource
    /// Its text.
    public let text: String
    /// The score that ranked it: its score within its own report plus its confirmation.
    public let score: Double
    /// Its score within its own report (position, title, centrality, as for one article), in 0...1.
    public let own: Double
    /// How much the other reports tell the same, in 0...1: the mean over them of their closest sentence.
    public let confirmation: Double
    /// The sentences of other reports that tell the same, best first.
    public let confirmedBy: [EventSource]
}

/// The summary of one event told by several reports.
public struct EventSummary: Sendable {
    /// The language of the summary (its sentences come from reports in it).
    public let language: Language
    /// The reports, as given.
    public let reports: [EventReport]
    /// The chosen sentences, by dateline when every report has one, else by first appearance.
    public let sentences: [EventSentence]

    /// The chosen sentences' texts, in order.
    public var texts: [String] { sentences.map(\.text) }
}

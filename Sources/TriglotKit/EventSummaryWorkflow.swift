import TriglotNames
import TriglotSummary
import TriglotText

/// One summary of an event from several reports (`triglot summarize --event A B C…`): each
/// report read into a ``Document`` (its language detected or given, its headline its title),
/// its sentences' glossary names found (so that a name confirms a fact across languages), and
/// the reports summarized together by ``EventSummarizer``.
public struct EventSummaryWorkflow {
    private let length: SummaryLength
    private let glossary: Glossary?
    private let summarizer = EventSummarizer()
    /// Made once, as ``SummaryWorkflow``'s: opening ICU's break iterator for every report cost
    /// as much as the rest of the brief.
    private let segmenters = SegmenterCache()
    /// The names' evidence worked out once per worker: the same names come back in every report.
    private let evidence = NameEvidenceCache()

    /// A workflow summarizing to `length`, matching names against `glossary` when given.
    public init(length: SummaryLength, glossary: Glossary? = nil) {
        self.length = length
        self.glossary = glossary
    }

    /// The summary of the event the `reports` (name and text each) tell, in `language` (default:
    /// the language most reports are in); each report's language chosen by `policy`.
    public func run(_ reports: [(name: String, text: String)], policy: LanguagePolicy = .detect,
                    to language: Language? = nil) throws(KitError) -> EventSummary {
        var read: [EventReport] = []
        for (name, text) in reports {
            let document: Document
            do {
                document = try Document(text: text, policy: policy, segmenter: try segmenters.segmenter(for: policy.forcedLanguage))
            } catch {
                throw .text(error)
            }
            read.append(EventReport(name: name, document: document, concepts: concepts(in: document)))
        }
        do {
            return try summarizer.summarize(read, to: language, length: length)
        } catch {
            throw .summary(error)
        }
    }

    /// Per sentence, the ids of the glossary concepts it names.
    func concepts(in document: Document) -> [Int: Set<String>] {
        guard let glossary else { return [:] }
        let utf8 = Array(document.text.utf8)
        var found: [Int: Set<String>] = [:]
        var sentence = 0
        for match in glossary.matcher.matches(in: document.text, exactKeys: evidence.exactKeys) {
            let concept = glossary.concepts[match.value]
            guard evidence.isPlausible(String(decoding: utf8[match.utf8Range], as: UTF8.self), names: concept, at: match.value) else { continue }
            // Matches come in text order: the sentence holding one is at or after the last one's.
            while sentence < document.sentences.count,
                  let range = document.sentences[sentence].utf8Range, range.upperBound <= match.utf8Range.lowerBound {
                sentence += 1
            }
            guard sentence < document.sentences.count, let range = document.sentences[sentence].utf8Range,
                  range.contains(match.utf8Range.lowerBound) else { continue }
            found[sentence, default: []].insert(concept.id)
        }
        return found
    }
}

/// What a glossary match's evidence costs to work out, kept for the next report (not thread-safe,
/// like the workflow's summarizer): the exact keys of names and forms, and whether a name as
/// written plausibly names a concept (``MatchEvidence/isPlausible(_:names:exactKeys:)``).
final class NameEvidenceCache {
    let exactKeys = ExactKeyCache()
    private var plausible: [Int: [String: Bool]] = [:]
    private var count = 0

    /// Whether `written` plausibly names `concept`, the glossary's concept number `index`.
    func isPlausible(_ written: String, names concept: Concept, at index: Int) -> Bool {
        if let known = plausible[index]?[written] { return known }
        let answer = MatchEvidence.isPlausible(written, names: concept, exactKeys: exactKeys)
        // Bounded, as the exact keys are, for a long batch.
        if count >= 100_000 { plausible.removeAll(keepingCapacity: true); count = 0 }
        plausible[index, default: [:]][written] = answer
        count += 1
        return answer
    }
}

import TriglotText

/// One summary of an event from several reports, in any of the three languages.
///
/// Each report's sentences are scored as one article's are (``AutoMethod``: position within
/// the report, its own headline, centrality), then raised by confirmation: the other reports'
/// closest sentences, by content words in the same language and by glossary concepts and
/// numbers in any language. A fact several agencies report is what the event is; a detail one
/// report adds is not. Sentences come from the reports in the summary's language only, chosen
/// with redundancy control over all of them, so the same fact told by two agencies is chosen
/// once. Not thread-safe: make one per thread.
public final class EventSummarizer {
    /// The weight of confirmation against a sentence's own score (both in 0...1). 0.25 was the
    /// best of 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3 on KTLAB's development clusters (R1 57.1 against
    /// 55.5 without confirmation and 54.3 at 1): confirmation breaks ties among each report's
    /// key sentences; weighted more, it prefers background every report repeats.
    public var confirmationWeight: Double
    /// The weight of score against novelty when choosing (as ``SummarizationMethod/relevanceWeight``).
    public var relevanceWeight: Double
    /// Sentences of other reports at least this close are listed as confirming.
    public static let confirmingSimilarity = 0.3
    private let summarizer: Summarizer
    private let method = AutoMethod()

    /// A summarizer that treats `names` (e.g. glossary entries) as single terms.
    public init(names: TermSet = TermSet(), confirmationWeight: Double = 0.25, relevanceWeight: Double = 0.7) {
        summarizer = Summarizer(names: names)
        self.confirmationWeight = confirmationWeight
        self.relevanceWeight = relevanceWeight
    }

    /// The language most reports are in (the first report's among equals).
    public static func majorityLanguage(_ reports: [EventReport]) -> Language? {
        var counts: [Language: Int] = [:]
        for report in reports { counts[report.document.language, default: 0] += 1 }
        var best: Language?
        var bestCount = 0
        for report in reports where counts[report.document.language]! > bestCount {
            best = report.document.language
            bestCount = counts[report.document.language]!
        }
        return best
    }

    /// Chinese quotations over several sentences, each report's apart (see ``ChineseLength/quotationGroups(_:)``).
    private func quotationGroups(_ items: [Item], _ reports: [EventReport]) -> [Int] {
        var groups: [Int] = []
        var offset = 0
        var start = 0
        while start < items.count {
            var end = start
            while end < items.count && items[end].report == items[start].report { end += 1 }
            let sentences = items[start..<end].map { reports[$0.report].document.sentences[$0.index] }
            let local = ChineseLength.quotationGroups(sentences.map { ($0.text, $0.paragraph) })
            groups += local.map { $0 + offset }
            offset += (local.max() ?? -1) + 1
            start = end
        }
        return groups
    }

    /// One eligible sentence of one report.
    private struct Item {
        let report: Int
        /// Its position among its report's eligible sentences.
        let rank: Int
        let index: Int
        let language: Language
        let keys: EventKeys
        /// Its position in its language's pooled graph.
        var pooled = 0
        /// Its keys' numbers in the summary, sorted (see ``EventKeys/agreement(_:_:)``).
        var keyNumbers: [Int32] = []
    }

    /// The summary of the event `reports` tell, in `language` (default: the language most
    /// reports are in), within `length` (counted over the sentences of that language's reports).
    public func summarize(_ reports: [EventReport], to language: Language? = nil,
                          length: SummaryLength = .automatic) throws(SummaryError) -> EventSummary {
        try length.validate()
        guard let target = language ?? Self.majorityLanguage(reports) else {
            return EventSummary(language: language ?? .english, reports: reports, sentences: [])
        }
        guard reports.contains(where: { $0.document.language == target }) else { throw .noReportIn(target) }
        // Analysed with one analyser per language, so term numbers agree across reports.
        var analysed: [AnalyzedDocument] = []
        do {
            for report in reports {
                analysed.append(try AnalyzedDocument(report.document, terms: try summarizer.analyser(for: report.document.language)))
            }
        } catch {
            throw .text(error)
        }
        var items: [Item] = []
        var own: [Double] = []
        for (number, document) in analysed.enumerated() {
            let scores = method.scores(for: document).map(\.score)
            let top = scores.max() ?? 0
            for (rank, index) in document.eligible.enumerated() {
                let sentence = reports[number].document.sentences[index]
                items.append(Item(report: number, rank: rank, index: index, language: reports[number].document.language,
                                  keys: EventKeys(text: sentence.text, concepts: reports[number].concepts[index] ?? [])))
                own.append(top > 0 ? scores[rank] / top : 0)
            }
        }
        var numbers: [String: Int32] = [:]
        for position in items.indices {
            items[position].keyNumbers = items[position].keys.keys.map { key in
                if let known = numbers[key] { return known }
                numbers[key] = Int32(numbers.count)
                return Int32(numbers.count - 1)
            }.sorted()
        }
        // One graph per language over all its reports' sentences: content words compare there.
        var graphs: [Language: SentenceGraph] = [:]
        for pooledLanguage in Set(items.map(\.language)) {
            let members = items.indices.filter { items[$0].language == pooledLanguage }
            for (position, item) in members.enumerated() { items[item].pooled = position }
            graphs[pooledLanguage] = SentenceGraph(terms: members.map { analysed[items[$0].report].analyses[items[$0].rank].terms },
                                                   window: Int.max)
        }
        func similarity(_ a: Int, _ b: Int) -> Double {
            let agreement = EventKeys.agreement(items[a].keyNumbers, items[b].keyNumbers)
            guard items[a].language == items[b].language, let graph = graphs[items[a].language] else { return agreement }
            // Shared names and numbers count for less than shared words within one language.
            return max(graph.similarity(items[a].pooled, items[b].pooled), 0.5 * agreement)
        }
        // Confirmation: per other report, its closest sentence.
        let reportItems = reports.indices.map { report in items.indices.filter { items[$0].report == report } }
        let candidates = items.indices.filter { items[$0].language == target }
        var confirmation: [Double] = []
        var confirmedBy: [[EventSource]] = []
        for candidate in candidates {
            var total = 0.0
            var sources: [EventSource] = []
            for (report, members) in reportItems.enumerated() where report != items[candidate].report {
                var best = -1
                var bestValue = 0.0
                for other in members {
                    let value = similarity(candidate, other)
                    if value > bestValue { best = other; bestValue = value }
                }
                total += bestValue
                if best >= 0 && bestValue >= Self.confirmingSimilarity {
                    sources.append(EventSource(report: report, name: reports[report].name, sentence: items[best].index, similarity: bestValue))
                }
            }
            confirmation.append(reports.count > 1 ? total / Double(reports.count - 1) : 0)
            confirmedBy.append(sources.sorted { $0.similarity > $1.similarity })
        }
        let scores = candidates.enumerated().map { position, item in own[item] + confirmationWeight * confirmation[position] }
        let chosen = SentenceSelector.select(
            scores, budget: length.sentenceBudget(eligible: candidates.count), unitBudget: length.unitBudget,
            relevanceWeight: relevanceWeight,
            cost: { position in
                let item = items[candidates[position]]
                return length.cost(of: analysed[item.report].analyses[item.rank],
                                   text: reports[item.report].document.sentences[item.index].text)
            },
            similarity: { similarity(candidates[$0], candidates[$1]) },
            groups: target == .chinese ? quotationGroups(candidates.map { items[$0] }, reports) : nil)
        var sentences = chosen.map { position -> EventSentence in
            let item = items[candidates[position]]
            return EventSentence(source: EventSource(report: item.report, name: reports[item.report].name, sentence: item.index, similarity: 1),
                                 text: reports[item.report].document.sentences[item.index].text, score: scores[position],
                                 own: own[candidates[position]], confirmation: confirmation[position], confirmedBy: confirmedBy[position])
        }
        // By time when every report has a dateline (stable: first appearance among equals).
        let datelines = reports.map(\.dateline)
        if !datelines.contains(where: { $0 == nil }) {
            let order = sentences.indices.sorted { a, b in
                let (left, right) = (datelines[sentences[a].source.report]!, datelines[sentences[b].source.report]!)
                return left != right ? left < right : a < b
            }
            sentences = order.map { sentences[$0] }
        }
        return EventSummary(language: target, reports: reports, sentences: sentences)
    }
}

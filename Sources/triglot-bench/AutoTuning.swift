import ArgumentParser
import Foundation
import TriglotEvaluation
import TriglotSummary
import TriglotText

/// `triglot-bench tune`: a grid search over `auto`'s weights on both development sets, which is
/// how its defaults were chosen. Prints the best settings by the sum of the two sets' R1+R2,
/// and which of them reach every target.
struct AutoTuning: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tune",
        abstract: "Grid-search the auto method's weights on the development sets.",
        discussion: "Example: swift run -c release triglot-bench tune --top 10"
    )

    @OptionGroup var data: DataOptions

    @Option(help: "How many of the best settings to print.")
    var top: Int = 10

    /// A document analysed once, with its references.
    struct Prepared {
        let analysed: AnalyzedDocument
        let references: [String]
    }

    func run() throws {
        var sets: [(String, Language, Int, [Prepared])] = []
        if let path = data.path("summ-vi-vietnews500/vietnews500.jsonl") {
            sets.append(("vi", .vietnamese, 2, try prepare(SummaryEvaluation.vietNews(path), .vietnamese)))
        }
        if let path = data.path("summ-en-gum60/gum_all60_summaries.jsonl") {
            sets.append(("en", .english, 3, try prepare(SummaryEvaluation.gum(path), .english)))
        }
        var results: [(Double, String)] = []
        for centrality in [0.4, 0.8, 1.2] {
            for title in [1.0, 1.5, 2.0] {
                for names in [0.0, 0.05, 0.1] {
                    for decay in [0.1, 0.2, 0.3] {
                        for relevance in [0.6, 0.7, 0.8] {
                            let method = AutoMethod(weights: ScoreParts(centrality: centrality, position: 1, title: title, names: names),
                                                    positionDecay: decay, relevanceWeight: relevance)
                            var line = String(format: "centrality=%.2f title=%.2f names=%.2f decay=%.2f relevance=%.2f",
                                              centrality, title, names, decay, relevance)
                            var total = 0.0
                            for (name, language, k, documents) in sets {
                                let scores = evaluate(documents, language, k, method)
                                total += scores.rouge1.f1 + scores.rouge2.f1
                                line += String(format: "  %@ %.2f/%.2f", name, scores.rouge1.f1 * 100, scores.rouge2.f1 * 100)
                            }
                            results.append((total, line))
                        }
                    }
                }
            }
        }
        for (_, line) in results.sorted(by: { $0.0 > $1.0 }).prefix(top) { print(line) }
    }

    private func prepare(_ items: [SummaryEvaluation.Item], _ language: Language) throws -> [Prepared] {
        let terms = try SentenceTerms(language: language)
        return try items.map { item in
            let document = SummaryDocument(paragraphs: item.paragraphs, language: language, title: item.title)
            return Prepared(analysed: try AnalyzedDocument(document, terms: terms), references: item.references)
        }
    }

    private func evaluate(_ documents: [Prepared], _ language: Language, _ k: Int, _ method: AutoMethod) -> RougeScores {
        let scorer = RougeScorer(language: language)
        return RougeScores.mean(documents.map { prepared in
            let scores = method.scores(for: prepared.analysed)
            let chosen = SentenceSelector.select(scores, in: prepared.analysed, length: .sentences(k),
                                                 relevanceWeight: method.relevanceWeight)
            let text = chosen.map { prepared.analysed.document.sentences[scores[$0].index].text }.joined(separator: " ")
            return scorer.score(candidate: text, references: prepared.references)
        })
    }
}

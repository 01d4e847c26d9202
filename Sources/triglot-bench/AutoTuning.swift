import ArgumentParser
import Foundation
import Synchronization
import TriglotEvaluation
import TriglotSummary
import TriglotText

/// `triglot-bench tune`: a grid search over `auto`'s weights on both development sets, which is
/// how its defaults were chosen. Prints the best settings by the sum of the two sets' R1+R2,
/// each with its cross-language agreement on NTREX dev, then the trade-off between the two: the
/// best agreement among settings whose ROUGE is not below the defaults', and the best ROUGE
/// among settings that reach the agreement target.
struct AutoTuning: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tune",
        abstract: "Grid-search the auto method's weights on the development sets.",
        discussion: "Example: swift run -c release triglot-bench tune --top 10"
    )

    @OptionGroup var data: DataOptions

    @Option(help: "How many of the best settings to print.")
    var top: Int = 10

    @Option(help: "The agreement target on every language pair.")
    var agreementTarget: Double = 0.85

    /// A document analysed once, with its references.
    struct Prepared {
        let analysed: AnalyzedDocument
        let references: [String]
    }

    /// A ROUGE set: its name, language, summary length and documents.
    struct RougeSet {
        let name: String
        let language: Language
        let k: Int
        let documents: [Prepared]
    }

    /// One setting's figures.
    struct Result {
        let label: String
        let isDefault: Bool
        /// R1 and R2 F1 ×100 per ROUGE set, in set order.
        let rouge: [(Double, Double)]
        /// Mean Jaccard per language pair (empty without NTREX).
        let agreement: [Double]

        var rougeTotal: Double { rouge.reduce(0) { $0 + $1.0 + $1.1 } }
        var line: String {
            var text = label
            for (r1, r2) in rouge { text += String(format: "  %.2f/%.2f", r1, r2) }
            if !agreement.isEmpty { text += "  agree " + agreement.map { String(format: "%.3f", $0) }.joined(separator: "/") }
            return text
        }
    }

    func run() throws {
        var sets: [RougeSet] = []
        if let path = data.path("summ-vi-vietnews500/vietnews500.jsonl") {
            sets.append(RougeSet(name: "VietNews", language: .vietnamese, k: 2, documents: try prepare(SummaryEvaluation.vietNews(path), .vietnamese)))
        }
        if let path = data.path("summ-en-gum60/gum_all60_summaries.jsonl") {
            sets.append(RougeSet(name: "GUM", language: .english, k: 3, documents: try prepare(SummaryEvaluation.gum(path), .english)))
        }
        let ntrex = try data.path(AgreementEvaluation.dataPath).map { try AgreementEvaluation.analysedDocuments($0) } ?? []
        let defaults = AutoMethod()
        var methods: [AutoMethod] = []
        for centrality in [0.4, 0.8, 1.2] {
            for title in [0.5, 1.0, 1.5, 2.0] {
                for names in [0.0, 0.05] {
                    for position in [1.0, 1.5, 2.0] {
                        for decay in [0.1, 0.2, 0.35] {
                            for relevance in [0.7, 0.85] {
                                methods.append(AutoMethod(weights: ScoreParts(centrality: centrality, position: position, title: title, names: names),
                                                          positionDecay: decay, relevanceWeight: relevance))
                            }
                        }
                    }
                }
            }
        }
        // Settings are independent: one per core at a time.
        let slots = Mutex([Result?](repeating: nil, count: methods.count))
        let (grid, rougeSets) = (methods, sets)
        DispatchQueue.concurrentPerform(iterations: grid.count) { number in
            let method = grid[number]
            let label = String(format: "centrality=%.2f title=%.2f names=%.2f position=%.2f decay=%.2f relevance=%.2f",
                               method.weights.centrality, method.weights.title, method.weights.names,
                               method.weights.position, method.positionDecay, method.relevanceWeight)
            let rouge = rougeSets.map { set in
                let scores = evaluate(set, method)
                return (scores.rouge1.f1 * 100, scores.rouge2.f1 * 100)
            }
            let agreement = AgreementEvaluation.agreement(ntrex, method, sentences: 3)
            let result = Result(label: label, isDefault: method.weights == defaults.weights && method.positionDecay == defaults.positionDecay
                                    && method.relevanceWeight == defaults.relevanceWeight,
                                rouge: rouge, agreement: agreement)
            slots.withLock { $0[number] = result }
        }
        let results = slots.withLock { $0.compactMap { $0 } }
        print("R1/R2 ×100 on " + sets.map { "\($0.name) (k=\($0.k))" }.joined(separator: ", ")
              + (ntrex.isEmpty ? "" : "; agreement on NTREX dev (\(ntrex.count) documents, 3 sentences): en–zh/en–vi/zh–vi"))
        for result in results.sorted(by: { $0.rougeTotal > $1.rougeTotal }).prefix(top) { print(result.line) }
        guard !ntrex.isEmpty, let current = results.first(where: \.isDefault) else { return }
        print("\nThe defaults:\n" + current.line)
        // Not below the defaults on any set's R1 or R2 (at the two decimals printed).
        func notBelow(_ result: Result) -> Bool {
            zip(result.rouge, current.rouge).allSatisfy { ($0.0 * 100).rounded() >= ($1.0 * 100).rounded() && ($0.1 * 100).rounded() >= ($1.1 * 100).rounded() }
        }
        let guarded = results.filter(notBelow).sorted { ($0.agreement.min() ?? 0) > ($1.agreement.min() ?? 0) }
        print("\nBest agreement (lowest pair) among the \(guarded.count) settings whose ROUGE is not below the defaults':")
        for result in guarded.prefix(3) { print(result.line) }
        let agreeing = results.filter { ($0.agreement.min() ?? 0) >= agreementTarget }.sorted { $0.rougeTotal > $1.rougeTotal }
        print(String(format: "\nBest ROUGE among the %d settings with agreement ≥ %.2f on every pair:", agreeing.count, agreementTarget))
        for result in agreeing.prefix(3) { print(result.line) }
    }

    private func prepare(_ items: [SummaryEvaluation.Item], _ language: Language) throws -> [Prepared] {
        let terms = try SentenceTerms(language: language)
        return try items.map { item in
            let document = SummaryDocument(paragraphs: item.paragraphs, language: language, title: item.title)
            return Prepared(analysed: try AnalyzedDocument(document, terms: terms), references: item.references)
        }
    }

    private func evaluate(_ set: RougeSet, _ method: AutoMethod) -> RougeScores {
        let scorer = RougeScorer(language: set.language)
        return RougeScores.mean(set.documents.map { prepared in
            // The sets' lengths (2 and 3 sentences) are valid ones.
            let summary = try? Summarizer.summarize(prepared.analysed, method: method, length: .sentences(set.k))
            return scorer.score(candidate: (summary?.sentences ?? []).joined(separator: " "), references: prepared.references)
        })
    }
}

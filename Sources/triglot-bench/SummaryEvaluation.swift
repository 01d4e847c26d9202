import ArgumentParser
import Foundation
import TriglotEvaluation
import TriglotSummary
import TriglotText

/// `triglot-bench rouge`: ROUGE-1/2/L F1 of every summarization method on the development sets,
/// scored as ../shared/data/README.md says, with the margin of `auto` over the others and its
/// 95% paired-bootstrap interval.
struct SummaryEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "Score every summarization method with ROUGE on the shared development sets.",
        discussion: """
            VietNews (k = 2, against the abstract, title given) and GUM (k = 3, against each of the
            five human summaries, averaged). Systems choose among the data set's own sentences.

            Example: swift run -c release triglot-bench rouge
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Bootstrap resamples for the 95% intervals.")
    var resamples: Int = 1000

    /// One evaluation document: its sentences (as paragraphs), title and references.
    struct Item {
        let paragraphs: [[String]]
        let title: String?
        let references: [String]
    }

    func run() throws {
        var sets: [(name: String, language: Language, k: Int, items: [Item], peers: [(String, Double, Double)])] = []
        if let path = data.path("summ-vi-vietnews500/vietnews500.jsonl") {
            sets.append(("VietNews 500, k=2", .vietnamese, 2, Self.vietNews(path), Self.vietNewsPeers))
        }
        if let path = data.path("summ-en-gum60/gum_all60_summaries.jsonl") {
            sets.append(("GUM 60, k=3", .english, 3, Self.gum(path), Self.gumPeers))
        }
        for set in sets {
            print("\n\(set.name) (\(set.items.count) documents): ROUGE-1 / ROUGE-2 / ROUGE-L F1 ×100")
            let scorer = RougeScorer(language: set.language)
            var perDocument: [String: [RougeScores]] = [:]
            // The peers' lead took every sentence, headings included; so does this row.
            let leadAll = try set.items.map { item -> RougeScores in
                let document = SummaryDocument(paragraphs: item.paragraphs, language: set.language, title: item.title, findHeadline: false)
                let summary = try Summarizer().summarize(document, method: LeadMethod(), length: .sentences(set.k))
                return scorer.score(candidate: summary.sentences.joined(separator: " "), references: item.references)
            }
            perDocument["lead-all"] = leadAll
            let leadAllMean = RougeScores.mean(leadAll)
            print("  " + "lead-all".padding(toLength: 10, withPad: " ", startingAt: 0)
                  + String(format: " %6.2f %6.2f %6.2f  (lead over every sentence, headings included)",
                           leadAllMean.rouge1.f1 * 100, leadAllMean.rouge2.f1 * 100, leadAllMean.rougeL.f1 * 100))
            for method in MethodRegistry.all {
                let summarizer = Summarizer()
                let scores = try set.items.map { item -> RougeScores in
                    let document = SummaryDocument(paragraphs: item.paragraphs, language: set.language, title: item.title)
                    let summary = try summarizer.summarize(document, method: method, length: .sentences(set.k))
                    return scorer.score(candidate: summary.sentences.joined(separator: " "), references: item.references)
                }
                perDocument[method.name] = scores
                let mean = RougeScores.mean(scores)
                print("  " + method.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                      + String(format: " %6.2f %6.2f %6.2f", mean.rouge1.f1 * 100, mean.rouge2.f1 * 100, mean.rougeL.f1 * 100))
            }
            guard let auto = perDocument["auto"] else { continue }
            // Peers measured elsewhere (figures from the summarizer issue): a fixed number, so the
            // interval is auto's own bootstrap interval moved by it.
            for (peer, r1, r2) in set.peers {
                var line = "  auto − \(peer) (reported):"
                for (label, part, value) in [("R1", \RougeScores.rouge1, r1), ("R2", \RougeScores.rouge2, r2)] {
                    if let interval = PairedBootstrap(a: auto.map { $0[keyPath: part].f1 * 100 }, b: auto.map { _ in value },
                                                      resamples: resamples) {
                        line += String(format: " %@ %+.2f [%+.2f, %+.2f]", label, interval.meanDifference, interval.lower, interval.upper)
                    }
                }
                print(line)
            }
            for other in ["lead-all"] + MethodRegistry.names where other != "auto" {
                guard let scores = perDocument[other] else { continue }
                var line = "  auto − \(other):"
                for (label, part) in [("R1", \RougeScores.rouge1), ("R2", \RougeScores.rouge2)] {
                    if let interval = PairedBootstrap(a: auto.map { $0[keyPath: part].f1 * 100 },
                                                      b: scores.map { $0[keyPath: part].f1 * 100 }, resamples: resamples) {
                        line += String(format: " %@ %+.2f [%+.2f, %+.2f]", label, interval.meanDifference, interval.lower, interval.upper)
                    }
                }
                print(line)
            }
        }
    }

    /// The best peers' figures on the same sets (R1, R2 F1 ×100), as reported in the summarizer
    /// issue: sumy's Edmundson (title method) on VietNews; the `lexrank` package on GUM.
    static let vietNewsPeers = [("sumy Edmundson", 28.9, 16.2)]
    static let gumPeers = [("lexrank package", 27.3, 6.7), ("sumy LexRank", 26.7, 6.6)]

    /// VietNews: word-segmented text ("Đà_Nẵng", punctuation apart) made running text again.
    static func vietNews(_ path: String) -> [Item] {
        func plain(_ text: String) -> String {
            SentenceBoundaryEvaluation.detokenizeVietnamese(text.replacingOccurrences(of: "_", with: " "))
        }
        return FileSystem.jsonLines(path).map { line in
            Item(paragraphs: [(line["body_sentences"] as? [String] ?? []).map(plain)],
                 title: (line["title"] as? String).map(plain),
                 references: [plain(line["abstract"] as? String ?? "")])
        }
    }

    /// GUM: paragraphs of gold sentences; the five summaries without their "(humanN) " label.
    static func gum(_ path: String) -> [Item] {
        FileSystem.jsonLines(path).map { line in
            let summaries = (line["summaries"] as? [String] ?? []).map { summary -> String in
                guard summary.hasPrefix("("), let close = summary.firstIndex(of: ")") else { return summary }
                return String(summary[summary.index(after: close)...]).trimmingCharacters(in: .whitespaces)
            }
            return Item(paragraphs: line["paragraphs"] as? [[String]] ?? [], title: nil, references: summaries)
        }
    }
}

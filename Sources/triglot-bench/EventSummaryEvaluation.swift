import ArgumentParser
import Foundation
import TriglotEvaluation
import TriglotSummary
import TriglotText

/// `triglot-bench rouge-event`: multi-document summaries of KTLAB's Vietnamese clusters, scored
/// as ../shared/data/README.md says (the reports in document-id order, each a paragraph; the
/// summary cut at the reference's length in syllables; ROUGE against each reference, averaged),
/// for lead, sumy's Edmundson, Triglot's one-article summary of the concatenation and the
/// event summary, with the event summary's margin over each and its 95% paired-bootstrap interval.
struct EventSummaryEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge-event",
        abstract: "Score event (multi-document) summaries with ROUGE on KTLAB's clusters, against lead and sumy's Edmundson.",
        discussion: """
            Each cluster is summarized once per reference, at that reference's length in
            syllables (as --words does: whole sentences that fit), and the summary is cut there.
            Every system chooses among the same sentences (Triglot's segmentation of each report).
            sumy's Edmundson (title + location methods, the reports' titles as headings) runs
            through tools/edmundson_peer.py (pip install sumy).

            Example: swift build -c release --product triglot-bench && .build/release/triglot-bench rouge-event
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "The cluster folder inside the data folder.")
    var set: String = "summ-vi-ktlab-multidoc-dev"

    @Option(help: "Bootstrap resamples for the 95% intervals.")
    var resamples: Int = 1000

    @Option(help: "The Python interpreter for sumy.")
    var python: String = "python3"

    @Option(help: "The weight of confirmation by other reports (the event summarizer's default unless given).")
    var confirmation: Double?

    /// One cluster: its reports (title, body) in document-id order and its references.
    struct Cluster {
        let name: String
        let reports: [(title: String, body: String)]
        let references: [String]
    }

    func run() throws {
        guard let folder = data.path(set + "/clusters") else { return }
        let clusters = Self.clusters(folder)
        let scorer = RougeScorer(language: .vietnamese)
        print("KTLAB \(set) (\(clusters.count) clusters, \(clusters.map(\.reports.count).reduce(0, +)) reports): ROUGE-1 / ROUGE-2 / ROUGE-L F1 ×100")
        // The concatenation every one-document system reads, and each report alone for the event summary.
        let concatenated = try clusters.map { cluster in
            try Document(text: cluster.reports.map { $0.body }.joined(separator: "\n\n"), language: .vietnamese)
        }
        let budgets = clusters.map { $0.references.map { scorer.tokenizer.tokens($0).count } }
        var systems: [(name: String, note: String, summaries: [[String]])] = []
        systems.append(("lead", "the concatenation's first syllables", concatenated.indices.map { c in
            budgets[c].map { _ in concatenated[c].text } }))
        if let chosen = edmundson(concatenated, clusters: clusters, budgets: budgets) {
            systems.append(("edmundson", "sumy Edmundson, title + location", chosen))
        }
        let summarizer = Summarizer()
        systems.append(("triglot-1", "Triglot, one-article summary of the concatenation", try concatenated.indices.map { c in
            try budgets[c].map { try summarizer.summarize(concatenated[c], length: .words($0)).sentences.joined(separator: " ") }
        }))
        let event = EventSummarizer()
        if let confirmation { event.confirmationWeight = confirmation }
        let started = Date()
        systems.append(("event", "Triglot event summary (--event)", try clusters.indices.map { c in
            let reports = try clusters[c].reports.enumerated().map { number, report in
                EventReport(name: "\(number)", document: try Document(text: report.body, language: .vietnamese, title: report.title))
            }
            return try budgets[c].map { try event.summarize(reports, length: .words($0)).texts.joined(separator: " ") }
        }))
        FileSystem.note(String(format: "event summaries: %.2f s", Date().timeIntervalSince(started)))
        var perCluster: [String: [RougeScores]] = [:]
        for system in systems {
            let scores = clusters.indices.map { c in
                RougeScores.mean(zip(system.summaries[c], clusters[c].references).enumerated().map { r, pair in
                    scorer.score(candidate: Self.cut(pair.0, budgets[c][r], tokenizer: scorer.tokenizer), reference: pair.1)
                })
            }
            perCluster[system.name] = scores
            let mean = RougeScores.mean(scores)
            print("  " + system.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + String(format: " %6.2f %6.2f %6.2f  (%@)", mean.rouge1.f1 * 100, mean.rouge2.f1 * 100, mean.rougeL.f1 * 100, system.note))
        }
        guard let mine = perCluster["event"] else { return }
        for other in systems.map(\.name) where other != "event" {
            guard let theirs = perCluster[other] else { continue }
            var line = "  event − \(other):"
            for (label, part) in [("R1", \RougeScores.rouge1), ("R2", \RougeScores.rouge2), ("RL", \RougeScores.rougeL)] {
                if let interval = PairedBootstrap(a: mine.map { $0[keyPath: part].f1 * 100 },
                                                  b: theirs.map { $0[keyPath: part].f1 * 100 }, resamples: resamples) {
                    line += String(format: " %@ %+.2f [%+.2f, %+.2f]", label, interval.meanDifference, interval.lower, interval.upper)
                }
            }
            print(line)
        }
    }

    /// `text` cut after `budget` syllables (ROUGE tokens), at a white space.
    static func cut(_ text: String, _ budget: Int, tokenizer: RougeTokenizer) -> String {
        var kept: [Substring] = []
        var used = 0
        for chunk in text.split(whereSeparator: \.isWhitespace) {
            guard used < budget else { break }
            kept.append(chunk)
            used += tokenizer.tokens(String(chunk)).count
        }
        return kept.joined(separator: " ")
    }

    /// sumy's Edmundson on the sentences of each concatenation, once per reference length;
    /// nil (with a note) when it cannot run.
    func edmundson(_ documents: [Document], clusters: [Cluster], budgets: [[Int]]) -> [[String]]? {
        var lines: [String] = []
        var sentenceLists: [[String]] = []
        for (c, document) in documents.enumerated() {
            let body = document.sentences.filter { $0.role == .body }
            let paragraphs = Dictionary(grouping: body, by: \.paragraph).sorted { $0.key < $1.key }.map { $0.value.map(\.text) }
            sentenceLists.append(paragraphs.flatMap { $0 })
            for budget in budgets[c] {
                let object: [String: Any] = ["paragraphs": paragraphs, "headings": clusters[c].reports.map { $0.title }, "budget": budget]
                guard let json = try? JSONSerialization.data(withJSONObject: object) else { return nil }
                lines.append(String(decoding: json, as: UTF8.self))
            }
        }
        let stopWords = "Sources/TriglotSummary/Resources/stopwords/vi.txt"
        guard let output = PythonPeer(python: python, helper: "tools/edmundson_peer.py").run(arguments: [stopWords], input: lines) else {
            return nil
        }
        var next = 0
        return documents.indices.map { c in
            budgets[c].map { _ in
                defer { next += 1 }
                let picked = (try? JSONSerialization.jsonObject(with: Data(output[next].utf8)) as? [Int]) ?? []
                return picked.filter { $0 < sentenceLists[c].count }.map { sentenceLists[c][$0] }.joined(separator: " ")
            }
        }
    }

    /// The clusters of `folder`: each `cluster_N` folder's reports (`ID.body.txt`, title from
    /// `ID.info.txt`) by numeric id, and its two references (`cluster_N.ref1.tok.txt`, `.ref2.tok.txt`).
    static func clusters(_ folder: String) -> [Cluster] {
        func plain(_ text: String) -> String {
            SentenceBoundaryEvaluation.detokenizeVietnamese(
                text.replacingOccurrences(of: "_", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("cluster_") }
            .sorted { (Int($0.dropFirst(8)) ?? 0, $0) < (Int($1.dropFirst(8)) ?? 0, $1) }
        return names.map { name in
            let path = folder + "/" + name
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let ids = files.filter { $0.hasSuffix(".body.txt") }.map { String($0.dropLast(9)) }
                .sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
            let reports = ids.map { id -> (title: String, body: String) in
                let info = FileSystem.text("\(path)/\(id).info.txt")
                let title = info.split(separator: "\n").first { $0.hasPrefix("TITLE:") }.map { String($0.dropFirst(6)) } ?? ""
                return (plain(title), FileSystem.text("\(path)/\(id).body.txt").trimmingCharacters(in: .whitespacesAndNewlines))
            }
            let references = ["ref1", "ref2"].map { plain(FileSystem.text("\(path)/\(name).\($0).tok.txt")) }
            return Cluster(name: name, reports: reports, references: references)
        }
    }
}

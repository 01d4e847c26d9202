import ArgumentParser
import Foundation
import TriglotSummary
import TriglotText

/// `triglot-bench agreement`: whether the summaries of one article and of its translations
/// choose the same sentences, on NTREX dev (line i of every language translates line i of the
/// English), scored as ../shared/data/README.md says: each language's version summarized with
/// its headline as title and one paragraph per line, the mean Jaccard of the chosen line
/// numbers per language pair.
struct AgreementEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Cross-language agreement of summaries of one article in English, Chinese and Vietnamese.",
        discussion: """
            Every version is built the same way: the headline (line 0) as the title, each later line
            one paragraph. With --split lines (the default) each line is one sentence; with --split
            text the lines are running text (paragraphs separated by blank lines) that Triglot
            segments, and a chosen sentence counts as its line.

            Example: swift run -c release triglot-bench agreement
            """
    )

    /// How the lines become sentences.
    enum Split: String, ExpressibleByArgument, CaseIterable {
        case lines, text
    }

    @OptionGroup var data: DataOptions

    @Option(help: "Sentences per summary.")
    var sentences: Int = 3

    @Option(help: "How lines become sentences: lines (one sentence each) or text (segmented by Triglot).")
    var split: Split = .lines

    @Option(help: "The methods to score (comma-separated; default: auto and lead).")
    var methods: String = "auto,lead"

    @Flag(help: "Print each document's chosen lines per language.")
    var verbose = false

    /// The languages compared, in the order of their pairs.
    static let languages: [(key: String, language: Language)] = [("en", .english), ("zh", .chinese), ("vi", .vietnamese)]
    /// The pairs reported, as indices into ``languages``.
    static let pairs = [(0, 1), (0, 2), (1, 2)]

    func run() throws {
        guard let path = data.path("align-ntrex-dev/ntrex_docs.dev.jsonl") else { return }
        let documents = FileSystem.jsonLines(path)
        let chosenMethods = try methods.split(separator: ",").map { try MethodRegistry.method(named: String($0)) }
        print("NTREX dev (\(documents.count) documents), \(sentences) sentences, split: \(split.rawValue): mean Jaccard of the chosen lines")
        print("  " + "method".padding(toLength: 10, withPad: " ", startingAt: 0)
              + Self.pairs.map { "  \(Self.languages[$0.0].key)–\(Self.languages[$0.1].key)" }.joined())
        for method in chosenMethods {
            // One summarizer per language, reused across documents as the CLI does.
            let summarizers = Self.languages.map { _ in Summarizer() }
            var totals = [Double](repeating: 0, count: Self.pairs.count)
            var counted = 0
            for line in documents {
                let versions = Self.languages.map { line[$0.key] as? [String] ?? [] }
                // A document missing a version, or whose versions differ in length, is not line-parallel.
                guard let count = versions.first?.count, count > 1, versions.allSatisfy({ $0.count == count }) else { continue }
                var chosen: [Set<Int>] = []
                for (number, entry) in Self.languages.enumerated() {
                    chosen.append(try chosenLines(versions[number], entry.language, method, summarizers[number]))
                }
                for (number, pair) in Self.pairs.enumerated() {
                    totals[number] += Self.jaccard(chosen[pair.0], chosen[pair.1])
                }
                counted += 1
                if verbose {
                    let id = line["doc_id"] as? String ?? "?"
                    print("    \(id): " + zip(Self.languages, chosen).map { "\($0.key) \($1.sorted())" }.joined(separator: "  "))
                }
            }
            guard counted > 0 else { continue }
            print("  " + method.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + totals.map { String(format: "  %5.3f", $0 / Double(counted)) }.joined())
        }
    }

    /// The line numbers (1 = the first line after the headline) of the sentences chosen in the
    /// summary of `lines` (line 0 the headline).
    private func chosenLines(_ lines: [String], _ language: Language, _ method: any SummarizationMethod,
                             _ summarizer: Summarizer) throws -> Set<Int> {
        let title = lines[0]
        let body = Array(lines.dropFirst())
        let document: SummaryDocument
        switch split {
        case .lines:
            document = SummaryDocument(paragraphs: body.map { [$0] }, language: language, title: title, findHeadline: false)
        case .text:
            document = try SummaryDocument(text: body.joined(separator: "\n\n"), language: language, title: title)
        }
        let summary = try summarizer.summarize(document, method: method, length: .sentences(sentences))
        return Set(summary.selected.map { document.sentences[$0.index].paragraph + 1 })
    }

    /// |a ∩ b| / |a ∪ b|, 1 when both are empty.
    static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}

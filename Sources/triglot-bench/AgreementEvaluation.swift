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

    func validate() throws {
        guard sentences >= 1 else { throw ValidationError("--sentences must be at least 1 (got \(sentences)).") }
    }

    func run() throws {
        guard let path = data.path(Self.dataPath) else { return }
        let chosenMethods = try methods.split(separator: ",").map { try MethodRegistry.method(named: String($0)) }
        let documents = try Self.analysedDocuments(path, split: split)
        print("NTREX dev (\(documents.count) documents), \(sentences) sentences, split: \(split.rawValue): mean Jaccard of the chosen lines")
        print("  " + "method".padding(toLength: 10, withPad: " ", startingAt: 0)
              + Self.pairs.map { "  \(Self.languages[$0.0].key)–\(Self.languages[$0.1].key)" }.joined())
        for method in chosenMethods {
            let means = Self.agreement(documents, method, sentences: sentences) { id, chosen in
                guard verbose else { return }
                print("    \(id): " + zip(Self.languages, chosen).map { "\($0.key) \($1.sorted())" }.joined(separator: "  "))
            }
            print("  " + method.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + means.map { String(format: "  %5.3f", $0) }.joined())
        }
    }

    /// Where NTREX dev lies in the shared data folder.
    static let dataPath = "align-ntrex-dev/ntrex_docs.dev.jsonl"

    /// One document's versions, analysed, in ``languages`` order.
    struct Versions {
        let id: String
        let analysed: [AnalyzedDocument]
    }

    /// NTREX dev's line-parallel documents, each version built as the score says (line 0 the
    /// title, each later line a paragraph) and analysed once. A document missing a version, or
    /// whose versions differ in length, is left out.
    static func analysedDocuments(_ path: String, split: Split = .lines) throws -> [Versions] {
        // One analyser per language, reused across documents as the CLI does.
        let analysers = try languages.map { try SentenceTerms(language: $0.language) }
        return try FileSystem.jsonLines(path).compactMap { line in
            let versions = languages.map { line[$0.key] as? [String] ?? [] }
            guard let count = versions.first?.count, count > 1, versions.allSatisfy({ $0.count == count }) else { return nil }
            let analysed = try languages.indices.map { number in
                let lines = versions[number]
                let body = Array(lines.dropFirst())
                let language = languages[number].language
                let document: SummaryDocument
                switch split {
                case .lines:
                    document = SummaryDocument(paragraphs: body.map { [$0] }, language: language, title: lines[0], findHeadline: false)
                case .text:
                    document = try SummaryDocument(text: body.joined(separator: "\n\n"), language: language, title: lines[0])
                }
                return try AnalyzedDocument(document, terms: analysers[number])
            }
            return Versions(id: line["doc_id"] as? String ?? "?", analysed: analysed)
        }
    }

    /// The mean Jaccard per pair (``pairs`` order) of the lines `method` chooses in each
    /// version; `each` sees every document's chosen lines per language.
    static func agreement(_ documents: [Versions], _ method: any SummarizationMethod, sentences: Int,
                          each: (String, [Set<Int>]) -> Void = { _, _ in }) -> [Double] {
        var totals = [Double](repeating: 0, count: pairs.count)
        for versions in documents {
            let chosen = versions.analysed.map { chosenLines($0, method, sentences: sentences) }
            for (number, pair) in pairs.enumerated() { totals[number] += jaccard(chosen[pair.0], chosen[pair.1]) }
            each(versions.id, chosen)
        }
        return totals.map { documents.isEmpty ? 0 : $0 / Double(documents.count) }
    }

    /// The line numbers (1 = the first line after the headline) of the sentences chosen in
    /// the summary of `analysed`.
    static func chosenLines(_ analysed: AnalyzedDocument, _ method: any SummarizationMethod, sentences: Int) -> Set<Int> {
        // At least one sentence (``validate()``; `tune` asks for 3): always a valid length.
        let summary = try? Summarizer.summarize(analysed, method: method, length: .sentences(sentences))
        return Set((summary?.selected ?? []).map { analysed.document.sentences[$0.index].paragraph + 1 })
    }

    /// |a ∩ b| / |a ∪ b|, 1 when both are empty.
    static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}

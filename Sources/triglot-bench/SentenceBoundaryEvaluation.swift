import ArgumentParser
import Foundation
import TriglotText

/// `triglot-bench sbd`: golden-rule pass counts and boundary precision/recall/F1, raw ICU and
/// Triglot side by side, scored as ../shared/data/README.md says.
struct SentenceBoundaryEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sbd",
        abstract: "Score sentence segmentation against raw ICU on the shared data.",
        discussion: "Example: swift run -c release triglot-bench sbd --failures"
    )

    @OptionGroup var data: DataOptions

    @Flag(help: "List Triglot's failing golden rules and wrong boundaries.")
    var failures = false

    /// A segmenter under test: its name and how it splits text of a language.
    struct System {
        let name: String
        let split: (String, Language) -> [String]
    }

    func run() throws {
        let icu = RawICUIterator(locale: "en")
        let icuStandard = RawICUIterator(locale: "en@ss=standard")
        let segmenters = Dictionary(uniqueKeysWithValues: try Language.allCases.map { ($0, try SentenceSegmenter(language: $0)) })
        let systems = [
            System(name: "ICU") { text, _ in icu.sentences(text) },
            System(name: "ICU ss=standard") { text, _ in icuStandard.sentences(text) },
            System(name: "Triglot") { text, language in
                let sentences = (try? segmenters[language]!.sentences(in: text)) ?? []
                return sentences.map { String(text[$0.range]) }
            },
        ]
        // Golden rules compare sentences as they are shown (one line each: `triglot segment`'s
        // text output), where runs of white space are one space; document F1 ignores white space.
        let shown = systems.map { system in
            System(name: system.name) { text, language in system.split(text, language).map(\.collapsingWhitespace) }
        }
        print("system".padding(toLength: 34, withPad: " ", startingAt: 0)
              + systems.map { $0.name.padding(toLength: 24, withPad: " ", startingAt: 0) }.joined())
        goldenRules(shown, english: segmenters[.english]!)
        documents(systems)
    }

    // MARK: Golden rules

    private func goldenRules(_ systems: [System], english: SentenceSegmenter) {
        guard let path = data.path("sbd-golden-rules/sbd_golden_cases.jsonl") else { return }
        let cases = FileSystem.jsonLines(path)
        for (code, language) in [("en", Language.english), ("zh", Language.chinese)] {
            let selected = cases.filter { ($0["lang"] as? String) == code }
            var row: [String] = []
            for system in systems {
                var passed = 0
                for item in selected {
                    let text = item["text"] as? String ?? ""
                    let expected = (item["expected"] as? [String] ?? []).map(\.collapsingWhitespace)
                    let got = system.split(text, language)
                    if got == expected {
                        passed += 1
                    } else if failures && system.name == "Triglot" {
                        FileSystem.note("golden \(code) FAIL \(item["name"] ?? ""): \(text.debugDescription)\n  expected \(expected)\n  got      \(got)")
                    }
                }
                row.append("\(passed)/\(selected.count)")
            }
            printRow("golden rules \(code) (cases passed)", row)
        }
        cleanedGoldenRules(cases, segmenter: english)
    }

    /// Triglot with cleaning (`triglot segment --clean`, `--pdf`) where a case asks for it:
    /// pragmatic_segmenter's cases expect its cleaner (on unless `clean: false`) and its PDF
    /// mode (`doc_type: pdf`); pySBD's run without cleaning.
    private func cleanedGoldenRules(_ cases: [[String: Any]], segmenter: SentenceSegmenter) {
        let selected = cases.filter { ($0["lang"] as? String) == "en" }
        var passed = 0, cleaned = 0
        for item in selected {
            let text = item["text"] as? String ?? ""
            let expected = (item["expected"] as? [String] ?? []).map(\.collapsingWhitespace)
            let options = item["options"] as? [String: Any] ?? [:]
            let clean = (item["source"] as? String ?? "").hasPrefix("pragmatic") && options["clean"] as? String != "false"
            let pdf = options["doc_type"] as? String == "pdf"
            let got: [String]
            if clean || pdf {
                cleaned += 1
                got = ((try? segmenter.cleanSentences(in: text, pdf: pdf)) ?? []).map(\.text)
            } else {
                got = ((try? segmenter.sentences(in: text)) ?? []).map { text[$0.range].collapsingWhitespace }
            }
            if got == expected {
                passed += 1
            } else if failures {
                FileSystem.note("golden en (cleaning as asked) FAIL \(item["name"] ?? ""): \(text.debugDescription)\n  expected \(expected)\n  got      \(got)")
            }
        }
        printRow("golden en, --clean as case asks", ["", "", "\(passed)/\(selected.count) (\(cleaned) cleaned)"])
    }

    // MARK: Documents

    /// A document with its gold sentences.
    struct Document {
        let text: String
        let sentences: [String]
    }

    private func documents(_ systems: [System]) {
        var sets: [(String, Language, [Document])] = []
        if let path = data.path("summ-en-gum60/gum_docs_sentences.jsonl") {
            let documents = FileSystem.jsonLines(path).map { line -> Document in
                let paragraphs = line["paragraphs"] as? [[String]] ?? []
                return Document(text: paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n"),
                                sentences: paragraphs.flatMap { $0 })
            }
            sets.append(("GUM en (boundary P/R/F1)", .english, documents))
        }
        if let path = data.path("ud-zh-gsdsimp-dev/zh_gsdsimp-ud-dev.conllu") {
            sets.append(("UD zh GSDSimp dev (P/R/F1)", .chinese, Self.glued(Self.conlluTexts(path), separator: "")))
        }
        if let path = data.path("ud-vi-vtb-dev/vi_vtb-ud-dev.conllu") {
            let sentences = Self.conlluTexts(path).map(Self.detokenizeVietnamese)
            sets.append(("UD vi VTB dev (P/R/F1)", .vietnamese, Self.glued(sentences, separator: " ")))
        }
        for (name, language, documents) in sets {
            var row: [String] = []
            for system in systems {
                var score = BoundaryScore()
                for document in documents {
                    let predicted = system.split(document.text, language)
                    score.add(predicted: predicted, gold: document.sentences)
                    if failures && system.name == "Triglot" {
                        score.reportDifferences(predicted: predicted, gold: document.sentences, label: name)
                    }
                }
                row.append(String(format: "%.4f/%.4f/%.4f", score.precision, score.recall, score.f1))
            }
            printRow(name, row)
        }
    }

    /// Sentences glued into documents of 20.
    static func glued(_ sentences: [String], separator: String) -> [Document] {
        stride(from: 0, to: sentences.count, by: 20).map {
            let chunk = Array(sentences[$0..<min($0 + 20, sentences.count)])
            return Document(text: chunk.joined(separator: separator), sentences: chunk)
        }
    }

    /// The `# text =` lines of a CoNLL-U file.
    static func conlluTexts(_ path: String) -> [String] {
        FileSystem.text(path).split(separator: "\n").compactMap { line in
            line.hasPrefix("# text = ") ? String(line.dropFirst(9)) : nil
        }
    }

    /// VTB's tokenized text ("ông Lộc nói : bán …") back to running text.
    static func detokenizeVietnamese(_ text: String) -> String {
        var output = ""
        var openQuote = false
        let tokens = text.split(separator: " ")
        var attachNext = false
        for token in tokens {
            let attachToPrevious: Bool
            switch token {
            case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "…", "...", "”", "’": attachToPrevious = true
            case "\"":
                openQuote.toggle()
                attachToPrevious = !openQuote
            default: attachToPrevious = false
            }
            if !output.isEmpty && !attachToPrevious && !attachNext { output += " " }
            output += token
            attachNext = ["(", "[", "{", "“", "‘"].contains(token) || (token == "\"" && openQuote)
        }
        return output
    }

    private func printRow(_ name: String, _ values: [String]) {
        print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
              + values.map { $0.padding(toLength: 24, withPad: " ", startingAt: 0) }.joined())
    }
}

/// Precision and recall of sentence-end offsets counted in non-space characters.
struct BoundaryScore {
    var truePositives = 0
    var predictedCount = 0
    var goldCount = 0

    var precision: Double { predictedCount == 0 ? 0 : Double(truePositives) / Double(predictedCount) }
    var recall: Double { goldCount == 0 ? 0 : Double(truePositives) / Double(goldCount) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Sentence-end offsets with white space ignored.
    static func ends(_ sentences: [String]) -> Set<Int> {
        var position = 0
        var ends = Set<Int>()
        for sentence in sentences {
            position += sentence.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            ends.insert(position)
        }
        return ends
    }

    mutating func add(predicted: [String], gold: [String]) {
        let predictedEnds = Self.ends(predicted), goldEnds = Self.ends(gold)
        truePositives += predictedEnds.intersection(goldEnds).count
        predictedCount += predictedEnds.count
        goldCount += goldEnds.count
    }

    func reportDifferences(predicted: [String], gold: [String], label: String) {
        let predictedEnds = Self.ends(predicted), goldEnds = Self.ends(gold)
        var position = 0
        for sentence in predicted {
            position += sentence.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            if !goldEnds.contains(position) { FileSystem.note("\(label) extra end after: …\(sentence.suffix(60))") }
        }
        position = 0
        for sentence in gold {
            position += sentence.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            if !predictedEnds.contains(position) { FileSystem.note("\(label) missed end after: …\(sentence.suffix(60))") }
        }
    }
}

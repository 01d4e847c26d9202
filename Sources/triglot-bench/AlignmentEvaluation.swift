import TriglotEvaluation
import ArgumentParser
import Foundation
import TriglotAlign
import TriglotNames
import TriglotText

/// `triglot-bench align`: strict and lax precision, recall and F1 over beads, scored as
/// vecalign's score.py scores them, for Triglot's aligner, NLTK's Gale–Church and a 1-1
/// diagonal baseline, on the shared alignment sets; then the time to align 10,000 sentences.
struct AlignmentEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Score sentence alignment against baselines.",
        discussion: """
            Sets: Bleualign's de–fr test0–6 (hand-made gold; together and per file) and dev, Wikipedia
            zh–en dev (one document per article) and IWSLT tst2012 en–vi (documents of 50 lines);
            the last two also perturbed (seeded: each bead loses one side with probability 0.05,
            merges with the next on one side with probability 0.10). NLTK runs through
            tools/nltk_gale_church.py with character lengths and its default parameters; it is
            skipped with a note when python3 or nltk is missing.

            Example: swift run -c release triglot-bench align
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Seed of the perturbation.")
    var seed: UInt64 = 20260705

    @Option(help: "Sentences in the speed test.")
    var speedSentences: Int = 10_000

    @Flag(help: "Score Triglot only (no baselines), for tuning.")
    var triglotOnly = false

    @Option(help: "Cost lowered per unit of shared anchor weight (default: the aligner's).")
    var shared: Double?

    @Option(help: "Cost raised per unit of unmatched anchor weight (default: the aligner's).")
    var unmatched: Double?

    @Option(help: "Factor of a common word's shared anchor weight; 0 ignores the word list (default: the aligner's).")
    var words: Double?

    @Option(help: "Factor of a common word's anchor weight on one side of a bead only (default: the aligner's).")
    var wordsUnmatched: Double?

    @Option(help: "Factor of the common words' weights between Chinese and an alphabetic language (default: the aligner's).")
    var crossScriptWords: Double?

    @Option(help: "Variance of the length model (default: the aligner's).")
    var variance: Double?

    @Option(help: "Factor of the variance between Chinese and an alphabetic language (default: the aligner's).")
    var crossScriptVariance: Double?

    @Option(help: "Prior of 1-0 and 0-1 beads, as a probability (default: the aligner's).")
    var deletion: Double?

    @Option(help: "Prior of 2-1 and 1-2 beads, as a probability (default: the aligner's).")
    var merge: Double?

    @Option(help: "Prior of 2-2 beads, as a probability (default: the aligner's).")
    var twoTwo: Double?

    @Option(help: "Prior of 2-3, 3-2, 1-4 and 4-1 beads, as a probability (default: the aligner's).")
    var wide: Double?

    @Option(help: "Cost of a punctuation mark on one side of a bead only; 0 ignores punctuation (default: the aligner's).")
    var punctuation: Double?

    @Option(help: "Factor of the punctuation's weight between Chinese and an alphabetic language (default: the aligner's).")
    var crossScriptPunctuation: Double?

    /// A document pair with its gold beads.
    struct Document {
        var source: [String]
        var target: [String]
        var gold: [BeadScore.Link]
    }

    /// A set of document pairs in one language pair.
    struct TestSet {
        let name: String
        let sourceLanguage: Language?
        let targetLanguage: Language?
        let documents: [Document]
    }

    func run() throws {
        var sets: [TestSet] = []
        if let folder = data.path("align-defr-bleualign") {
            let files = (0...6).map { "test\($0)" }
            let documents = files.map { Self.bleualign(folder + "/" + $0) }
            sets.append(TestSet(name: "de–fr test0–6", sourceLanguage: nil, targetLanguage: nil, documents: documents))
            for (file, document) in zip(files, documents) {
                sets.append(TestSet(name: "  de–fr \(file)", sourceLanguage: nil, targetLanguage: nil, documents: [document]))
            }
            // Bleualign's development file, for tuning without looking at the test files.
            sets.append(TestSet(name: "de–fr dev", sourceLanguage: nil, targetLanguage: nil,
                                documents: [Self.bleualign(folder + "/dev")]))
        }
        if let path = data.path("align-zhen-wiki-dev/dev.zh-en") {
            let documents = Self.wikipedia(path)
            sets.append(TestSet(name: "zh–en wiki clean", sourceLanguage: .chinese, targetLanguage: .english, documents: documents))
            var random = SplitMix64(seed: seed)
            sets.append(TestSet(name: "zh–en wiki perturbed", sourceLanguage: .chinese, targetLanguage: .english,
                                documents: documents.map { Self.perturb($0, joiner: ["", " "], random: &random) }))
        }
        var speedLines: (en: [String], vi: [String])?
        if let folder = data.path("align-envi-iwslt-tst2012") {
            let en = Self.iwsltLines(folder + "/tst2012.en"), vi = Self.iwsltLines(folder + "/tst2012.vi")
            let documents = stride(from: 0, to: min(en.count, vi.count), by: 50).map { start -> Document in
                let end = min(start + 50, en.count, vi.count)
                return Document(source: Array(en[start..<end]), target: Array(vi[start..<end]),
                                gold: (0..<(end - start)).map { BeadScore.Link(source: [$0], target: [$0]) })
            }
            sets.append(TestSet(name: "en–vi iwslt clean", sourceLanguage: .english, targetLanguage: .vietnamese, documents: documents))
            var random = SplitMix64(seed: seed)
            sets.append(TestSet(name: "en–vi iwslt perturbed", sourceLanguage: .english, targetLanguage: .vietnamese,
                                documents: documents.map { Self.perturb($0, joiner: [" ", " "], random: &random) }))
            speedLines = (en, vi)
        }

        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        var weights = SentenceAligner.Weights()
        if let shared { weights.shared = shared }
        if let unmatched { weights.unmatched = unmatched }
        if let variance { weights.variance = variance }
        if let words { weights.words = words }
        if let wordsUnmatched { weights.wordsUnmatched = wordsUnmatched }
        if let crossScriptWords { weights.crossScriptWords = crossScriptWords }
        if let crossScriptVariance { weights.crossScriptVariance = crossScriptVariance }
        if let deletion { weights.deletion = -log(deletion) }
        if let merge { weights.merge = -log(merge) }
        if let twoTwo { weights.twoTwo = -log(twoTwo) }
        if let wide { weights.wide = -log(wide) }
        if let punctuation { weights.punctuation = punctuation }
        if let crossScriptPunctuation { weights.crossScriptPunctuation = crossScriptPunctuation }
        let aligner = try SentenceAligner(glossary: glossary, weights: weights)
        let nltk = NLTKGaleChurch()
        if let problem = nltk.unavailable { FileSystem.note("NLTK skipped: \(problem)") }

        print("Sentence alignment, beads scored as vecalign's score.py: strict P / R / F1, lax P / R / F1")
        print("set".padding(toLength: 24, withPad: " ", startingAt: 0) + " system     strict P     R    F1 |  lax P     R    F1")
        for set in sets {
            var systems: [(String, [[Bead]])] = []
            systems.append(("triglot", set.documents.map {
                aligner.align(source: $0.source, target: $0.target, sourceLanguage: set.sourceLanguage, targetLanguage: set.targetLanguage)
            }))
            if !triglotOnly, nltk.unavailable == nil, let found = nltk.align(set.documents.map { ($0.source, $0.target) }) {
                systems.append(("nltk-gc", found))
            }
            if !triglotOnly { systems.append(("diagonal", set.documents.map { Self.diagonal($0.source.count, $0.target.count) })) }
            for (name, found) in systems {
                let score = BeadScore(gold: set.documents.map(\.gold), test: found.map { $0.map(BeadScore.Link.init) })
                print(set.name.padding(toLength: 24, withPad: " ", startingAt: 0) + " " + name.padding(toLength: 9, withPad: " ", startingAt: 0)
                      + String(format: "  %6.3f %5.3f %5.3f | %6.3f %5.3f %5.3f",
                               score.strict.precision, score.strict.recall, score.strict.f1,
                               score.lax.precision, score.lax.recall, score.lax.f1))
            }
        }

        if let speedLines {
            let count = speedSentences
            let en = (0..<count).map { speedLines.en[$0 % speedLines.en.count] }
            let vi = (0..<count).map { speedLines.vi[$0 % speedLines.vi.count] }
            print("\nSpeed: one en–vi document pair of \(count) sentences a side (tst2012 repeated)")
            let start = Date()
            let beads = aligner.align(source: en, target: vi, sourceLanguage: .english, targetLanguage: .vietnamese)
            let seconds = Date().timeIntervalSince(start)
            print(String(format: "  triglot   %.3f s  (%d beads)", seconds, beads.count))
            if nltk.unavailable == nil && !triglotOnly {
                let small = 1_000
                let triglotStart = Date()
                _ = aligner.align(source: Array(en.prefix(small)), target: Array(vi.prefix(small)), sourceLanguage: .english, targetLanguage: .vietnamese)
                let triglotSmall = Date().timeIntervalSince(triglotStart)
                let nltkStart = Date()
                _ = nltk.align([(Array(en.prefix(small)), Array(vi.prefix(small)))])
                let nltkSmall = Date().timeIntervalSince(nltkStart)
                print(String(format: "  at %d sentences: triglot %.3f s, nltk-gc %.3f s (%.0f× triglot; it grows with n × m)",
                             small, triglotSmall, nltkSmall, nltkSmall / max(triglotSmall, 1e-9)))
            }
        }
    }

    /// Bleualign's files: one sentence per line, gold beads as `[i, j]:[k]`.
    static func bleualign(_ stem: String) -> Document {
        func lines(_ path: String) -> [String] {
            FileSystem.text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty()
        }
        let gold = lines(stem + ".defr").compactMap(parseLink)
        return Document(source: lines(stem + ".de"), target: lines(stem + ".fr"), gold: gold)
    }

    /// A bead in vecalign notation, or nil.
    static func parseBead(_ line: String) -> Bead? {
        guard let link = parseLink(line) else { return nil }
        return Bead(source: (link.source.first ?? 0)..<((link.source.last ?? -1) + 1),
                    target: (link.target.first ?? 0)..<((link.target.last ?? -1) + 1))
    }

    /// A bead in vecalign notation as index lists, or nil.
    static func parseLink(_ line: String) -> BeadScore.Link? {
        let sides = line.split(separator: ":", omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        func indices(_ side: Substring) -> [Int] {
            side.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        return BeadScore.Link(source: indices(sides[0]), target: indices(sides[1]))
    }

    /// Wikipedia rows grouped by article: each row a gold 1-1 bead of Chinese and English.
    static func wikipedia(_ path: String) -> [Document] {
        var documents: [Document] = []
        var current = ""
        for line in FileSystem.text(path).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 5 else { continue }
            if String(fields[0]) != current || documents.isEmpty {
                current = String(fields[0])
                documents.append(Document(source: [], target: [], gold: []))
            }
            let index = documents[documents.count - 1].source.count
            documents[documents.count - 1].source.append(String(fields[3]))
            documents[documents.count - 1].target.append(String(fields[4]))
            documents[documents.count - 1].gold.append(BeadScore.Link(source: [index], target: [index]))
        }
        return documents
    }

    /// IWSLT lines with Moses' escapes undone and the space before punctuation removed.
    static func iwsltLines(_ path: String) -> [String] {
        FileSystem.text(path).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var text = String(line)
            for (escaped, plain) in [("&quot;", "\""), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&#91;", "["), ("&#93;", "]"), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: escaped, with: plain)
            }
            for mark in [",", ".", "!", "?", ";", ":", "'s", "n't"] { text = text.replacingOccurrences(of: " " + mark, with: mark) }
            return text
        }.dropLastEmpty()
    }

    /// A 1-1 document made harder: each bead loses one side with probability 0.05, or merges
    /// with the next on one side (its two sentences there joined into one) with probability 0.10.
    static func perturb(_ document: Document, joiner: [String], random: inout SplitMix64) -> Document {
        var source: [String] = [], target: [String] = [], gold: [Bead] = []
        var index = 0
        let count = min(document.source.count, document.target.count)
        while index < count {
            let draw = random.nextDouble()
            let side = random.next() & 1
            let s = source.count, t = target.count
            if draw < 0.05 {
                if side == 0 { source.append(document.source[index]); gold.append(Bead(source: s..<(s + 1), target: t..<t)) }
                else { target.append(document.target[index]); gold.append(Bead(source: s..<s, target: t..<(t + 1))) }
                index += 1
            } else if draw < 0.15 && index + 1 < count {
                if side == 0 {
                    source.append(document.source[index] + joiner[0] + document.source[index + 1])
                    target += [document.target[index], document.target[index + 1]]
                    gold.append(Bead(source: s..<(s + 1), target: t..<(t + 2)))
                } else {
                    source += [document.source[index], document.source[index + 1]]
                    target.append(document.target[index] + joiner[1] + document.target[index + 1])
                    gold.append(Bead(source: s..<(s + 2), target: t..<(t + 1)))
                }
                index += 2
            } else {
                source.append(document.source[index]); target.append(document.target[index])
                gold.append(Bead(source: s..<(s + 1), target: t..<(t + 1)))
                index += 1
            }
        }
        return Document(source: source, target: target, gold: gold.map(BeadScore.Link.init))
    }

    /// The baseline: sentence i with sentence i, the longer side's rest left unpaired.
    static func diagonal(_ n: Int, _ m: Int) -> [Bead] {
        (0..<min(n, m)).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
            + (min(n, m)..<n).map { Bead(source: $0..<($0 + 1), target: m..<m) }
            + (min(n, m)..<m).map { Bead(source: n..<n, target: $0..<($0 + 1)) }
    }
}

extension Array where Element == String {
    /// Without the empty string a final line break leaves.
    func dropLastEmpty() -> [String] { last == "" ? Array(dropLast()) : self }
}


/// NLTK's Gale–Church through tools/nltk_gale_church.py, fed character lengths in a temp file.
struct NLTKGaleChurch {
    /// Why NLTK cannot run here, or nil.
    let unavailable: String?
    private let script = FileManager.default.currentDirectoryPath + "/tools/nltk_gale_church.py"

    init() {
        if !FileManager.default.fileExists(atPath: script) {
            unavailable = "\(script) is absent (run from the package root)"
        } else if Self.python(["-c", "import nltk.translate.gale_church"]) == nil {
            unavailable = "python3 with nltk is not installed (pip install nltk)"
        } else {
            unavailable = nil
        }
    }

    /// The beads of each document pair, or nil when NLTK failed.
    func align(_ documents: [(source: [String], target: [String])]) -> [[Bead]]? {
        let input = documents.map { document in
            document.source.map { String($0.count) }.joined(separator: " ") + "\n"
                + document.target.map { String($0.count) }.joined(separator: " ")
        }.joined(separator: "\n") + "\n"
        let path = NSTemporaryDirectory() + "triglot-nltk-\(ProcessInfo.processInfo.processIdentifier).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard (try? input.write(toFile: path, atomically: true, encoding: .utf8)) != nil,
              let output = Self.python([script, path]) else { return nil }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty()
        guard lines.count == documents.count else { return nil }
        return zip(lines, documents).map { line, document in
            // A document NLTK failed on counts as unaligned: every sentence alone.
            if line.hasPrefix("error") { return AlignmentEvaluation.diagonal(0, 0) + Self.unpaired(document.source.count, document.target.count) }
            return line.isEmpty ? [] : line.components(separatedBy: " | ").compactMap(AlignmentEvaluation.parseBead)
        }
    }

    private static func unpaired(_ n: Int, _ m: Int) -> [Bead] {
        (0..<n).map { Bead(source: $0..<($0 + 1), target: 0..<0) } + (0..<m).map { Bead(source: n..<n, target: $0..<($0 + 1)) }
    }

    /// Runs python3 with `arguments`; its standard output, or nil when it failed.
    private static func python(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}

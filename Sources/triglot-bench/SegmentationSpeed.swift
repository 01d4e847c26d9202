import ArgumentParser
import Foundation
import TriglotText

/// `triglot-bench speed`: sentence and word segmentation throughput (MB/s of UTF-8, Swift
/// results built) as a ratio to a raw ICU break-iterator loop over the same text, same run.
/// The text is real documents (news-article sized, as Triglot is used), repeated to the size asked.
struct SegmentationSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed",
        abstract: "Segmentation throughput against a raw ICU loop over the same text.",
        discussion: "Example: swift run -c release triglot-bench speed --megabytes 4"
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Megabytes of text per language (real sentences repeated to this size).")
    var megabytes: Double = 4

    @Option(help: "Only this language (en, zh or vi); all three by default.")
    var language: String?

    @Option(help: "Only this unit (sentence or word); both by default.")
    var unit: String?

    @Option(help: "Timed repetitions; the fastest is reported.")
    var repetitions: Int = 5

    func run() throws {
        print("language unit      ICU MB/s   Triglot MB/s  ratio")
        for language in Language.allCases where self.language == nil || self.language == language.code {
            let documents = corpus(language)
            let megabytesOfText = Double(documents.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
            let sentences = try SentenceSegmenter(language: language)
            let words = try WordSegmenter(language: language)
            let rawSentences = RawICUIterator(kind: 3, locale: "en")
            let rawWords = RawICUIterator(kind: 1, locale: "en")
            var copies = documents
            let rows: [(String, () -> Int, () -> Int)] = [
                ("sentence", { copies.indices.reduce(0) { $0 + copies[$1].withUTF8 { rawSentences.countBoundaries($0) } } },
                 { documents.reduce(0) { $0 + ((try? sentences.sentences(in: $1).count) ?? 0) } }),
                ("word", { copies.indices.reduce(0) { $0 + copies[$1].withUTF8 { rawWords.countBoundaries($0) } } },
                 { documents.reduce(0) { $0 + ((try? words.tokens(in: $1).count) ?? 0) } }),
            ]
            for (unit, raw, triglot) in rows where self.unit == nil || self.unit == unit {
                let rawTime = Stopwatch.fastest(repetitions: repetitions, raw), triglotTime = Stopwatch.fastest(repetitions: repetitions, triglot)
                let rawSpeed = megabytesOfText / rawTime, triglotSpeed = megabytesOfText / triglotTime
                print(language.code.padding(toLength: 9, withPad: " ", startingAt: 0)
                      + unit.padding(toLength: 9, withPad: " ", startingAt: 0)
                      + String(format: "%9.1f %13.1f %7.2f", rawSpeed, triglotSpeed, triglotSpeed / rawSpeed))
            }
        }
    }

    /// Real documents in `language` (UD's treebank for Vietnamese), repeated to the requested size.
    private func corpus(_ language: Language) -> [String] {
        BenchCorpus.repeated(BenchCorpus(data: data).documents(language, vietnamese: .vtb), megabytes: megabytes)
    }
}

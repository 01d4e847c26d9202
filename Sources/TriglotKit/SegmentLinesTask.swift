import TriglotFormats
import TriglotText

/// `segment --jsonl`: each line `{"id", "text", "language"?}` gives its `"sentences"` (or, by
/// word, its `"words"`): the texts, white space runs shown as one space, as `segment` prints
/// them one per line. Cleaning (`clean`, `pdf`) applies to sentences only.
public struct SegmentLinesTask: JSONLinesTask {
    /// What a text is split into.
    public enum Unit: Sendable { case sentence, word }

    let unit: Unit
    let language: Language?
    let clean: Bool
    let pdf: Bool

    /// Splits each text into `unit`s, in `language` unless the line names one (nil: detected);
    /// `clean` removes web, CAT-tool and PDF debris first (`pdf`: also joins wrapped lines).
    public init(unit: Unit, language: Language?, clean: Bool = false, pdf: Bool = false) {
        self.unit = unit
        self.language = language
        self.clean = clean
        self.pdf = pdf
    }

    /// One text and the language it is read in (nil: detected).
    public struct Text: Sendable {
        let text: String
        let language: Language?
    }

    /// A worker's segmenters, one per language asked for, made on first use (ICU iterators).
    public final class Worker {
        var sentences: [Language?: SentenceSegmenter] = [:]
        var words: [Language?: WordSegmenter] = [:]
    }

    public var ownKeys: Set<String> { ["text", "language", "sentences", "words"] }

    public func input(from record: JSONLinesRecord) throws(KitError) -> Text {
        Text(text: try record.string("text"), language: try record.language(default: language))
    }

    public func makeWorker() -> Worker { Worker() }

    public func result(for input: Text, worker: inout Worker) throws -> [(key: String, value: JSONOutput)] {
        [(unit == .sentence ? "sentences" : "words", .strings(try items(of: input, worker: worker)))]
    }

    /// The sentences or words of one text.
    private func items(of input: Text, worker: Worker) throws -> [String] {
        let segmenter = try worker.sentences[input.language] ?? SentenceSegmenter(language: input.language)
        worker.sentences[input.language] = segmenter
        if clean { return try segmenter.cleanSentences(in: input.text, pdf: pdf).map(\.text) }
        let sentences = try segmenter.sentences(in: input.text)
        guard unit == .word else { return sentences.map { input.text[$0.range].collapsingWhitespace } }
        let words = try worker.words[input.language] ?? WordSegmenter(language: input.language)
        worker.words[input.language] = words
        return try sentences.flatMap { sentence in
            let text = String(input.text[sentence.range])
            return try words.tokens(in: text).map { text[$0.range].collapsingWhitespace }
        }
    }
}

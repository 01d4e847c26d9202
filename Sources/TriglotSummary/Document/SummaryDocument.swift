import TriglotText

/// What a sentence is in its article, which decides whether it may be chosen.
public enum SentenceRole: String, Sendable, Codable {
    /// Running text: may be chosen.
    case body
    /// A headline line at the top: used as the title, never chosen.
    case title
    /// A photo caption or credit paragraph ("… (Xinhua/Zhang Dongqiang)"): never chosen.
    case caption
}

/// One sentence of a document to summarize.
public struct DocumentSentence: Sendable {
    /// Position among all the document's sentences, from 0.
    public let index: Int
    /// The sentence's text.
    public let text: String
    /// Where it is in the document's text, as UTF-8 byte offsets (nil for pre-split input).
    public let utf8Range: Range<Int>?
    /// Its language.
    public let language: Language
    /// Whether it can be chosen, and why not.
    public let role: SentenceRole
    /// The paragraph it belongs to, from 0.
    public let paragraph: Int
}

/// A document ready to summarize: its sentences, each with a role, and its title.
public struct SummaryDocument: Sendable {
    /// The full text (sentences joined by a space when built from a list).
    public let text: String
    /// The document's language.
    public let language: Language
    /// The title: given, or found as the headline line at the top.
    public let title: String?
    /// All sentences in order, titles and captions included.
    public let sentences: [DocumentSentence]

    /// Splits `text` into sentences and finds its headline and photo captions. A `title`
    /// given here wins over a headline found in the text (which is still never chosen).
    public init(text: String, language: Language? = nil, title: String? = nil,
                segmenter: SentenceSegmenter? = nil) throws(TriglotTextError) {
        let found: [Sentence]
        if let segmenter {
            found = try segmenter.sentences(in: text)
        } else {
            found = try SentenceSegmenter(language: language).sentences(in: text)
        }
        let documentLanguage = language ?? Language.detect(text) ?? .english
        let layout = ParagraphLayout(text)
        var sentences: [DocumentSentence] = []
        sentences.reserveCapacity(found.count)
        var headline: String?
        let sentencesInFirstParagraph = found.prefix { layout.paragraph(containing: $0.utf8Range.lowerBound) == 0 }.count
        // A headline is its own paragraph, or at least its own line: a first sentence that is the
        // whole first line, with more text below it, is tested as one too.
        let headlineLine = found.first.map { first in
            Self.endsItsLine(first.utf8Range.upperBound, in: text)
                && ParagraphLayout.looksLikeHeadline(String(text[first.range]), sentenceCount: 1)
        } ?? false
        // Only the first paragraphs can be a headline or a caption: test each once.
        var isCaption: [Int: Bool] = [:]
        for (index, sentence) in found.enumerated() {
            let paragraph = layout.paragraph(containing: sentence.utf8Range.lowerBound)
            let sentenceText = String(text[sentence.range])
            var role = SentenceRole.body
            if paragraph == 0 && index == 0 && found.count > 1
                && (layout.count > 1 && ParagraphLayout.looksLikeHeadline(layout.paragraph(0, of: text), sentenceCount: sentencesInFirstParagraph)
                    || headlineLine) {
                role = .title
                headline = sentenceText
            } else if ParagraphLayout.captionParagraphs.contains(paragraph) {
                if isCaption[paragraph] == nil {
                    isCaption[paragraph] = ParagraphLayout.looksLikeCaption(layout.paragraph(paragraph, of: text))
                }
                if isCaption[paragraph] == true { role = .caption }
            }
            sentences.append(DocumentSentence(index: index, text: sentenceText, utf8Range: sentence.utf8Range,
                                              language: sentence.language, role: role, paragraph: paragraph))
        }
        self.text = text
        self.language = documentLanguage
        self.title = title ?? headline
        self.sentences = sentences
    }

    /// Whether only spaces or tabs stand between UTF-8 offset `offset` and a line end (LF or CR).
    private static func endsItsLine(_ offset: Int, in text: String) -> Bool {
        for byte in text.utf8.dropFirst(offset) {
            if byte == 0x0A || byte == 0x0D { return true }
            if byte != 0x20 && byte != 0x09 { return false }
        }
        return false
    }

    /// A document from sentences already split (evaluation data), all of them body text.
    public init(sentences: [String], language: Language, title: String? = nil) {
        self.init(paragraphs: sentences.map { [$0] }, language: language, title: title, findHeadline: false)
    }

    /// A document from paragraphs of sentences already split. With `findHeadline`, a first
    /// paragraph that reads as a headline becomes the title (unless `title` is given) and
    /// captions are found, as for running text.
    public init(paragraphs: [[String]], language: Language, title: String? = nil, findHeadline: Bool = true) {
        var sentences: [DocumentSentence] = []
        var headline: String?
        for (number, paragraph) in paragraphs.enumerated() {
            let joined = paragraph.joined(separator: " ")
            var role = SentenceRole.body
            if findHeadline && number == 0 && paragraphs.count > 1
                && ParagraphLayout.looksLikeHeadline(joined, sentenceCount: paragraph.count) {
                role = .title
                headline = joined
            } else if findHeadline && ParagraphLayout.captionParagraphs.contains(number) && ParagraphLayout.looksLikeCaption(joined) {
                role = .caption
            }
            for sentence in paragraph {
                sentences.append(DocumentSentence(index: sentences.count, text: sentence, utf8Range: nil,
                                                  language: language, role: role, paragraph: number))
            }
        }
        self.text = paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
        self.language = language
        self.title = title ?? headline
        self.sentences = sentences
    }

    /// The sentences that may be chosen.
    public var eligible: [DocumentSentence] { sentences.filter { $0.role == .body } }
}

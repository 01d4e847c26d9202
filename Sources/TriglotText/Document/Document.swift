import Foundation

/// One input read once, shared by every workflow (summary, names, alignment, segmentation):
/// its text, its sentences with their ranges, languages, paragraphs and roles (headline,
/// caption, body), and its title.
public struct Document: Sendable {
    /// The full text (sentences joined by a space when built from a list).
    public let text: String
    /// The document's language (English for a Latin-script language Triglot does not read, and
    /// for text that shows none).
    public let language: Language
    /// How the language was chosen.
    public let policy: LanguagePolicy
    /// The language as a tag for output: the code given, the one detected, or "und" when the
    /// text shows none.
    public let languageTag: String
    /// Whether each sentence is a line of the input as given (pre-split text).
    public let preSplit: Bool
    /// The title: given, or found as the headline line at the top.
    public let title: String?
    /// All sentences in order, titles and captions included.
    public let sentences: [DocumentSentence]

    /// Splits `text` into sentences and finds its headline and photo captions. A `title`
    /// given here wins over a headline found in the text (which is still never chosen).
    public init(text: String, language: Language?, title: String? = nil,
                segmenter: SentenceSegmenter? = nil) throws(TriglotTextError) {
        try self.init(text: text, policy: LanguagePolicy(language), title: title, segmenter: segmenter)
    }

    /// Splits `text` into sentences by `policy` and finds its headline and photo captions. A
    /// `title` given here wins over a headline found in the text (which is still never chosen).
    /// A `segmenter` given must follow `policy` (one per thread, reused across documents).
    public init(text: String, policy: LanguagePolicy = .detect, title: String? = nil,
                segmenter: SentenceSegmenter? = nil) throws(TriglotTextError) {
        let found: [Sentence]
        if let segmenter {
            found = try segmenter.sentences(in: text)
        } else {
            found = try SentenceSegmenter(language: policy.forcedLanguage).sentences(in: text)
        }
        let detected = policy == .detect ? Language.detect(text) : nil
        let documentLanguage = policy.forcedLanguage ?? detected ?? .english
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
        self.policy = policy
        self.languageTag = Self.tag(policy, detected: detected)
        self.preSplit = false
        self.title = title ?? headline
        self.sentences = sentences
    }

    /// A document of pre-split text: each non-empty line, trimmed of spaces and tabs, is one
    /// body sentence (its own paragraph); under `.detect`, the language is detected from the
    /// whole text, then each line's from its own words when they are clear.
    public init(lines text: String, policy: LanguagePolicy = .detect) {
        let lines = TextLines.split(text).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let detected = policy == .detect ? Language.detect(text) : nil
        let documentLanguage = policy.forcedLanguage ?? detected ?? .english
        self.text = text
        self.language = documentLanguage
        self.policy = policy
        self.languageTag = Self.tag(policy, detected: detected)
        self.preSplit = true
        self.title = nil
        self.sentences = lines.enumerated().map { index, line in
            let language = policy == .detect ? Self.detect(line, fallback: documentLanguage) : documentLanguage
            return DocumentSentence(index: index, text: line, utf8Range: nil, language: language, role: .body, paragraph: index)
        }
    }

    /// The language of one line: its own when its words are clear, else `fallback`.
    private static func detect(_ line: String, fallback: Language) -> Language {
        var copy = line
        return copy.withUTF8 { LanguageEvidence(utf8: $0, in: 0..<$0.count).language(fallback: fallback) }
    }

    /// The output tag of a language chosen by `policy`.
    private static func tag(_ policy: LanguagePolicy, detected: Language?) -> String {
        switch policy {
        case .detect: return detected?.code ?? "und"
        case let .given(language): return language.code
        case let .otherLatin(code): return code
        }
    }

    /// The language an aligner reads the sentences in: nil for a Latin-script language Triglot
    /// does not read (its identical words and cognates are then anchors).
    public var alignmentLanguage: Language? {
        if case .otherLatin = policy { return nil }
        return language
    }

    /// Each sentence on one line: white space runs collapsed to one space in running text, a
    /// pre-split line as given.
    public var lineTexts: [String] {
        preSplit ? sentences.map(\.text) : sentences.map(\.text.collapsingWhitespace)
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
        self.policy = .given(language)
        self.languageTag = language.code
        self.preSplit = true
        self.title = title ?? headline
        self.sentences = sentences
    }

    /// The sentences that may be chosen.
    public var eligible: [DocumentSentence] { sentences.filter { $0.role == .body } }
}

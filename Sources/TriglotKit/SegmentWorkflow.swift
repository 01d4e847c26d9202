import TriglotText

/// A text split into sentences or words (`triglot segment`): the sentences of its ``Document``
/// (read by the language policy), each sentence's tokens, or the sentences of the text once
/// cleaned of web, CAT-tool and PDF debris.
public struct SegmentWorkflow {
    /// The unit to split into.
    public enum Unit: String, Sendable, CaseIterable {
        case sentence, word
    }

    /// A sentence or token, at its place in the text.
    public struct Item: Sendable {
        /// Its characters in the text.
        public var range: Range<String.Index>
        /// The same span as UTF-8 byte offsets.
        public var utf8Range: Range<Int>
        /// Its language (a token's is its sentence's).
        public var language: Language
        /// What a token is (nil for sentences).
        public var kind: TokenKind?
        /// What to show instead of the text's own characters (a cleaned sentence).
        public var shown: String?
    }

    /// How the language is chosen.
    public let policy: LanguagePolicy

    /// A workflow reading text by `policy`.
    public init(policy: LanguagePolicy = .detect) {
        self.policy = policy
    }

    /// The items of `text`: its sentences, or the tokens of each sentence (without white space).
    public func run(_ text: String, unit: Unit) throws(KitError) -> [Item] {
        do {
            let document = try Document(text: text, policy: policy)
            let utf8 = text.utf8
            func range(_ bytes: Range<Int>) -> Range<String.Index> {
                let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
                return lower..<utf8.index(lower, offsetBy: bytes.count)
            }
            let sentences = document.sentences.compactMap { sentence in
                sentence.utf8Range.map { (range: range($0), utf8Range: $0, language: sentence.language) }
            }
            switch unit {
            case .sentence:
                return sentences.map { Item(range: $0.range, utf8Range: $0.utf8Range, language: $0.language) }
            case .word:
                var items: [Item] = []
                let words = try WordSegmenter(language: policy.forcedLanguage)
                for sentence in sentences {
                    let base = sentence.utf8Range.lowerBound
                    for token in try words.tokens(in: String(text[sentence.range])) {
                        let bytes = (base + token.utf8Range.lowerBound)..<(base + token.utf8Range.upperBound)
                        items.append(Item(range: range(bytes), utf8Range: bytes, language: sentence.language, kind: token.kind))
                    }
                }
                return items
            }
        } catch {
            throw .text(error)
        }
    }

    /// The sentences of `text` once cleaned (`pdf`: lines wrapped inside paragraphs joined too),
    /// shown cleaned, at their place in `text`.
    public func cleanSentences(_ text: String, pdf: Bool) throws(KitError) -> [Item] {
        do {
            let utf8 = text.utf8
            return try SentenceSegmenter(language: policy.forcedLanguage).cleanSentences(in: text, pdf: pdf).map { sentence in
                let lower = utf8.index(text.startIndex, offsetBy: sentence.utf8Range.lowerBound)
                let upper = utf8.index(lower, offsetBy: sentence.utf8Range.count)
                return Item(range: lower..<upper, utf8Range: sentence.utf8Range, language: sentence.language, shown: sentence.text)
            }
        } catch {
            throw .text(error)
        }
    }
}

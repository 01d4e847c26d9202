import TriglotAlign
import TriglotNames
import TriglotText

/// A report aligned with its translation (`triglot align`): both texts read into sentences (by
/// each language's rules, or one per line), aligned in beads, and, when asked, the names paired
/// inside the beads.
public struct AlignWorkflow {
    /// The alignment and what it was made from.
    public struct Alignment: Sendable {
        /// The source text's sentences, white space collapsed.
        public let source: [String]
        /// The target text's sentences.
        public let target: [String]
        /// The beads, in order.
        public let beads: [Bead]
        /// The name pairs (known first), when asked for.
        public let pairs: [NamePair]
    }

    private let glossary: Glossary

    /// A workflow aligning with `glossary`'s names as anchors and known pairs.
    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    /// The alignment of `sourceText` with `targetText`, in `languages` (nil: a Latin-script
    /// language Triglot does not read, split by English rules); `lines`: one sentence per
    /// non-empty line; `names`: pair the names (between en, zh and vi).
    public func run(sourceText: String, targetText: String, languages: (source: Language?, target: Language?),
                    lines: Bool = false, names: Bool = false) throws(KitError) -> Alignment {
        do {
            let source = try sentences(sourceText, languages.source, lines: lines)
            let target = try sentences(targetText, languages.target, lines: lines)
            let beads = try SentenceAligner(glossary: glossary)
                .align(source: source, target: target, sourceLanguage: languages.source, targetLanguage: languages.target)
            var pairs: [NamePair] = []
            if names, let sourceLanguage = languages.source, let targetLanguage = languages.target {
                pairs = try NameAligner(glossary: glossary).pairs(beads: beads, source: source, target: target,
                                                                 sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            }
            return Alignment(source: source, target: target, beads: beads, pairs: pairs)
        } catch {
            throw .text(error)
        }
    }

    /// The sentences of a text, one per line with `lines`, white space collapsed.
    private func sentences(_ text: String, _ language: Language?, lines: Bool) throws(TriglotTextError) -> [String] {
        if lines {
            return TextLines.split(text).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        // German and French sentences split by English rules: close enough for alignment.
        return try SentenceSegmenter(language: language ?? .english).sentences(in: text).map { text[$0.range].collapsingWhitespace }
    }
}

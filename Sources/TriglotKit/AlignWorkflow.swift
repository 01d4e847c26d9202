import TriglotAlign
import TriglotNames
import TriglotText

/// A report aligned with its translation (`triglot align`): both texts read once into
/// documents (by each language's rules, or one sentence per line) under one language policy,
/// aligned in beads, and, when asked, the names paired inside the beads.
public struct AlignWorkflow {
    /// The alignment and what it was made from.
    public struct Alignment: Sendable {
        /// The source document.
        public let sourceDocument: Document
        /// The target document.
        public let targetDocument: Document
        /// The source text's sentences, each on one line.
        public let source: [String]
        /// The target text's sentences, each on one line.
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

    /// The documents of `sourceText` and `targetText` read by `policies`; `lines`: one sentence
    /// per non-empty line.
    public static func documents(sourceText: String, targetText: String,
                                 policies: (source: LanguagePolicy, target: LanguagePolicy),
                                 lines: Bool = false) throws(KitError) -> (source: Document, target: Document) {
        if lines {
            return (Document(lines: sourceText, policy: policies.source), Document(lines: targetText, policy: policies.target))
        }
        do {
            return (try Document(text: sourceText, policy: policies.source), try Document(text: targetText, policy: policies.target))
        } catch {
            throw .text(error)
        }
    }

    /// The alignment of `sourceText` with `targetText`, read by `policies`; `lines`: one
    /// sentence per non-empty line; `names`: pair the names (between en, zh and vi).
    public func run(sourceText: String, targetText: String,
                    policies: (source: LanguagePolicy, target: LanguagePolicy) = (.detect, .detect),
                    lines: Bool = false, names: Bool = false) throws(KitError) -> Alignment {
        let documents = try Self.documents(sourceText: sourceText, targetText: targetText, policies: policies, lines: lines)
        return try run(source: documents.source, target: documents.target, names: names)
    }

    /// The alignment of two documents; `names`: pair the names (between en, zh and vi).
    public func run(source: Document, target: Document, names: Bool = false) throws(KitError) -> Alignment {
        do {
            let beads = try SentenceAligner(glossary: glossary).align(source: source, target: target)
            let pairs = names ? try NameAligner(glossary: glossary).pairs(beads: beads, source: source, target: target) : []
            return Alignment(sourceDocument: source, targetDocument: target, source: source.lineTexts,
                             target: target.lineTexts, beads: beads, pairs: pairs)
        } catch {
            throw .text(error)
        }
    }
}

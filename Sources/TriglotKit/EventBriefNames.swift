import TriglotNames
import TriglotSummary
import TriglotText

/// The glossary names in an event summary, each with its forms in the other two languages
/// (`summarize --event --names`): an analyst reading the brief in one language meets the
/// names the other agencies' reports use.
public struct EventBriefNames: Sendable {
    /// One name in one chosen sentence.
    public struct Name: Sendable {
        /// The chosen sentence's position in the summary.
        public let sentence: Int
        /// The name as written.
        public let text: String
        /// Where it starts in the sentence's text, in Unicode scalars.
        public let start: Int
        /// Where it ends in the sentence's text, in Unicode scalars.
        public let end: Int
        /// The glossary concept.
        public let concept: Concept
        /// Its forms in the other two languages, where the glossary knows them.
        public let forms: [(language: Language, form: String)]
    }

    /// Every name found, by sentence, then position.
    public let names: [Name]

    /// The names `glossary` knows in `summary`'s sentences.
    public init(_ summary: EventSummary, glossary: Glossary) {
        var names: [Name] = []
        let exactKeys = ExactKeyCache()  // the brief's sentences name the same people
        for (number, sentence) in summary.sentences.enumerated() {
            let utf8 = Array(sentence.text.utf8)
            var cursor = ScalarOffsetCursor(sentence.text)
            for match in glossary.matcher.matches(in: sentence.text, exactKeys: exactKeys) {
                let concept = glossary.concepts[match.value]
                let written = String(decoding: utf8[match.utf8Range], as: UTF8.self)
                guard MatchEvidence.isPlausible(written, names: concept) else { continue }
                let forms = Language.allCases.filter { $0 != summary.language }.compactMap { language in
                    concept.form(in: language).map { (language: language, form: $0) }
                }
                names.append(Name(sentence: number, text: written, start: cursor.scalarOffset(ofUTF8: match.utf8Range.lowerBound),
                                  end: cursor.scalarOffset(ofUTF8: match.utf8Range.upperBound), concept: concept, forms: forms))
            }
        }
        self.names = names
    }

    /// The chosen sentences with the first mention of each name followed by its other forms,
    /// "Wang Yi (王毅, Vương Nghị)": later mentions stay as written, as an editor glosses a
    /// name once.
    public func glossed(_ summary: EventSummary) -> [String] {
        var glossedConcepts = Set<String>()
        return summary.sentences.enumerated().map { number, sentence in
            var scalars = Array(sentence.text.unicodeScalars)
            // From the end, so earlier offsets stay valid; the first mention is decided in text order.
            let here = names.filter { $0.sentence == number && !$0.forms.isEmpty }
            let first = here.filter { glossedConcepts.insert($0.concept.id).inserted }
            for name in first.reversed() {
                // A form the other languages share (Myanmar, Bagan) is shown once, and not at all
                // when it is the name as written.
                var shown: [String] = []
                for form in name.forms.map(\.form) where !shown.contains(form) && form != name.text { shown.append(form) }
                guard !shown.isEmpty else { continue }
                let gloss = " (" + shown.joined(separator: ", ") + ")"
                scalars.insert(contentsOf: gloss.unicodeScalars, at: name.end)
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            return String(text)
        }
    }
}

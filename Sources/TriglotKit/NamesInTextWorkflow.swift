import TriglotNames
import TriglotText

/// The names in a text (`triglot names --in`): every glossary name found, with its occurrences,
/// then the likely names the glossary lacks, with forms from the dictionaries and rules. A place
/// name inside a person's name (外长王红河) is the person.
public struct NamesInTextWorkflow {
    /// A name and where it occurs, in Unicode scalars of the text.
    public struct Found: Sendable {
        /// The glossary concept, for known names.
        public var concept: Concept?
        /// The text as matched, white space runs shown as one space.
        public var text: String
        /// The language the name is written in.
        public var language: Language
        /// Start and end of each occurrence, in Unicode scalars.
        public var occurrences: [(start: Int, end: Int)]
        /// Forms in the other languages, for unknown names.
        public var candidates: [(language: Language, form: NameForm)] = []
    }

    /// What a text holds.
    public struct Report: Sendable {
        /// Glossary names, in order of first occurrence.
        public let known: [Found]
        /// Names the glossary lacks, in order of first occurrence.
        public let unknown: [Found]
    }

    private let resolver: NameResolver

    /// A workflow over `resolver`'s glossary, dictionaries and rules.
    public init(resolver: NameResolver) {
        self.resolver = resolver
    }

    /// The names of a document read for other workflows too (names are found in its whole text).
    public func run(_ document: Document, targets: [Language]) throws(KitError) -> Report {
        try run(document.text, targets: targets)
    }

    /// The names of `text`, with forms for unknown names in the `targets` languages.
    public func run(_ text: String, targets: [Language]) throws(KitError) -> Report {
        let utf8 = Array(text.utf8)
        var persons: [SpottedName] = []
        let matches = resolver.glossary.matcher.matches(in: text).filter { match in
            let concept = resolver.glossary.concepts[match.value]
            guard MatchEvidence.isPlausible(String(decoding: utf8[match.utf8Range], as: UTF8.self), names: concept) else { return false }
            // A place name inside a person's name (外长王红河): the person, not the place.
            if let person = PersonalNameContext.personalName(around: match.utf8Range, in: text, concept: concept) {
                let written = String(decoding: utf8[person], as: UTF8.self)
                persons.append(SpottedName(text: written, language: NameResolver.language(of: written), utf8Range: person))
                return false
            }
            return true
        }
        var spotted: [SpottedName]
        do {
            spotted = try UnknownNameSpotter().names(in: text, excluding: matches.map(\.utf8Range) + persons.map(\.utf8Range))
        } catch {
            throw .text(error)
        }
        spotted = (spotted + persons).sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        // Scalar offsets through one cursor walking forwards.
        var offsets = Set<Int>()
        for range in matches.map(\.utf8Range) + spotted.map(\.utf8Range) {
            offsets.insert(range.lowerBound)
            offsets.insert(range.upperBound)
        }
        var cursor = ScalarOffsetCursor(text)
        var scalars: [Int: Int] = [:]
        for offset in offsets.sorted() { scalars[offset] = cursor.scalarOffset(ofUTF8: offset) }

        func shown(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self).collapsingWhitespace }

        var known: [Found] = []
        var knownIndex: [String: Int] = [:]
        for match in matches {
            let concept = resolver.glossary.concepts[match.value]
            let matched = shown(match.utf8Range)
            let key = concept.id + "\t" + matched
            let occurrence = (scalars[match.utf8Range.lowerBound]!, scalars[match.utf8Range.upperBound]!)
            if let index = knownIndex[key] {
                known[index].occurrences.append(occurrence)
            } else {
                knownIndex[key] = known.count
                known.append(Found(concept: concept, text: matched, language: NameResolver.language(of: matched),
                                   occurrences: [occurrence]))
            }
        }
        var unknown: [Found] = []
        var unknownIndex: [String: Int] = [:]
        for name in spotted {
            let written = shown(name.utf8Range)
            let occurrence = (scalars[name.utf8Range.lowerBound]!, scalars[name.utf8Range.upperBound]!)
            if let index = unknownIndex[written] {
                unknown[index].occurrences.append(occurrence)
                continue
            }
            let lookup = resolver.lookup(written, from: name.language)
            var candidates: [(Language, NameForm)] = []
            for language in targets where language != name.language {
                for form in lookup.forms[language] ?? [] where form.source != "query" { candidates.append((language, form)) }
            }
            unknownIndex[written] = unknown.count
            unknown.append(Found(concept: nil, text: written, language: name.language, occurrences: [occurrence],
                                 candidates: candidates))
        }
        return Report(known: known, unknown: unknown)
    }
}

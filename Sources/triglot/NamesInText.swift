import TriglotNames
import TriglotText

/// `triglot names --in`: the glossary's names in a text, and likely names it lacks.
struct NamesInText {
    /// A name and where it occurs, in Unicode scalars of the text.
    struct Found {
        /// The glossary concept, for known names.
        var concept: Concept?
        /// The text as matched, white space runs shown as one space.
        var text: String
        /// The unknown name's language.
        var language: Language
        /// Start and end of each occurrence, in Unicode scalars.
        var occurrences: [(start: Int, end: Int)]
        /// Forms by rule, for unknown names.
        var candidates: [(language: Language, form: NameForm)] = []
    }

    /// Glossary names, in order of first occurrence.
    let known: [Found]
    /// Names the glossary lacks, in order of first occurrence.
    let unknown: [Found]

    /// Finds the names of `text`; forms for unknown names in the `targets` languages.
    static func find(in text: String, resolver: NameResolver, folder: NameFolder, targets: [Language]) throws -> NamesInText {
        let utf8 = Array(text.utf8)
        var persons: [SpottedName] = []
        let matches = NameMatcher(glossary: resolver.glossary).matches(in: text).filter { match in
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
            throw CLIError.text(error)
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
        return NamesInText(known: known, unknown: unknown)
    }

    /// A section per kind of name, a line per name and its occurrences, candidates indented.
    func text() -> String {
        func spans(_ found: Found) -> String { found.occurrences.map { "\($0.start)-\($0.end)" }.joined(separator: " ") }
        var text = "known names (\(known.count)):\n"
        for found in known {
            let concept = found.concept!
            text += "  \(found.text)  \(concept.id) (\(concept.kind.rawValue))  x\(found.occurrences.count)  at \(spans(found))\n"
        }
        text += "not in the glossary (\(unknown.count)):\n"
        for found in unknown {
            text += "  \(found.text)  (\(found.language.code))  x\(found.occurrences.count)  at \(spans(found))\n"
            for (language, form) in found.candidates {
                text += "    \(language.code)  \(form.text)  " + String(format: "[rule %@, confidence %.2f]", form.source, form.confidence) + "\n"
            }
        }
        return text
    }

    /// One JSON object: {"file", "known": [...], "unknown": [...]}.
    func json(file: String) -> String {
        func occurrences(_ found: Found) -> String {
            "[" + found.occurrences.map { "{\"start\": \($0.start), \"end\": \($0.end)}" }.joined(separator: ", ") + "]"
        }
        let knownList = known.map { found in
            "{\"concept\": \(JSONText.quoted(found.concept!.id)), \"kind\": \"\(found.concept!.kind.rawValue)\", "
                + "\"text\": \(JSONText.quoted(found.text)), \"count\": \(found.occurrences.count), \"occurrences\": \(occurrences(found))}"
        }
        let unknownList = unknown.map { found in
            let candidates = found.candidates.map { language, form in
                "{\"language\": \"\(language.code)\", \"text\": \(JSONText.quoted(form.text)), \"source\": \(JSONText.quoted(form.source)), "
                    + "\"confidence\": \(String(format: "%.2f", form.confidence))}"
            }
            return "{\"text\": \(JSONText.quoted(found.text)), \"language\": \"\(found.language.code)\", "
                + "\"count\": \(found.occurrences.count), \"occurrences\": \(occurrences(found)), "
                + "\"candidates\": [" + candidates.joined(separator: ", ") + "]}"
        }
        return "{\"file\": \(JSONText.quoted(file)), \"known\": [" + knownList.joined(separator: ", ")
            + "], \"unknown\": [" + unknownList.joined(separator: ", ") + "]}"
    }
}

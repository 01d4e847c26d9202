import ArgumentParser
import Foundation
import TriglotNames
import TriglotText

extension Triglot {
    /// `triglot names`: a name's forms in English, Chinese and Vietnamese.
    struct Names: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look up how a name is written in English, Chinese and Vietnamese.",
            discussion: """
                The glossary answers first (source: glossary and the concept's id); names it does
                not have get forms from transliteration rules, marked with the rule and a
                confidence: Chinese → pinyin and Hán-Việt, Vietnamese → unaccented English and
                Chinese candidates (guesses, never fact); English names that read as pinyin →
                Chinese candidates and their Hán-Việt reading, and English names that read as
                unaccented Vietnamese → accented Vietnamese and Chinese candidates (guesses too). Matching ignores case,
                diacritics, tone-mark placement, hyphens and simplified/traditional differences.
                Text longer than a name (over 16 syllables or 64 letters) gets no rule forms.

                With no NAME, names are read one per line from standard input and answered one
                line each, in order, each answer written as soon as its line is read: with a
                single --to language and text format, just the best form (an empty line when
                there is none); with --format json, one JSON object. Lines end at LF, CRLF or CR;
                a line of more than 1 MB or not in UTF-8 is an error (exit 65).

                With --in FILE ('-': standard input), the names in a text instead: every glossary
                name found (concept, kind, the text matched, its count and each occurrence's
                start and end in Unicode scalars), then likely names the glossary lacks
                (capitalised words; Chinese characters after a surname) with forms by rule.

                Examples:
                  triglot names "Wang Yi"
                  triglot names 裴青山 "Hợp tác Mekong - Lan Thương"
                  triglot names 张东强 --format json
                  cut -f1 names.txt | triglot names --to vi
                  triglot names --in examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt --format json
                """
        )

        /// How results are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "Names to look up; none: read one per line from standard input.")
        var names: [String] = []

        @Option(help: "The names' language: auto detects it from their letters.")
        var from: LanguageChoice = .auto

        @Option(help: ArgumentHelp("The languages to show, comma-separated (en,zh,vi).", valueName: "languages"))
        var to: String = "en,zh,vi"

        @Option(help: "Print text or json (one object per name).")
        var format: Format = .text

        @Option(name: .customLong("in"), help: ArgumentHelp(
            "Find the names in this text file ('-': standard input) instead of looking NAMEs up.", valueName: "file"))
        var textPath: String?

        @OptionGroup var glossaries: GlossaryOptions

        func validate() throws {
            _ = try targets()
            if textPath != nil && !names.isEmpty {
                throw ValidationError("give either NAMEs to look up or --in FILE to search, not both")
            }
        }

        /// The languages asked for, in order.
        func targets() throws -> [Language] {
            let codes = to.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let languages = codes.compactMap { Language(rawValue: $0) }
            guard !codes.isEmpty, languages.count == codes.count else {
                throw ValidationError("--to takes languages among en, zh, vi separated by commas (got '\(to)')")
            }
            return languages
        }

        func run() throws {
            let folder: NameFolder
            let resolver: NameResolver
            do {
                folder = try NameFolder()
                resolver = NameResolver(glossary: try glossaries.load(folder: folder), folder: folder)
            } catch let error as TriglotTextError {
                throw CLIError.text(error)
            }
            let targets = try self.targets()
            var output = Output()
            if let textPath {
                let source = InputSource(path: textPath)
                let report = try NamesInText.find(in: try source.read(), resolver: resolver, folder: folder, targets: targets)
                output.write(format == .json ? report.json(file: source.displayName) + "\n" : report.text())
            } else if names.isEmpty {
                // One answer per input line, in order, each written as soon as its line is read:
                // a pipeline or a co-process waiting for it gets it before sending the next.
                var lines = InputLines()
                while let line = try lines.next() {
                    let name = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    if name.isEmpty {
                        output.write(format == .json ? "{}\n" : "\n")
                    } else {
                        let found = resolver.lookup(name, from: from.language)
                        switch format {
                        case .json: output.write(NamesPrinter.json(found, targets: targets) + "\n")
                        case .text where targets.count == 1: output.write((found.best(in: targets[0])?.text ?? "") + "\n")
                        case .text: output.write(NamesPrinter.oneLine(found, targets: targets) + "\n")
                        }
                    }
                    output.flush()
                }
            } else {
                for name in names {
                    let found = resolver.lookup(name, from: from.language)
                    switch format {
                    case .json: output.write(NamesPrinter.json(found, targets: targets) + "\n")
                    case .text: output.write(NamesPrinter.text(found, targets: targets))
                    }
                }
            }
            output.flush()
        }
    }
}

/// Writes name lookups.
enum NamesPrinter {
    /// A block per name: a heading, then one line per language and form.
    static func text(_ found: NameLookup, targets: [Language]) -> String {
        var text = found.query
        if let concept = found.concept {
            text += "  (\(concept.kind.rawValue), glossary \(concept.id))\n"
        } else {
            text += "  (not in the glossary; \(found.language.code) name, forms by rule)\n"
        }
        for language in targets {
            for form in found.forms[language] ?? [] where form.source != "query" {
                let source = form.source == "glossary" ? "glossary" : String(format: "rule %@, confidence %.2f", form.source, form.confidence)
                text += "  \(language.code)  \(form.text)  [\(source)]\n"
            }
        }
        if let note = found.concept?.note { text += "  note: \(note)\n" }
        return text
    }

    /// The best form in each language on one line, tab-separated.
    static func oneLine(_ found: NameLookup, targets: [Language]) -> String {
        targets.map { found.best(in: $0)?.text ?? "" }.joined(separator: "\t")
    }

    /// One JSON object: the query, its language, the concept, the best form and every candidate.
    static func json(_ found: NameLookup, targets: [Language]) -> String {
        var fields = ["\"query\": \(JSONText.quoted(found.query))", "\"from\": \"\(found.language.code)\""]
        if let concept = found.concept {
            fields.append("\"concept\": \(JSONText.quoted(concept.id))")
            fields.append("\"kind\": \"\(concept.kind.rawValue)\"")
            if let note = concept.note { fields.append("\"note\": \(JSONText.quoted(note))") }
        } else {
            fields.append("\"concept\": null")
        }
        var best: [String] = []
        var candidates: [String] = []
        for language in targets {
            let forms = found.forms[language] ?? []
            best.append("\"\(language.code)\": " + (forms.first.map { JSONText.quoted($0.text) } ?? "null"))
            let list = forms.map { form in
                "{\"text\": \(JSONText.quoted(form.text)), \"source\": \(JSONText.quoted(form.source)), "
                    + "\"confidence\": \(String(format: "%.2f", form.confidence))"
                    + (form.conceptID.map { ", \"concept\": \(JSONText.quoted($0))" } ?? "") + "}"
            }
            candidates.append("\"\(language.code)\": [" + list.joined(separator: ", ") + "]")
        }
        fields.append("\"best\": {" + best.joined(separator: ", ") + "}")
        fields.append("\"candidates\": {" + candidates.joined(separator: ", ") + "}")
        return "{" + fields.joined(separator: ", ") + "}"
    }
}

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
        let matches = NameMatcher(glossary: resolver.glossary).matches(in: text).filter { match in
            MatchEvidence.isPlausible(String(decoding: utf8[match.utf8Range], as: UTF8.self),
                                      names: resolver.glossary.concepts[match.value])
        }
        let spotted: [SpottedName]
        do {
            spotted = try UnknownNameSpotter().names(in: text, excluding: matches.map(\.utf8Range))
        } catch {
            throw CLIError.text(error)
        }
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

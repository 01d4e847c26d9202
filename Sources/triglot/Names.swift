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
                Chinese candidates (guesses, never fact). English names are looked up in the
                glossary only. Matching ignores case, diacritics, tone-mark placement, hyphens and
                simplified/traditional differences.

                With no NAME, names are read one per line from standard input and answered one
                line each, in order: with a single --to language and text format, just the best
                form (an empty line when there is none); with --format json, one JSON object.

                Examples:
                  triglot names "Wang Yi"
                  triglot names 裴青山 "Hợp tác Mekong - Lan Thương"
                  triglot names 张东强 --format json
                  cut -f1 names.txt | triglot names --to vi
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

        @OptionGroup var glossaries: GlossaryOptions

        func validate() throws {
            _ = try targets()
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
            if names.isEmpty {
                // One answer per input line, in order, for pipelines.
                let text = try InputSource(path: nil).read()
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if lines.last == "" { lines.removeLast() }
                for line in lines {
                    let name = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    if name.isEmpty {
                        output.write(format == .json ? "{}\n" : "\n")
                        continue
                    }
                    let found = resolver.lookup(name, from: from.language)
                    switch format {
                    case .json: output.write(NamesPrinter.json(found, targets: targets) + "\n")
                    case .text where targets.count == 1: output.write((found.best(in: targets[0])?.text ?? "") + "\n")
                    case .text: output.write(NamesPrinter.oneLine(found, targets: targets) + "\n")
                    }
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
        var fields = ["\"query\": \(JSON.string(found.query))", "\"from\": \"\(found.language.code)\""]
        if let concept = found.concept {
            fields.append("\"concept\": \(JSON.string(concept.id))")
            fields.append("\"kind\": \"\(concept.kind.rawValue)\"")
            if let note = concept.note { fields.append("\"note\": \(JSON.string(note))") }
        } else {
            fields.append("\"concept\": null")
        }
        var best: [String] = []
        var candidates: [String] = []
        for language in targets {
            let forms = found.forms[language] ?? []
            best.append("\"\(language.code)\": " + (forms.first.map { JSON.string($0.text) } ?? "null"))
            let list = forms.map { form in
                "{\"text\": \(JSON.string(form.text)), \"source\": \(JSON.string(form.source)), "
                    + "\"confidence\": \(String(format: "%.2f", form.confidence))"
                    + (form.conceptID.map { ", \"concept\": \(JSON.string($0))" } ?? "") + "}"
            }
            candidates.append("\"\(language.code)\": [" + list.joined(separator: ", ") + "]")
        }
        fields.append("\"best\": {" + best.joined(separator: ", ") + "}")
        fields.append("\"candidates\": {" + candidates.joined(separator: ", ") + "}")
        return "{" + fields.joined(separator: ", ") + "}"
    }
}

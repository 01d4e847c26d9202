import ArgumentParser
import Foundation
import TriglotKit
import TriglotNames
import TriglotText

extension Triglot {
    /// `triglot names`: a name's forms in English, Chinese and Vietnamese.
    struct Names: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look up how a name is written in English, Chinese and Vietnamese.",
            discussion: """
                The glossary answers first (source: glossary and the concept's id; a match found
                only with diacritics ignored says so: "Tan Cuong" is Qin Gang's Tần Cương or
                Xinjiang's Tân Cương); then the open dictionaries (iso-codes, CLDR, CC-CEDICT,
                GeoNames: [dictionary SOURCE]), with or without a place's generic part (河内市 =
                河内 = thành phố Hà Nội); then rules, marked with the rule and a confidence, routed
                by where the name comes from, which is guessed from its letters (script,
                surnames and given names of each country, pinyin or Vietnamese syllables, place
                words) and shown with the evidence: a Vietnamese person written in Chinese is read
                in Hán-Việt and written without diacritics in English (阮维玉 → Nguyen Duy Ngoc); a
                Chinese person written in Vietnamese goes through candidate characters to pinyin;
                foreign names keep their English form in Vietnamese; unaccented Vietnamese gets its
                diacritics back from name syllables. Rule forms are guesses, never fact. --kind
                says what the name names when the guess would be wrong. Matching ignores case,
                tone-mark placement, spacing, hyphens and simplified/traditional differences.
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
                  triglot names 吉婆岛 "Phúc Châu" "Quang Ninh Province"
                  triglot names --kind place 海阳
                  cut -f1 names.txt | triglot names --to vi
                  triglot names --in examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt --format json
                  triglot names --jsonl < names.jsonl > forms.jsonl
                """
        )

        /// How results are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "Names to look up; none: read one per line from standard input.")
        var names: [String] = []

        @Option(help: "The names' language: auto detects it from their letters.")
        var from: LanguageChoice = .auto

        @Option(help: "What the names name, when you know it (person, place, organisation): steers the rules.")
        var kind: NameKindChoice?

        @Option(help: ArgumentHelp("The languages to show, comma-separated (en,zh,vi).", valueName: "languages"))
        var to: String = "en,zh,vi"

        @Option(help: "Print text or json (one object per name).")
        var format: Format = .text

        @Option(name: .customLong("in"), help: ArgumentHelp(
            "Find the names in this text file ('-': standard input) instead of looking NAMEs up.", valueName: "file"))
        var textPath: String?

        @OptionGroup var glossaries: GlossaryOptions

        @OptionGroup var limit: InputLimitOptions

        @OptionGroup var batch: JSONLinesOptions<NameLinesTask>

        func validate() throws {
            _ = try targets()
            if textPath != nil && !names.isEmpty {
                throw ValidationError("give either NAMEs to look up or --in FILE to search, not both")
            }
            try batch.refuse(files: !names.isEmpty || textPath != nil, options: ["--format": format != .text])
        }

        func run() throws {
            limit.apply()
            let lookup: NameLookupWorkflow, folder: NameFolder
            do {
                folder = try NameFolder()
                lookup = NameLookupWorkflow(glossary: try glossaries.load(folder: folder), folder: folder)
            } catch let error as TriglotTextError {
                throw CLIError.text(error)
            }
            let targets = try self.targets()
            if batch.jsonl { return try lookUpLines(glossary: lookup.resolver.glossary, folder: folder, targets: targets) }
            var output = Output()
            if let textPath {
                let source = InputSource(path: textPath)
                let text = try source.read()
                let found: NamesInTextWorkflow.Report
                do {
                    found = try NamesInTextWorkflow(resolver: lookup.resolver).run(text, targets: targets)
                } catch {
                    throw CLIError.kit(error)
                }
                let report = NamesInText(report: found)
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
                        let found = lookup.run(name, policy: from.policy, kind: kind?.kind)
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
                    let found = lookup.run(name, policy: from.policy, kind: kind?.kind)
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

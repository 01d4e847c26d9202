import ArgumentParser
import Foundation
import TriglotFormats
import TriglotKit
import TriglotMemory
import TriglotText

extension MemoryCommand {
    /// `triglot tm search`: fuzzy matches for a sentence, best first.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the units whose text best matches a sentence.",
            discussion: """
                The match percentage is 100 for identical text (also in another Unicode
                normalization form), 95–99 when only numbers, punctuation, case, spacing or the
                place of a Vietnamese tone mark (hoà / hòa) differ, and at most 94 otherwise,
                from an edit distance on words (Chinese: characters) in which a word whose
                diacritics differ (Ha Noi / Hà Nội) costs half an edit. Text output: one line per match
                ('PERCENT% LANG TEXT') followed by the unit's other languages, indented.

                Example: triglot tm search "The two sides agreed to deepen cooperation." --min 75
                """
        )

        /// Output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "The sentence to look up.")
        var sentence: String

        @Option(help: "Only match text in this language (en, zh, vi or another tag; zh also matches zh-Hans).")
        var lang: String?

        // Unconditional: "--min -1" is refused by validate() for its value, not as a missing one.
        @Option(parsing: .unconditional, help: "The lowest match percentage shown (0–100).")
        var min: Int = 70

        @Option(parsing: .unconditional, help: "At most this many matches.")
        var limit: Int = 10

        @Option(help: "text or json.")
        var format: Format = .text

        @OptionGroup var memory: MemoryOptions

        func validate() throws {
            guard (0...100).contains(min) else { throw ValidationError("--min must be between 0 and 100 (got \(min))") }
            guard limit > 0 else { throw ValidationError("--limit must be at least 1 (got \(limit))") }
            if let lang, !(lang.count >= 2 && lang.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                throw ValidationError("--lang must be a language tag such as en, zh or vi")
            }
        }

        func run() throws {
            let matches = try memory.run { workflow throws(KitError) in
                try workflow.search(sentence, language: lang, minimum: min, limit: limit)
            }
            var output = Output()
            switch format {
            case .text:
                for match in matches {
                    output.write("\(match.percentage)%\t\(match.matched.language)\t\(match.matched.text)\n")
                    var shownMatched = false
                    for variant in match.unit.variants {
                        if !shownMatched && variant == match.matched { shownMatched = true; continue }
                        output.write("\t\(variant.language)\t\(variant.text)\n")
                    }
                }
                if matches.isEmpty { Output.standardError("no match at or above \(min)%\n") }
            case .json:
                JSONOutput.writeLines(matches.map(MemoryMatchJSON.object)) { output.write($0) }
            }
            output.flush()
        }
    }
}

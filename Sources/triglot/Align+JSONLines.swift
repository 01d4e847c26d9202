import TriglotFormats
import ArgumentParser
import TriglotAlign
import TriglotKit
import TriglotNames
import TriglotText

extension Triglot.Align {
    /// `align --jsonl`: a text and its translation per line (``AlignLinesTask``), aligned with the
    /// glossaries loaded once.
    func alignLines() throws {
        let codes = try langs.map { langs throws(ValidationError) in try LanguagePair(parsing: langs) }
        let glossary: Glossary
        do {
            glossary = try glossaries.load(folder: try NameFolder())
        } catch let error as TriglotTextError {
            throw CLIError.text(error)
        }
        try batch.run(AlignLinesTask(glossary: glossary, languages: codes, lines: lines, names: names), limit: limit)
    }
}

/// `align --jsonl`: a line `{"id", "source", "target", "langs"?}` gives the alignment's members as
/// `align --format json` writes them: the two languages, `"beads"` and, with names, `"names"`.
struct AlignLinesTask: JSONLinesTask, JSONLinesShapes {
    /// A text, its translation, and their languages when the line names them.
    struct Input: Sendable {
        let source: String
        let target: String
        let languages: LanguagePair?
    }

    let glossary: Glossary
    /// The languages of the pairs whose line names none (nil: detected).
    let languages: LanguagePair?
    let lines: Bool
    let names: Bool

    var ownKeys: Set<String> { ["source", "target", "langs", "source_language", "target_language", "beads", "names"] }

    func input(from record: JSONLinesRecord) throws(KitError) -> Input {
        let codes = try record.optionalString("langs")
        let languages: LanguagePair?
        do {
            languages = try codes.map { codes throws(ValidationError) in try LanguagePair(parsing: codes, option: "\"langs\"") }
        } catch {
            throw record.invalid(error.message)
        }
        return Input(source: try record.string("source"), target: try record.string("target"), languages: languages)
    }

    func makeWorker() -> AlignWorkflow { AlignWorkflow(glossary: glossary) }

    func result(for input: Input, worker: inout AlignWorkflow) throws -> [(key: String, value: JSONOutput)] {
        let codes = input.languages ?? languages
        if let codes {
            let option = input.languages == nil ? "--langs" : "\"langs\""
            try LanguagePair.check(codes.source, side: "source", text: input.source, option: option, texts: "\"source\" and \"target\"")
            try LanguagePair.check(codes.target, side: "target", text: input.target, option: option, texts: "\"source\" and \"target\"")
        }
        // A code Triglot does not read (de, fr) is another Latin-script language.
        let policies = codes.map { (LanguagePolicy(code: $0.source), LanguagePolicy(code: $0.target)) } ?? (.detect, .detect)
        let alignment = try worker.run(sourceText: input.source, targetText: input.target, policies: policies, lines: lines, names: names)
        // Tagged with the codes as given ("zh-hans"), else as detected, as `align` tags them.
        return AlignmentJSON.members(alignment, names: names, languages: (codes?.source ?? alignment.sourceDocument.languageTag,
                                                                          codes?.target ?? alignment.targetDocument.languageTag))
    }

    static let inputShape = "{\"id\", \"source\", \"target\", \"langs\"?, …}"
    static let outputShape = "{\"id\", …, \"source_language\", \"target_language\", \"beads\"} (--names: and \"names\") as --format json gives them"
    static let progressUnit = "pairs"
}
